import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { Finding } from '../../src/domain/findings/finding';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { prng } from '../support/prng';
import type { BaseWorkbook } from './bases';
import { FAULT_KINDS, plantFault, PlantedFault } from './faults';
import type { CellMap } from './grid';
import { throughXls, throughXlsx } from './hostRoundTrip';
import { makeVariant, randomSpec, Variant } from './layoutVariant';

// Runs a base workbook's variants through the checker and compares every finding with what the
// original layout gives, each original cell mapped to where the variant put it.

export interface VariantFailure {
  readonly base: string;
  readonly seed: number;
  readonly fault: PlantedFault | null;
  readonly spec: Variant['spec'];
  readonly host: 'snapshot' | 'xlsx' | 'xls';
  /** Expected (mapped from the original layout) but not found in the variant. */
  readonly missing: readonly string[];
  /** Found in the variant but not in the original layout. */
  readonly extra: readonly string[];
}

export interface VariantReport {
  readonly base: string;
  readonly variants: number;
  readonly faultyVariants: number;
  /** Errors and warnings in clean variants that the original layout does not have. */
  readonly falseAlarms: number;
  /** Faulty variants whose fault findings differ from the original layout's. */
  readonly faultMismatches: number;
  readonly hostRoundTrips: number;
  /** How often each layout choice was made ("codeLayout=one", "host=xls" …): what the run covered. */
  readonly coverage: ReadonlyMap<string, number>;
  readonly failures: readonly VariantFailure[];
}

export interface RunOptions {
  readonly seed: number;
  readonly clean: number;
  /** Faulty variants per fault kind. */
  readonly faulty: number;
  /** Every n-th variant goes through an .xlsx file (and for workbooks without formulas, every 2n-th through an .xls). */
  readonly fileEvery: number;
}

/** A finding as compared: severity, rule, place, code, column, and the difference when figures are exact. */
function keyOf(f: Finding, at: { sheet?: string; cell?: string }, exact: boolean): string {
  const diff = exact && f.difference !== undefined ? ` Δ${f.difference}` : '';
  return `${f.severity} ${f.rule} ${at.sheet ?? ''}!${at.cell ?? ''} ${f.code ?? ''} ${f.column ?? ''}${diff}`;
}

function mappedKey(f: Finding, map: CellMap, exact: boolean): string {
  if (f.sheet === undefined) return keyOf(f, {}, exact);
  if (f.cell === undefined) {
    // Sheet-level: the sheet's new name, from any cell of it.
    const moved = map(f.sheet, 'A1');
    return keyOf(f, { sheet: moved?.sheet ?? `(gone) ${f.sheet}` }, exact);
  }
  const moved = map(f.sheet, f.cell);
  return keyOf(f, moved ?? { sheet: `(gone) ${f.sheet}`, cell: f.cell }, exact);
}

function multisetDiff(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

async function throughHost(sheets: SheetSnapshot[], n: number, opts: RunOptions, formulas: boolean, rand: () => number) {
  if (opts.fileEvery > 0 && !formulas && n % (2 * opts.fileEvery) === opts.fileEvery - 1)
    return { sheets: await throughXls(sheets), host: 'xls' as const };
  if (opts.fileEvery > 0 && n % opts.fileEvery === opts.fileEvery - 1)
    return { sheets: await throughXlsx(sheets, rand), host: 'xlsx' as const };
  return { sheets, host: 'snapshot' as const };
}

export async function runVariants(base: BaseWorkbook, opts: RunOptions): Promise<VariantReport> {
  const failures: VariantFailure[] = [];
  let falseAlarms = 0;
  let faultMismatches = 0;
  let hostRoundTrips = 0;
  let n = 0;
  const coverage = new Map<string, number>();
  const tally = (k: string) => coverage.set(k, (coverage.get(k) ?? 0) + 1);
  const original = checkSnapshots(base.sheets).findings;

  const one = async (
    source: SheetSnapshot[],
    expected: readonly Finding[],
    seed: number,
    rand: () => number,
    fault: PlantedFault | null,
  ) => {
    const spec = randomSpec(rand, { formulas: base.formulas });
    const variant = makeVariant(source, spec, rand);
    const { sheets, host } = await throughHost(variant.sheets, n++, opts, base.formulas, rand);
    if (host !== 'snapshot') hostRoundTrips++;
    tally(`host=${host}`);
    for (const [k, v] of Object.entries(spec)) tally(`${k}=${k === 'pageRows' ? v !== null : String(v)}`);
    const exact = !variant.rounded;
    // Rounded figures: 尾差 and other 提示 may come and go; errors and warnings may not.
    const keep = (f: Finding) => exact || f.severity !== 'info';
    const want = expected.filter(keep).map((f) => mappedKey(f, variant.map, exact));
    const got = checkSnapshots(sheets)
      .findings.filter(keep)
      .map((f) => keyOf(f, f, exact));
    // Rounding to 0.01 万元 can also wipe out the evidence of a heuristic warning (a figure typed
    // in the wrong unit that rounds to 0.00): there, a warning may go missing but never appear.
    const missing = multisetDiff(want, got).filter((k) => exact || !k.startsWith('warning'));
    const extra = multisetDiff(got, want);
    if (missing.length === 0 && extra.length === 0) return;
    failures.push({ base: base.name, seed, fault, spec, host, missing, extra });
    if (fault) faultMismatches++;
    else falseAlarms += extra.filter((k) => !k.startsWith('info')).length;
  };

  for (let i = 0; i < opts.clean; i++) {
    const seed = opts.seed + i;
    await one(base.sheets, original, seed, prng(seed), null);
  }
  for (const [k, kind] of FAULT_KINDS.entries()) {
    for (let j = 0; j < opts.faulty; j++) {
      const seed = opts.seed + 100_000 * (k + 1) + j;
      const rand = prng(seed);
      const planted = plantFault(base.sheets, kind, rand);
      const expected = checkSnapshots(planted.sheets).findings;
      if (!expected.some((f) => f.severity !== 'info')) {
        failures.push({
          base: base.name,
          seed,
          fault: planted.fault,
          spec: randomSpec(rand, base),
          host: 'snapshot',
          missing: ['(the original layout reports nothing)'],
          extra: [],
        });
        faultMismatches++;
        continue;
      }
      await one(planted.sheets, expected, seed, rand, planted.fault);
    }
  }
  return {
    base: base.name,
    variants: opts.clean + FAULT_KINDS.length * opts.faulty,
    faultyVariants: FAULT_KINDS.length * opts.faulty,
    falseAlarms,
    faultMismatches,
    hostRoundTrips,
    coverage,
    failures,
  };
}

/** A failure as a few readable lines for the test output. */
export function describeFailure(f: VariantFailure): string {
  const spec = Object.entries(f.spec)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  return [
    `${f.base} seed ${f.seed} (${f.host})${f.fault ? ` fault ${f.fault.kind}: ${f.fault.description}` : ''}`,
    `  spec: ${spec}`,
    ...f.missing.slice(0, 8).map((m) => `  missing: ${m}`),
    ...f.extra.slice(0, 8).map((m) => `  extra:   ${m}`),
  ].join('\n');
}
