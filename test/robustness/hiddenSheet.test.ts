import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// A table on a hidden or very hidden sheet is still read and checked, and the officer is told.

test.each([
  ['hidden', '隐藏'],
  ['veryHidden', '深度隐藏'],
] as const)('a %s sheet holding a table gives a warning naming it, and its table is still checked', async (state, zh) => {
  const { workbook } = await buildDemoWorkbook();
  workbook.workbook.getWorksheet('6 政府性基金预算支出功能分类')!.state = state;
  const reopened = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
  const snaps = await reopened.readSheets();
  expect(snaps.find((s) => s.name === '6 政府性基金预算支出功能分类')?.visibility).toBe(state);
  const { findings, parsed } = checkSnapshots(snaps);
  expect(findings.filter((f) => f.rule === 'read/hidden-sheet').map((f) => [f.cell, f.message])).toEqual([
    [
      'A1',
      `工作表“6 政府性基金预算支出功能分类”处于${zh}状态，其中的“2024年部门政府性基金预算支出功能分类预算表”仍已读取并校验；如它不是报送表，请删除或移出工作簿`,
    ],
  ]);
  expect(parsed.tables.some((t) => t.tableId === 'govFund')).toBe(true);
});
