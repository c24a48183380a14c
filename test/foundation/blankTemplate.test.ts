import { blankBudget, splitCodeList } from '../../src/domain/model/blankBudget';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { checkSnapshots } from '../../src/domain/check';
import { numberAt, recalculate } from '../support/libreOffice';

// A blank table set for the officer's own department: rows for the chosen 项 and 款, amounts empty,
// every parent, total and summary a formula — so once the officer types the items, everything ties.

test('codes are cleaned, checked against the catalog and reported in zh-CN', () => {
  const { data, problems } = blankBudget({
    year: 2025,
    department: '某某局',
    functionalCodes: splitCodeList('2080101，208 01 02、２０８０５０１ 20801 2089977'),
    economicCodes: ['30101', '30201', '302'],
  });
  expect(data.lines.expenditure.map((l) => l.code)).toEqual(['2080101', '2080102', '2080501', '2089977']);
  expect(data.lines.economic.map((l) => l.code)).toEqual(['30101', '30201']);
  expect(problems).toEqual([
    '“20801”不是功能分类“项”编码（应为 7 位数字）',
    '功能分类“项” 2089977 不在 2025 年版科目表中，仍按所填编码列示，请核对',
    '“302”不是经济分类“款”编码（应为 5 位数字）',
  ]);
});

test('filled in by hand, the blank template adds up in LibreOffice and passes the checks', async () => {
  const { data } = blankBudget({
    year: 2025,
    department: '某某局',
    functionalCodes: ['2080101', '2080199', '2101101'],
    economicCodes: ['30101', '30201'],
  });
  const { plan } = buildBudgetWorkbook(data);
  const book = new XlsxWorkbook();
  await book.writePlan(plan, 'fail');
  const exp = plan.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
  expect(exp.layout!.title).toBe('2025年部门支出预算总表');
  // The officer types 基本支出 / 项目支出 for each 项 in the 收入, 支出 and 一般公共预算 tables.
  const typed: Record<string, [number, number]> = { '2080101': [1_000_000, 0], '2080199': [0, 250_000], '2101101': [80_000, 0] };
  for (const id of ['expenditure', 'generalPublic'] as const) {
    const sheet = plan.sheets.find((s) => s.layout?.tableId === id)!;
    const ws = book.workbook.getWorksheet(sheet.name)!;
    for (const r of sheet.layout!.rows) {
      const v = r.code ? typed[r.code] : undefined;
      if (!v) continue;
      ws.getCell(r.row, sheet.layout!.columns.basic).value = v[0];
      ws.getCell(r.row, sheet.layout!.columns.project).value = v[1];
    }
  }
  const income = plan.sheets.find((s) => s.layout?.tableId === 'income')!;
  const wsIncome = book.workbook.getWorksheet(income.name)!;
  for (const r of income.layout!.rows) {
    const v = r.code ? typed[r.code] : undefined;
    if (v) wsIncome.getCell(r.row, income.layout!.columns.fiscal).value = v[0] + v[1];
  }
  const econ = plan.sheets.find((s) => s.layout?.tableId === 'economic')!;
  const wsEcon = book.workbook.getWorksheet(econ.name)!;
  wsEcon.getCell(econ.layout!.rows.find((r) => r.code === '30101')!.row, econ.layout!.columns.personnel).value = 1_000_000;
  wsEcon.getCell(econ.layout!.rows.find((r) => r.code === '30201')!.row, econ.layout!.columns.public).value = 80_000;

  const wb = await recalculate(await book.toBuffer(), 'blank.xlsx');
  const total = `E${exp.layout!.lastDataRow}`;
  expect(numberAt(wb, exp.name, total)).toBe(1_330_000);
  const cls208 = exp.layout!.rows.find((r) => r.code === '208')!.row;
  expect([numberAt(wb, exp.name, `E${cls208}`), numberAt(wb, exp.name, `F${cls208}`), numberAt(wb, exp.name, `G${cls208}`)]).toEqual([
    1_250_000, 1_000_000, 250_000,
  ]);
  const finance = plan.sheets[0]!;
  expect(numberAt(wb, finance.name, `B${finance.layout!.lastDataRow}`)).toBe(1_330_000);
  expect(numberAt(wb, finance.name, `D${finance.layout!.lastDataRow}`)).toBe(1_330_000);
  expect(checkSnapshots(await book.readSheets()).findings.filter((f) => f.severity === 'error')).toEqual([]);
}, 120_000);
