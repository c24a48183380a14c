import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) } };
}

test('budget template writes the blank tables and never overwrites a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'template-'));
  const file = join(dir, '表样.xlsx');
  const run = io();
  expect(
    await runCli(
      ['template', '--year', '2025', '--department', '某某局', '--items', '2080101,2080199,20801', '--economic', '30101', '--out', file],
      run.io,
    ),
  ).toBe(0);
  expect(run.out).toEqual([`已生成空白表样：${file}（9 张表，2 个功能科目项、1 个经济科目款）`]);
  expect(run.err).toEqual(['提示：“20801”不是功能分类“项”编码（应为 7 位数字）']);
  const book = await XlsxWorkbook.fromFile(file);
  expect(book.workbook.getWorksheet('2 收入预算总表')!.getCell('A1').value).toBe('2025年部门收入预算总表');

  await writeFile(join(dir, 'mine.xlsx'), 'officer data');
  const again = io();
  expect(await runCli(['template', '--year', '2025', '--department', '某某局', '--out', join(dir, 'mine.xlsx')], again.io)).toBe(2);
  expect(again.err).toEqual([`${join(dir, 'mine.xlsx')} 已存在，不会覆盖；请换一个文件名`]);
  const bad = io();
  expect(await runCli(['template', '--department', '某某局'], bad.io)).toBe(2);
  expect(bad.err[0]).toContain('请给出 --year、--department 和 --out');
});
