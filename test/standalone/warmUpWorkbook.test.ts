import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { planToXlsx, warmUpBudget, warmUpWorkbook } from '../../src/standalone/warmUpWorkbook';
import { warmUp, type WarmUpStep } from '../../src/standalone/warmUp';

// The page's idle warm-up opens a synthetic workbook through the real reader and checks: it must
// be a workbook the reader reads as written, with the nine tables the checks recognise.

describe('the synthetic warm-up workbook', () => {
  const plan = buildBudgetWorkbook(warmUpBudget()).plan;
  const bytes = planToXlsx(plan);

  test('reads back, through the fast reader, as the cells and merges of the plan', () => {
    const snaps = readSnapshotsFast(bytes);
    expect(snaps.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const [i, sheet] of plan.sheets.entries()) {
      const snap = snaps[i]!;
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          const formula = snap.formulas[r]?.[c] ?? null;
          const value = snap.values[r]?.[c] ?? null;
          if (typeof v === 'string' && v.startsWith('=')) expect(formula).toBe(v);
          else expect([value, formula]).toEqual([v === '' ? null : v, null]);
        }),
      );
      expect([...snap.merges].sort()).toEqual([...sheet.merges].sort());
    }
  });

  test('is read the same by the fast reader and by ExcelJS', async () => {
    const book = await XlsxWorkbook.fromBuffer(bytes);
    expect(readSnapshotsFast(bytes)).toEqual(await book.readSheets());
  });

  test('holds the nine standard tables of a made-up department, its 上年数, 说明素材 and 校验 sheets', () => {
    const snaps = readSnapshotsFast(warmUpWorkbook());
    expect(snaps.slice(9).map((s) => s.name)).toEqual(['上年数', '说明素材', '校验']);
    const r = checkAllSheets(snaps);
    expect(r.parsed.tables).toHaveLength(9);
    expect(r.parsed.department).toBe('示意部门');
    // The two planted slips, as root causes: the 1 元 尾差 and the 项 short by 1 万元.
    const roots = r.findings.filter((f) => f.rule === 'root-cause').map((f) => [f.sheet, f.cell]);
    expect(roots).toEqual([
      ['2 收入预算总表', 'F8'],
      ['2 收入预算总表', 'F15'],
    ]);
  });
});

describe('warmUp', () => {
  test('opens, recognises and checks the synthetic workbook three times, then stops when told', async () => {
    const steps: WarmUpStep[] = [];
    await warmUp({ idle: () => Promise.resolve(), onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['build', ...Array.from({ length: 3 }, () => ['open', 'recognise', 'check'] as const).flat()]);
    const stopped: WarmUpStep[] = [];
    await warmUp({ idle: () => Promise.resolve(), onStep: (s) => stopped.push(s), stopped: () => stopped.length >= 2 });
    expect(stopped).toEqual(['build', 'open']);
  });
});
