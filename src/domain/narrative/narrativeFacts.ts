import type { Finding } from '../findings/finding';
import { formatThousands, type Fen } from '../money';
import type { ParsedWorkbook } from '../read/parsedTables';
import { chineseDate } from './cellSchemas';
import {
  isAmountKey,
  PREVIOUS_KEYS,
  type AmountKey,
  type CellRef,
  type ClassFact,
  type CountKey,
  type FactValue,
  type NarrativeFacts,
  type TextKey,
} from './facts';
import { EMPTY_MATERIALS, type MaterialKey, type Materials } from './materials';
import { narrativeFinding } from './narrativeFinding';
import { NO_PREVIOUS, type PreviousYearFigures } from './previousYear';
import { tableFigures } from './tableFigures';

export interface NarrativeInputs {
  readonly workbook: ParsedWorkbook;
  readonly previous?: PreviousYearFigures;
  readonly materials?: Materials;
}

const wan2 = (fen: Fen) => `${formatThousands(fen / 1_000_000, 2)}万元`;

/**
 * Gathers every figure the 编制说明 states: this year's from the tables, last year's from the
 * 上年数 sheet or workbook, and the 说明素材 inputs. Cross-checks what the three sources must agree on.
 */
export function buildNarrativeFacts(inputs: NarrativeInputs): { facts: NarrativeFacts | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const { workbook } = inputs;
  const previous = inputs.previous ?? NO_PREVIOUS;
  const m = inputs.materials ?? EMPTY_MATERIALS;
  if (workbook.year === null) {
    findings.push(narrativeFinding('narrative/no-year', 'error', {}));
    return { facts: null, findings };
  }
  const year = workbook.year;
  const previousYear = previous.year ?? year - 1;
  if (previous.year !== null && previous.year !== year - 1) {
    const src = Object.values(previous.amounts).find((a) => a?.source)?.source;
    findings.push(narrativeFinding('narrative/previous-year', 'warning', { previousYear: previous.year, year }, src));
  }
  const department = m.department ?? workbook.department ?? '';
  if (!department) findings.push(narrativeFinding('narrative/no-department', 'error', {}, m.cells?.department));

  const figures = tableFigures(workbook);
  const amounts: Partial<Record<AmountKey, FactValue>> = {};
  for (const key of PREVIOUS_KEYS) {
    const f = figures.amounts[key];
    if (!f) continue;
    const p = previous.amounts[key];
    amounts[key] = {
      fen: f.fen,
      source: f.source,
      ...(p ? { previous: p.fen, ...(p.source ? { previousSource: p.source } : {}) } : {}),
    };
  }
  const matAmount = (
    key:
      'procurement.goods' | 'procurement.works' | 'procurement.services' | 'procurement.sme' | 'procurement.smeSmall' | 'performance.funds',
  ) => {
    const fen = m.amounts[key];
    if (fen === undefined) return;
    const cell = m.cells?.[key];
    amounts[key] = { fen, ...(cell ? { source: cell } : {}) };
  };
  (
    [
      'procurement.goods',
      'procurement.works',
      'procurement.services',
      'procurement.sme',
      'procurement.smeSmall',
      'performance.funds',
    ] as const
  ).forEach(matAmount);
  const parts = (['procurement.goods', 'procurement.works', 'procurement.services'] as const).map((k) => m.amounts[k]);
  if (parts.every((p) => p !== undefined)) {
    const cell = m.cells?.['procurement.goods'];
    amounts['procurement.total'] = { fen: parts.reduce<number>((s, p) => s + (p ?? 0), 0), ...(cell ? { source: cell } : {}) };
  }
  if (figures.projectTotal) amounts['project.total'] = { fen: figures.projectTotal.fen, source: figures.projectTotal.source };
  for (const [key, f] of Object.entries(figures.province)) if (f && isAmountKey(key)) amounts[key] ??= { fen: f.fen, source: f.source };

  const withPrevious = (c: ClassFact): ClassFact => {
    const p = previous.classes[c.code];
    const e = previous.executed?.[c.code];
    return { ...c, ...(p ? { previous: p.fen } : {}), ...(e ? { previousExecuted: e.fen } : {}) };
  };
  const classes = figures.classes.map(withPrevious);
  const lines = figures.lines.map(withPrevious);

  const texts: Partial<Record<TextKey, string>> = { ...m.texts };
  const asOf = m.texts['assets.asOf'];
  if (asOf !== undefined) texts['assets.asOf'] = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? chineseDate(asOf) : asOf;
  const counts: Partial<Record<CountKey, number>> = { ...m.counts };
  const inputCells: Partial<Record<CountKey | TextKey | AmountKey, CellRef>> = {};
  for (const [k, ref] of Object.entries(m.cells ?? {}) as Array<[MaterialKey, CellRef | undefined]>) {
    if (ref && k !== 'department') inputCells[k] = ref;
  }

  const facts: NarrativeFacts = {
    year,
    previousYear,
    department,
    amounts,
    classes,
    lines,
    ...(figures.expenditureClasses ? { expenditureClasses: figures.expenditureClasses } : {}),
    counts,
    texts,
    purposes: m.purposes,
    lineReasons: m.lineReasons,
    inputCells,
  };
  findings.push(...crossChecks(facts));
  return { facts, findings };
}

function crossChecks(f: NarrativeFacts): Finding[] {
  const out: Finding[] = [];
  const funds = f.amounts['performance.funds'];
  const project = f.amounts['project.total'];
  if (funds?.fen != null && project?.fen != null && funds.fen > project.fen) {
    out.push(
      narrativeFinding(
        'narrative/performance-exceeds-project',
        'warning',
        {
          funds: wan2(funds.fen),
          project: wan2(project.fen),
          projectSource: `${project.source?.sheet ?? ''}!${project.source?.cell ?? ''}`,
        },
        funds.source,
        { expected: project.fen, actual: funds.fen, difference: funds.fen - project.fen },
      ),
    );
  }
  const planned = f.counts['assets.planned.total'];
  const purchase = f.amounts['sangong.vehiclePurchase'];
  if (planned !== undefined && purchase && purchase.fen !== null) {
    if (planned > 0 && purchase.fen === 0) {
      out.push(
        narrativeFinding(
          'narrative/vehicles-without-purchase',
          'warning',
          { vehicles: planned },
          f.inputCells['assets.planned.total'] ?? purchase.source,
        ),
      );
    } else if (planned === 0 && purchase.fen > 0) {
      out.push(narrativeFinding('narrative/purchase-without-vehicles', 'warning', { purchase: wan2(purchase.fen) }, purchase.source));
    }
  }
  const codes = new Set(f.lines.map((c) => c.code));
  for (const code of Object.keys(f.purposes)) {
    if (!codes.has(code)) out.push(narrativeFinding('narrative/unused-purpose', 'info', { code }, undefined, { code }));
  }
  return out;
}
