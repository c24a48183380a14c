import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { openXlsx, UnreadableWorkbookError } from '../../src/hosts/xlsx/openXlsx';

let dir: string;
let good: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-'));
  good = await (await buildDemoWorkbook()).workbook.toBuffer();
});

test.each([
  ['missing.xlsx', null, '：文件不存在'],
  ['empty.xlsx', new Uint8Array(), '：文件是空的'],
  ['notes.xlsx', new TextEncoder().encode('这不是工作簿'), '：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）'],
  [
    'cut.xls',
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
    '：旧版 .xls 文件已损坏或不完整（可能下载或复制时被截断），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
  ],
])('%s gives a clear zh-CN error naming the file', async (name, bytes, message) => {
  const file = join(dir, name);
  if (bytes) await writeFile(file, bytes);
  await expect(openXlsx(file)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  await expect(openXlsx(file)).rejects.toThrow(`无法读取“${file}”${message}`);
});

test('a truncated .xlsx is reported as damaged, not a stack trace', async () => {
  const file = join(dir, 'cut.xlsx');
  await writeFile(file, good.subarray(0, Math.floor(good.length / 2)));
  await expect(openXlsx(file)).rejects.toThrow(`无法读取“${file}”：文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试`);
});

test('a good workbook opens', async () => {
  const file = join(dir, 'good.xlsx');
  await writeFile(file, good);
  const wb = await openXlsx(file);
  expect((await wb.listSheets()).map((s) => s.name)).toContain('3 支出预算总表');
});
