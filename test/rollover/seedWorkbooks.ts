import { readFileSync } from 'node:fs';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

/** The seed 2020 workbook (上海市人社局 2020, 2020 layout and catalog), plus a sheet of the officer's own. */
export async function workbook2020(): Promise<XlsxWorkbook> {
  const data = budgetDataFromPublished(JSON.parse(readFileSync('seeds/sh-hrss-2020.json', 'utf8')));
  const built = buildBudgetWorkbook(data);
  if (built.findings.length > 0) throw new Error(built.findings.map((f) => f.message).join('\n'));
  const book = new XlsxWorkbook();
  await book.writePlan(built.plan, 'fail');
  const notes = book.workbook.addWorksheet('备注');
  notes.getCell('A1').value = '本处自用：项目储备清单';
  notes.getCell('B2').value = 1234;
  notes.getCell('B3').value = { formula: 'B2*2' };
  notes.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}
