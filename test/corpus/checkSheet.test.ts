import { join } from 'node:path';
import {
  buildCheckSheet,
  CHECK_SHEET_COLUMNS,
  CHECK_SHEET_NAME,
  checkSheetLayout,
  VERDICT_ZH,
} from '../../src/domain/check/buildCheckSheet';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { POISON, recalculate } from '../support/libreOffice';
import { CORPUS_DIR, PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT, WANLI_2025 } from './support/corpus';

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
