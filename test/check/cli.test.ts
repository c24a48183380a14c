import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { runCli } from '../../src/cli/runCli';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { publishedWorkbook } from './support/publishedWorkbook';

let dir: string;
let clean: string;
let planted: string;
let published: string;

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), warn: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budget-check-'));
  const demo = await (await buildDemoWorkbook()).workbook.toBuffer();
  clean = join(dir, 'clean.xlsx');
  await writeFile(clean, demo);
  const book = await XlsxWorkbook.fromBuffer(demo);
  book.workbook.getWorksheet('3 支出预算总表')!.getCell('G12').value = 116635301;
  planted = join(dir, 'planted.xlsx');
  await writeFile(planted, await book.toBuffer());
  published = join(dir, 'published.xlsx');
  await writeFile(published, await (await publishedWorkbook()).toBuffer());
}, 60_000);

test('a clean workbook: exit 0', async () => {
  const r = await run('check', clean);
  expect(r).toEqual({
    code: 0,
    out: [`校验 ${clean}：错误 0 项，警告 0 项，提示 0 项`, '科目表：内置 2024 年版（预算年度 2024 年）'],
    err: [],
  });
});

test('errors: one zh-CN line per finding (严重程度 sheet!cell code column message), exit 1', async () => {
  const r = await run('check', planted);
  expect(r.code).toBe(1);
  expect(r.out).toEqual([
    `校验 ${planted}：错误 2 项，警告 0 项，提示 0 项`,
    '科目表：内置 2024 年版（预算年度 2024 年）',
    '错误 1 财务收支预算总表!B12 “1 财务收支预算总表”收入总计 2,535,662,851 元 不等于支出总计 2,535,662,951 元，收支不平，相差 -100 元',
    '错误 3 支出预算总表!E12 2080102 合计 “3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,301 元，与“2 收入预算总表”2080102【合计】 116,635,201 元 不一致，相差 100 元',
  ]);
});

test('--json: one object, amounts in 元', async () => {
  const r = await run('check', planted, '--json');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.out.join('\n')) as { findings: Array<Record<string, unknown>> };
  expect(Object.keys(report)).toEqual(['findings']);
  expect(report.findings[1]).toEqual({
    rule: 'income-vs-expenditure',
    severity: 'error',
    sheet: '3 支出预算总表',
    cell: 'E12',
    code: '2080102',
    column: '合计',
    expected: 116635201,
    actual: 116635301,
    difference: 100,
    message:
      '“3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,301 元，与“2 收入预算总表”2080102【合计】 116,635,201 元 不一致，相差 100 元',
  });
  expect(report.findings[0]).toMatchObject({ rule: 'summary-balance', code: null, column: null });
});

test('only rounding 提示 (the published figures): exit 0', async () => {
  const r = await run('check', published, '--json');
  expect(r.code).toBe(0);
  const { findings } = JSON.parse(r.out.join('\n')) as { findings: Array<{ rule: string; severity: string; difference: number }> };
  expect(findings).toHaveLength(18);
  expect(findings.every((f) => f.rule === 'rounding' && f.severity === 'info' && Math.abs(f.difference) === 1)).toBe(true);
});

test.each([
  ['not a workbook', 'notes.xlsx', Buffer.from('这不是工作簿'), '无法读取“{f}”：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）'],
  ['a truncated .xlsx', 'cut.xlsx', null, '无法读取“{f}”：文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试'],
  [
    'an old .xls',
    'old.xls',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    '无法读取“{f}”：这是旧版 .xls（Excel 97-2003）格式或加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再试',
  ],
  ['a missing file', 'missing.xlsx', undefined, '无法读取“{f}”：文件不存在'],
])('%s: a clear zh-CN error naming the file, exit 2, no stack trace', async (_n, name, content, message) => {
  const file = join(dir, name);
  if (content === null) await writeFile(file, (await readFile(clean)).subarray(0, 4000));
  else if (content !== undefined) await writeFile(file, content);
  const r = await run('check', file);
  expect(r).toEqual({ code: 2, out: [], err: [message.replace('{f}', file)] });
});

test('several files and a folder: a summary table; exit 2 when one cannot be read', async () => {
  const folder = join(dir, 'units');
  await mkdir(folder);
  await writeFile(join(folder, 'a.xlsx'), await readFile(planted));
  await writeFile(join(folder, 'b.xlsx'), await readFile(published));
  await writeFile(join(folder, '~$a.xlsx'), 'lock');
  await writeFile(join(folder, 'readme.txt'), 'x');
  let r = await run('check', folder, clean);
  expect(r.code).toBe(1);
  expect(r.out).toEqual([
    '校验 3 个文件：',
    expect.stringMatching(/^文件\s+错误\s+警告\s+提示$/),
    expect.stringMatching(new RegExp(`^${join(folder, 'a.xlsx')}\\s+2\\s+0\\s+0$`)),
    expect.stringMatching(new RegExp(`^${join(folder, 'b.xlsx')}\\s+0\\s+0\\s+18$`)),
    expect.stringMatching(new RegExp(`^${clean}\\s+0\\s+0\\s+0$`)),
  ]);
  await writeFile(join(folder, 'c.xlsx'), 'broken');
  r = await run('check', folder, '--json');
  expect(r.code).toBe(2);
  const { files } = JSON.parse(r.out.join('\n')) as { files: Array<{ file: string; error?: string; findings?: unknown[] }> };
  expect(files.map((f) => [f.file, f.error ?? f.findings?.length])).toEqual([
    [join(folder, 'a.xlsx'), 2],
    [join(folder, 'b.xlsx'), 18],
    [join(folder, 'c.xlsx'), `无法读取“${join(folder, 'c.xlsx')}”：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）`],
  ]);
});

test('usage and argument errors', async () => {
  expect((await run('help')).out.join('\n')).toMatch(/budget check FILE\.xlsx/);
  expect(await run('check')).toMatchObject({ code: 2, err: [expect.stringMatching(/^请指定要校验的 \.xlsx 文件或文件夹/)] });
  expect(await run('check', clean, '--bogus')).toMatchObject({ code: 2, err: [expect.stringMatching(/^参数错误/)] });
});

test('budget demo writes the workbook with its 校验 sheet and the check report', async () => {
  const out = join(dir, 'demo-out');
  const r = await run('demo', '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).toEqual(
    expect.arrayContaining([`已生成校验报告：${join(out, '校验报告.txt')}`, `已生成校验报告：${join(out, '校验报告.json')}`]),
  );
  expect(JSON.parse(await readFile(join(out, '校验报告.json'), 'utf8'))).toEqual({ findings: [] });
  expect(await readFile(join(out, '校验报告.txt'), 'utf8')).toBe(
    '校验报告：部门预算-2024-示例.xlsx\n错误 0 项，警告 0 项，提示 0 项\n未发现问题：各表表内、表间勾稽关系均平衡。\n',
  );
  const book = await XlsxWorkbook.fromFile(join(out, '部门预算-2024-示例.xlsx'));
  expect(book.workbook.getWorksheet('校验')?.getCell('A1').value).toBe('2024年部门预算自动校验');
}, 120_000);
