import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots, proposeFixes } from '../../src/domain/check';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// A checker fix goes through the port as edits, and its undo puts back exactly what was there.

test('typed-over parent: the proposed fix restores the SUM through applyEdits and the undo brings the number back', async () => {
  const { workbook } = await buildDemoWorkbook();
  const wb = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
  const ws = wb.workbook.getWorksheet('3 支出预算总表')!;
  const formula = ws.getCell('E7').formula;
  ws.getCell('E7').value = 501_794_000; // an officer typed over the 款 total

  const before = await wb.readSheets();
  const checked = checkSnapshots(before);
  expect(checked.findings.some((f) => f.sheet === '3 支出预算总表' && f.cell === 'E7' && f.severity === 'error')).toBe(true);
  const fix = proposeFixes(before, checked.parsed, checked.findings, checked.context).find(
    (f) => f.sheet === '3 支出预算总表' && f.cell === 'E7',
  );
  expect(fix?.kind).toBe('restore-formula');

  await wb.applyEdits(fix!.apply);
  expect(ws.getCell('E7').formula).toBe(formula);
  const after = checkSnapshots(await wb.readSheets());
  expect(after.findings.filter((f) => f.sheet === '3 支出预算总表' && f.severity === 'error')).toEqual([]);

  await wb.applyEdits(fix!.undo);
  expect(ws.getCell('E7').value).toBe(501_794_000);
});

test('an edit naming a missing sheet changes nothing and says which sheet', async () => {
  const { workbook } = await buildDemoWorkbook();
  const ws = workbook.workbook.getWorksheet('3 支出预算总表')!;
  const before = JSON.stringify(ws.getCell('F8').value);
  await expect(
    workbook.applyEdits([
      { kind: 'set', sheet: '3 支出预算总表', cell: 'F8', value: 1 },
      { kind: 'set', sheet: '没有这张表', cell: 'A1', value: 1 },
    ]),
  ).rejects.toThrow('applyEdits: 工作表“没有这张表”不存在');
  expect(JSON.stringify(ws.getCell('F8').value)).toBe(before);
});
