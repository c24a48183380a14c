import { builtInCatalogs } from '../../src/domain/catalog/catalog';
import type { BudgetData } from '../../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { sumFormula } from '../../src/domain/plan/buildClassifiedSheet';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { SheetConflictError } from '../../src/domain/port/workbookPort';

const empty = { income: [], expenditure: [], generalPublic: [], govFund: [], stateCapital: [], economic: [] };
const small: BudgetData = {
  year: 2025,
  department: '某某局',
  lines: {
    ...empty,
    expenditure: [
      { code: '2080101', amounts: { basic: 100_00 } },
      { code: '2080199', amounts: { project: 50_00 } },
      { code: '2210201', amounts: { basic: 30_00 } },
      { code: '2080501', amounts: { basic: 7_00, project: 3_00 } },
    ],
    economic: [{ code: '30101', amounts: { personnel: 10_00 } }],
  },
  sangong: { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 },
};

test('parents are inserted from the catalog in code order and are SUM formulas over their children', () => {
  const { plan, findings } = buildBudgetWorkbook(small);
  expect(findings).toEqual([]);
  const exp = plan.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
  const rows = exp.cells.slice(5).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6]]);
  expect(rows).toEqual([
    ['208', null, null, '社会保障和就业支出', '=SUM(E7,E10)', '=SUM(F7,F10)', '=SUM(G7,G10)'],
    ['208', '01', null, '人力资源和社会保障管理事务', '=SUM(E8:E9)', '=SUM(F8:F9)', '=SUM(G8:G9)'],
    ['208', '01', '01', '行政运行', '=SUM(F8:G8)', 100, null],
    ['208', '01', '99', '其他人力资源和社会保障管理事务支出', '=SUM(F9:G9)', null, 50],
    ['208', '05', null, '行政事业单位养老支出', '=SUM(E11)', '=SUM(F11)', '=SUM(G11)'],
    ['208', '05', '01', '行政单位离退休', '=SUM(F11:G11)', 7, 3],
    ['221', null, null, '住房保障支出', '=SUM(E13)', '=SUM(F13)', '=SUM(G13)'],
    ['221', '02', null, '住房改革支出', '=SUM(E14)', '=SUM(F14)', '=SUM(G14)'],
    ['221', '02', '01', '住房公积金', '=SUM(F14:G14)', 30, null],
    ['合计', null, null, null, '=SUM(E6,E12)', '=SUM(F6,F12)', '=SUM(G6,G12)'],
  ]);
  expect(exp.merges).toContain('A15:D15');
  expect(exp.print).toEqual(expect.objectContaining({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '3:5' }));
  expect(exp.freeze).toEqual({ rows: 5, columns: 4 });
  // The 财务收支总表 pulls each 类 from the 支出总表 by reference.
  const finance = plan.sheets[0]!;
  expect(finance.cells[4]![2]).toBe('一、社会保障和就业支出');
  expect(finance.cells[4]![3]).toBe("='3 支出预算总表'!E6");
  expect(finance.cells[5]![3]).toBe("='3 支出预算总表'!E12");
});

test('an unknown code is a warning naming the code and keeps the officer’s name; nothing throws', () => {
  const { plan, findings } = buildBudgetWorkbook({
    ...small,
    lines: {
      ...small.lines,
      expenditure: [
        { code: '2089977', name: '自定义科目', amounts: { basic: 1_00 } },
        { code: '2080101', amounts: { basic: 1_00 } },
        { code: '2080101', amounts: { project: 2_00 } },
      ],
    },
  });
  expect(findings.map((f) => [f.rule, f.code, f.message])).toEqual([
    ['build/unknown-code', '2089977', '科目编码 2089977 不在 2025 年版支出功能分类科目表中，已按原名称“自定义科目”列示'],
    ['build/duplicate-code', '2080101', '表“3 支出预算总表”中科目 2080101 重复出现，已合并金额'],
  ]);
  const exp = plan.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
  const row = exp.cells.find((r) => r[2] === '01' && r[1] === '01')!;
  expect([row[5], row[6]]).toEqual([1, 2]);
});

test('sumFormula uses a range for contiguous children and a list otherwise', () => {
  expect(sumFormula(5, [7, 8, 9])).toBe('=SUM(E7:E9)');
  expect(sumFormula(5, [7, 10])).toBe('=SUM(E7,E10)');
  expect(sumFormula(28, [3])).toBe('=SUM(AB3)');
});

describe('writing never overwrites a user’s sheet without being told to', () => {
  test("'fail' refuses and writes nothing; 'rename' keeps the user's sheet and re-points formulas; 'replace' replaces", async () => {
    const wb = new XlsxWorkbook();
    wb.workbook.addWorksheet('3 支出预算总表').getCell('Z50').value = 12345;
    const { plan } = buildBudgetWorkbook(small);
    await expect(wb.writePlan(plan, 'fail')).rejects.toThrow(SheetConflictError);
    await expect(wb.writePlan(plan, 'fail')).rejects.toThrow('以下工作表已存在且有内容，未经确认不会覆盖：3 支出预算总表');
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['3 支出预算总表']);

    const result = await wb.writePlan(plan, 'rename');
    expect(result.renamed).toEqual({ '3 支出预算总表': '3 支出预算总表 (2)' });
    expect(wb.workbook.getWorksheet('3 支出预算总表')!.getCell('Z50').value).toBe(12345);
    const finance = wb.workbook.getWorksheet('1 财务收支预算总表')!;
    expect(finance.getCell('D5').value).toEqual({ formula: "'3 支出预算总表 (2)'!E6" });

    await wb.writePlan(plan, 'replace');
    expect(wb.workbook.getWorksheet('3 支出预算总表')!.getCell('Z50').value).toBeNull();
  });

  test('an empty sheet of the same name is reused without asking', async () => {
    const wb = new XlsxWorkbook();
    wb.workbook.addWorksheet('3 支出预算总表');
    const { plan } = buildBudgetWorkbook(small);
    await expect(wb.writePlan(plan, 'fail')).resolves.toEqual(expect.objectContaining({ renamed: {} }));
  });
});

test('the 2024 catalog names parents; an imported catalog overrides them', () => {
  const cats = builtInCatalogs(2024);
  const { plan } = buildBudgetWorkbook(small, { catalogs: cats });
  expect(plan.sheets.find((s) => s.layout?.tableId === 'economic')!.cells[5]![2]).toBe('工资福利支出');
});
