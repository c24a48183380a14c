import type ExcelJS from 'exceljs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// Highlights go on and come off without touching anything else: on a loaded file ExcelJS shares
// style objects between cells, and a theme-coloured or patterned fill must come back exactly.

async function loaded(): Promise<XlsxWorkbook> {
  const { workbook } = await buildDemoWorkbook();
  const ws = workbook.workbook.getWorksheet('3 支出预算总表')!;
  // A theme colour with tint, as Excel writes it (ExcelJS's Color type knows only argb/theme).
  ws.getCell('F9').fill = {
    type: 'pattern',
    pattern: 'lightGray',
    fgColor: { theme: 4, tint: 0.4 } as Partial<ExcelJS.Color>,
    bgColor: { indexed: 64 } as Partial<ExcelJS.Color>,
  };
  return XlsxWorkbook.fromBuffer(await workbook.toBuffer());
}

test('a fill on one cell does not spread to cells that shared its style', async () => {
  const wb = await loaded();
  const ws = wb.workbook.getWorksheet('3 支出预算总表')!;
  const before = ['E7', 'E8', 'F8', 'G10', 'E20'].map((a) => JSON.stringify(ws.getCell(a).fill ?? null));
  await wb.applyOverlay([{ sheet: '3 支出预算总表', fills: [{ range: 'E8', color: '#FFEB9C' }] }]);
  expect(ws.getCell('E8').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
  const after = ['E7', 'E8', 'F8', 'G10', 'E20'].map((a) => JSON.stringify(ws.getCell(a).fill ?? null));
  expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
});

test('removing the overlay restores patterned and theme fills exactly, and empty fills as empty', async () => {
  const wb = await loaded();
  const ws = wb.workbook.getWorksheet('3 支出预算总表')!;
  const original = JSON.parse(JSON.stringify(ws.getCell('F9').fill)) as ExcelJS.Fill;
  const plain = JSON.stringify(ws.getCell('E9').fill ?? null);
  const undo = await wb.applyOverlay([{ sheet: '3 支出预算总表', fills: [{ range: 'E9:F9', color: '#FFC7CE' }] }]);
  expect(undo.fills.map((f) => f.range)).toEqual(['E9', 'F9']);
  await wb.removeOverlay(undo);
  expect(ws.getCell('F9').fill).toEqual(original);
  expect(JSON.stringify(ws.getCell('E9').fill ?? null)).toBe(plain);
  // …and survives a save and reload.
  const again = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  expect(again.workbook.getWorksheet('3 支出预算总表')!.getCell('F9').fill).toEqual(original);
});
