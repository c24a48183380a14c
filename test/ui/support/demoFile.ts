import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../../src/cli/demo';

// The sample workbook (上海市人力资源和社会保障局 2024) with one planted error: the 208 class row's
// 合计 in 3 支出预算总表 typed over with a number that no longer ties to its 款, and no 校验 sheet.

export const CHECK_SHEET = '校验';
export const PLANTED_SHEET = '3 支出预算总表';
export const PLANTED_CELL = 'E9';
/** The demo's 208 合计 is 1,820,686,591 元; typed over with 1,787,060,000 元. */
export const PLANTED_VALUE = 1_787_060_000;
export const PLANTED_DIFFERENCE_TEXT = '-33,626,591 元';

export async function writeDemoFiles(dir: string): Promise<{ clean: string; planted: string }> {
  const clean = join(dir, '部门预算-2024-示例.xlsx');
  const planted = join(dir, '部门预算-2024-有错.xlsx');
  const a = await buildDemoWorkbook();
  await writeFile(clean, await a.workbook.toBuffer());
  const b = await buildDemoWorkbook();
  const ws = b.workbook.workbook.getWorksheet(PLANTED_SHEET);
  if (!ws) throw new Error(`示例工作簿中没有“${PLANTED_SHEET}”`);
  const row = ws.getRow(9);
  if (row.getCell(1).text !== '208' || row.getCell(2).value !== null) throw new Error('示例工作簿第 9 行不再是 208 类，需更新测试');
  ws.getCell(PLANTED_CELL).value = PLANTED_VALUE;
  // Without its 校验 sheet, so a 校验 sheet in the download is the one the page wrote.
  const check = b.workbook.workbook.getWorksheet(CHECK_SHEET);
  if (check) b.workbook.workbook.removeWorksheet(check.id);
  await writeFile(planted, await b.workbook.toBuffer());
  return { clean, planted };
}

/** The reviewer's edit in the returned file: 2080101 行政运行 基本支出 cut from 582,432,014 to 582,000,000 元. */
export const RETURNED_CELL = 'F11';
export const RETURNED_VALUE = 582_000_000;

/** The clean sample as the 财政局 might return it: one basic-expenditure figure cut. */
export async function writeReturnedFile(dir: string): Promise<string> {
  const file = join(dir, '部门预算-2024-返回稿.xlsx');
  const b = await buildDemoWorkbook();
  const ws = b.workbook.workbook.getWorksheet(PLANTED_SHEET)!;
  if (ws.getCell('A11').text !== '208' || ws.getCell('C11').text !== '01' || ws.getCell(RETURNED_CELL).value !== 582_432_014) {
    throw new Error('示例工作簿第 11 行不再是 2080101 行政运行（基本支出 582,432,014 元），需更新测试');
  }
  ws.getCell(RETURNED_CELL).value = RETURNED_VALUE;
  await writeFile(file, await b.workbook.toBuffer());
  return file;
}
