import { readFileSync } from 'node:fs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { evaluateCheck } from '../../src/domain/check/arithmetic';
import { ARITHMETIC_RULES } from '../../src/domain/check/rules';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';
import { mutate } from '../support/mutateSnapshots';
import { prng } from '../support/prng';
import { REAL_XLSX_FILES } from '../support/realXlsxFiles';

// check() asks each arithmetic rule only for the checks whose difference is not 0, and of the
// unkeyed ≥ / ≤ checks only those that fail (CheckScope 'nonZero'); the 校验 sheet and a check that
// keeps its checks ask for all of them. The findings must not depend on which: compared here on the
// demo, the real workbooks and mutated demos whose figures were changed so that 项, 款, 类 and 合计
// differences cascade.

/** Numbers in the demo's tables changed at random: several cells, some in the same column. */
function changeFigures(sheets: SheetSnapshot[], rand: () => number, times: number): SheetSnapshot[] {
  const out = sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), formulas: s.formulas.map((r) => [...r]) }));
  for (let i = 0; i < times; i++) {
    const s = out[Math.floor(rand() * out.length)];
    if (!s) continue;
    const cells: Array<[number, number]> = [];
    s.values.forEach((row, r) => row.forEach((v, c) => typeof v === 'number' && v !== 0 && cells.push([r, c])));
    const at = cells[Math.floor(rand() * cells.length)];
    const row = at && s.values[at[0]];
    if (!at || !row) continue;
    const v = row[at[1]];
    if (typeof v !== 'number') continue;
    row[at[1]] = rand() < 0.2 ? -v : v + Math.round((rand() - 0.5) * 2000) / 100;
    const f = s.formulas[at[0]];
    if (f) f[at[1]] = null; // typed over
  }
  return out;
}

function expectSameFindings(snaps: readonly SheetSnapshot[], what: string): number {
  const plain = checkSnapshots(snaps);
  const kept = checkSnapshots(snaps, undefined, undefined, undefined, { keepChecks: true });
  try {
    expect(plain.findings).toEqual(kept.findings);
  } catch (e) {
    throw new Error(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // A rule said to have passed has no check with a difference among all of its checks.
  for (const rule of ARITHMETIC_RULES) {
    if (!rule.allPassed(plain.parsed, plain.context)) continue;
    const open = rule.checks(plain.parsed, plain.context).filter((c) => evaluateCheck(c).verdict !== 'pass');
    expect({ what, rule: rule.id, open: open.map((c) => c.at.cell) }).toEqual({ what, rule: rule.id, open: [] });
  }
  return plain.findings.length;
}

let demo: SheetSnapshot[];
beforeAll(async () => {
  demo = readSnapshotsFast(await (await buildDemoWorkbook()).workbook.toBuffer());
});

test('the demo and every real workbook: the same findings from the checks with a difference as from all', () => {
  expectSameFindings(demo, 'demo');
  for (const file of REAL_XLSX_FILES) expectSameFindings(readSnapshotsFast(new Uint8Array(readFileSync(file))), file);
  expect(REAL_XLSX_FILES.length).toBeGreaterThan(5);
});

test('60 demos with changed figures: the same findings, root causes included, either way', () => {
  const rand = prng(23);
  let findings = 0;
  for (let run = 0; run < 60; run++) {
    const snaps = changeFigures(mutate(demo, rand, Math.floor(rand() * 2)), rand, 1 + Math.floor(rand() * 5));
    findings += expectSameFindings(snaps, `run ${run}`);
    // The pane's path, with the root-cause fold over the full lists made again.
    const all = checkAllSheets(snaps);
    expect(all.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  }
  expect(findings).toBeGreaterThan(60);
});
