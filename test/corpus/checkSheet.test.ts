import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildCheckSheet,
  CHECK_SHEET_COLUMNS,
  CHECK_SHEET_NAME,
  checkSheetLayout,
  VERDICT_ZH,
} from '../../src/domain/check/buildCheckSheet';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { inWanRounded } from '../check/support/snapshots';
import { POISON, recalculate } from '../support/libreOffice';
import { CORPUS_DIR, corpusSnapshots, FINANCE_BUREAU, PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT, WANLI_2025 } from './support/corpus';

// The 校验 sheet written into a corpus workbook and recalculated by LibreOffice gives the engine's
// verdict on every row — including ≤ / ≥ checks of a 三公 figure printed in 万元 to 2 decimals
// (机关运行经费 213.28 万元 against 2,132,777.54 元 of 公用经费), whose margin is a formula too.

describe.each([PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT, WANLI_2025])('%s', (name) => {
  test("校验 sheet recalculated by LibreOffice: the engine's verdicts, row for row", async () => {
    const book = await XlsxWorkbook.fromFile(join(CORPUS_DIR, `${name}.xlsx`));
    const { parsed, context } = checkSnapshots(await book.readSheets());
    const layout = checkSheetLayout(parsed, context);
    const office = layout.rows.filter((r) => r.check.rule === 'office-operation');
    expect(office.map((r) => [r.check.relation, r.check.tolerance, r.evaluation.verdict])).toEqual([['le', 5000, 'pass']]);
    await book.writePlan({ sheets: [buildCheckSheet(parsed, context)] }, 'fail');
    const lo = await recalculate(await book.toBuffer(), 'corpus.xlsx');
    const ws = lo.getWorksheet(CHECK_SHEET_NAME);
    const got = layout.rows.map((r) => {
      const v = ws?.getCell(r.row, CHECK_SHEET_COLUMNS.status).value as { result?: unknown } | null;
      return v && typeof v === 'object' ? v.result : v;
    });
    expect(got).not.toContain(POISON);
    expect(got).toEqual(layout.rows.map((r) => VERDICT_ZH[r.evaluation.verdict]));
  }, 240_000);
});

// The same publication printed in 万元 to 2 decimals: 人员经费 + 公用经费 against 基本支出 is then a
// 尾差 within 2 × 0.01 万元, in the 校验 sheet as in the engine.
test('校验 sheet of a 单位 budget printed in 万元 to 2 decimals: the 尾差 of rounded sums, as the engine', async () => {
  const snaps = await corpusSnapshots(FINANCE_BUREAU);
  const wan = inWanRounded(
    snaps,
    snaps.map((s) => s.name),
  );
  const xl = new ExcelJS.Workbook();
  for (const s of wan) {
    const ws = xl.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const m of s.merges) ws.mergeCells(m);
  }
  const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await xl.xlsx.writeBuffer()));
  const { parsed, context } = checkSnapshots(await book.readSheets());
  const layout = checkSheetLayout(parsed, context);
  const basic = layout.rows.filter((r) => r.check.rule === 'finance-summary-vs-tables' && r.check.params.key === 'basic');
  expect(basic.filter((r) => r.evaluation.verdict === 'rounding').map((r) => [r.check.tolerance, r.evaluation.difference])).toEqual([
    [20000, 10000],
    [20000, 10000],
  ]);
  await book.writePlan({ sheets: [buildCheckSheet(parsed, context)] }, 'fail');
  const lo = await recalculate(await book.toBuffer(), 'corpus-wan.xlsx');
  const ws = lo.getWorksheet(CHECK_SHEET_NAME);
  const got = layout.rows.map((r) => {
    const v = ws?.getCell(r.row, CHECK_SHEET_COLUMNS.status).value as { result?: unknown } | null;
    return v && typeof v === 'object' ? v.result : v;
  });
  expect(got).not.toContain(POISON);
  expect(got).toEqual(layout.rows.map((r) => VERDICT_ZH[r.evaluation.verdict]));
}, 240_000);
