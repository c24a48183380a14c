import ExcelJS from 'exceljs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkFiles } from '../../src/cli/checkFiles';
import { consolidateFiles } from '../../src/cli/commands/consolidate';
import { startProgress } from '../../src/cli/progress';
import { runCli } from '../../src/cli/runCli';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { publishedWorkbook } from './support/publishedWorkbook';

let dir: string;
let clean: string;
let planted: string;
let published: string;
/** The demo as `budget demo` writes it: tables, project sheets, 上年数, 说明素材, 编制说明. */
let demoOut: string;

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
  await runCli(['demo', '--out', join(dir, 'demo-full')], { log: () => undefined, warn: () => undefined });
  demoOut = join(dir, 'demo-full', '部门预算-2024-示例.xlsx');
  published = join(dir, 'published.xlsx');
  await writeFile(published, await (await publishedWorkbook()).toBuffer());
}, 120_000);

test('a clean workbook: exit 0', async () => {
  const r = await run('check', clean, '--only', 'tables');
  expect(r).toEqual({
    code: 0,
    out: [`校验 ${clean}：错误 0 项，警告 0 项，提示 0 项`, '科目表：内置 2024 年版（预算年度 2024 年）'],
    err: [],
  });
});

test('one wrong number: one headline naming the cell and the value, what follows from it indented under it; exit 1', async () => {
  const r = await run('check', planted, '--only', 'tables');
  expect(r.code).toBe(1);
  expect(r.out).toEqual([
    `校验 ${planted}：错误 1 项（共 3 项），警告 0 项，提示 0 项`,
    '科目表：内置 2024 年版（预算年度 2024 年）',
    '错误 3 支出预算总表!G12 2080102 项目支出 请把“3 支出预算总表”2080102 一般行政管理事务【项目支出】（G12）改为 116,635,201 元：现为 116,635,301 元，相差 100 元；改正后，下列 2 项问题随之消除',
    '    ↳ 错误 1 财务收支预算总表!B12 “1 财务收支预算总表”收入总计 2,535,662,851 元 不等于支出总计 2,535,662,951 元，收支不平，相差 -100 元',
    '    ↳ 错误 3 支出预算总表!E12 2080102 合计 “3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,301 元，与“2 收入预算总表”2080102【合计】 116,635,201 元 不一致，相差 100 元',
  ]);
});

test('--json: one object, amounts in 元, each finding with an id and causedBy', async () => {
  const r = await run('check', planted, '--json', '--only', 'tables');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.out.join('\n')) as { catalog: unknown; findings: Array<Record<string, unknown>> };
  expect(Object.keys(report)).toEqual(['catalog', 'findings']);
  // The catalog edition the codes were checked against, as the text report's 科目表 line says.
  expect(report.catalog).toEqual({
    budgetYear: 2024,
    functionalEdition: 2024,
    economicEdition: 2024,
    source: 'built-in',
    beforeFirstEdition: false,
    description: '科目表：内置 2024 年版（预算年度 2024 年）',
  });
  expect(report.findings[0]).toMatchObject({
    id: 'F1',
    causedBy: null,
    rule: 'root-cause',
    cell: 'G12',
    expected: 116635201,
    actual: 116635301,
  });
  expect(report.findings[2]).toEqual({
    id: 'F3',
    causedBy: 'F1',
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
  expect(report.findings[1]).toMatchObject({ id: 'F2', causedBy: 'F1', rule: 'summary-balance', code: null, column: null });
});

test('only rounding 提示 (the published figures): exit 0', async () => {
  const r = await run('check', published, '--json');
  expect(r.code).toBe(0);
  const { findings } = JSON.parse(r.out.join('\n')) as { findings: Array<{ rule: string; severity: string; difference: number }> };
  expect(findings).toHaveLength(18);
  expect(findings.every((f) => f.rule === 'rounding' && f.severity === 'info' && Math.abs(f.difference) === 1)).toBe(true);
});

test('one report for everything: the project sheets and the 编制说明 are checked too; --only narrows it', async () => {
  const all = await run('check', demoOut, '--json');
  const rules = (r: { out: string[] }) =>
    (JSON.parse(r.out.join('\n')) as { findings: Array<{ rule: string; causedBy: string | null }> }).findings.map((f) => f.rule);
  expect(new Set(rules(all))).toEqual(
    new Set(['projects/total-vs-expenditure', 'projects/sub-items-sum', 'projects/budget-missing', 'narrative-check/project-items']),
  );
  expect(all.code).toBe(1);
  expect(rules(await run('check', demoOut, '--json', '--only', 'tables'))).toEqual([]);
  expect(new Set(rules(await run('check', demoOut, '--json', '--only', 'projects')))).toEqual(
    new Set(['projects/total-vs-expenditure', 'projects/sub-items-sum', 'projects/budget-missing']),
  );
  expect(rules(await run('check', demoOut, '--json', '--only', 'text'))).toEqual([
    'narrative-check/project-items',
    'narrative-check/project-items',
    'narrative-check/project-items',
    'narrative-check/project-items',
  ]);
  // The 编制说明 repeating a project's mismatch is the same problem: folded under the project sheet's finding.
  const text = await run('check', demoOut);
  expect(text.out[0]).toBe(`校验 ${demoOut}：错误 4 项，警告 4 项（共 8 项），提示 0 项`);
  expect(text.out).toContain('    ↳ 警告 编制说明!A110 工作表“编制说明”A110：项目预算7767.77万元，所列明细合计2,218.3万元，两者不相等');
  expect(await run('check', demoOut, '--only', 'pictures')).toMatchObject({
    code: 2,
    err: [expect.stringMatching(/^参数错误：--only 只能是 tables、projects、text，不能是“pictures”/)],
  });
});

test('--xlsx: one row per finding, a hyperlink from each to its cell in the checked workbook', async () => {
  const out = join(dir, 'reports', '校验报告.xlsx');
  await mkdir(join(dir, 'reports'), { recursive: true });
  const r = await run('check', planted, '--only', 'tables', '--xlsx', out);
  expect(r.code).toBe(1);
  expect(r.err).toEqual([`已写出校验报告：${out}`]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('校验报告')!;
  const rows = ws.getSheetValues().slice(2) as unknown[][];
  expect(rows.map((row) => [row[2], row[3], row[5], (row[6] as { text: string }).text])).toEqual([
    ['F1', undefined, '3 支出预算总表', 'G12'],
    ['F2', 'F1', '1 财务收支预算总表', 'B12'],
    ['F3', 'F1', '3 支出预算总表', 'E12'],
  ]);
  expect((ws.getCell('F2').value as { hyperlink: string }).hyperlink).toBe(`../planted.xlsx#'3 支出预算总表'!G12`);
  expect(ws.getCell('I2').value).toMatch(/^请把“3 支出预算总表”2080102/);
  expect(ws.getCell('J2').value).toBe(116635201);
  expect(await run('check', planted, '--xlsx', planted)).toMatchObject({
    code: 2,
    err: [expect.stringMatching(/^报告文件不能是被校验的文件/)],
  });
});

test('progress goes to stderr only when it is a terminal', () => {
  const written: string[] = [];
  const tty = Object.assign(new PassThrough(), {
    isTTY: true,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  tty.on('data', (d: Buffer) => written.push(d.toString()));
  const bar = startProgress(10, { label: '校验', unit: '个文件', stream: tty as unknown as NodeJS.WriteStream });
  bar.update(4);
  bar.stop();
  expect(written.join('')).toMatch(/校验 \[[█░]+\] 4\/10 个文件 \| 已用 \S+ \| 剩余约 \S+/);
  const piped = Object.assign(new PassThrough(), { isTTY: false });
  const none: string[] = [];
  piped.on('data', (d: Buffer) => none.push(d.toString()));
  const quiet = startProgress(10, { label: '校验', unit: '个文件', stream: piped as unknown as NodeJS.WriteStream });
  quiet.update(5);
  quiet.stop();
  expect(none).toEqual([]);
});

test.each([
  ['not a workbook', 'notes.xlsx', Buffer.from('这不是工作簿'), '无法读取“{f}”：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）'],
  ['a truncated .xlsx', 'cut.xlsx', null, '无法读取“{f}”：文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试'],
  [
    'an old .xls',
    'old.xls',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    '无法读取“{f}”：旧版 .xls 文件已损坏或不完整（可能下载或复制时被截断），请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
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
  let r = await run('check', folder, clean, '--only', 'tables');
  expect(r.code).toBe(1);
  expect(r.out).toEqual([
    '校验 3 个文件：',
    expect.stringMatching(/^文件\s+错误\s+警告\s+提示$/),
    expect.stringMatching(new RegExp(`^${join(folder, 'a.xlsx')}\\s+1\\s+0\\s+0$`)),
    expect.stringMatching(new RegExp(`^${join(folder, 'b.xlsx')}\\s+0\\s+0\\s+18$`)),
    expect.stringMatching(new RegExp(`^${clean}\\s+0\\s+0\\s+0$`)),
  ]);
  await writeFile(join(folder, 'c.xlsx'), 'broken');
  r = await run('check', folder, '--json', '--only', 'tables');
  expect(r.code).toBe(2);
  const { files } = JSON.parse(r.out.join('\n')) as {
    files: Array<{ file: string; error?: string; findings?: unknown[]; catalog?: { functionalEdition: number } }>;
  };
  expect(files.map((f) => f.catalog?.functionalEdition ?? null)).toEqual([2024, 2024, null]);
  expect(files.map((f) => [f.file, f.error ?? f.findings?.length])).toEqual([
    [join(folder, 'a.xlsx'), 3],
    [join(folder, 'b.xlsx'), 18],
    [join(folder, 'c.xlsx'), `无法读取“${join(folder, 'c.xlsx')}”：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）`],
  ]);
});

test('usage and argument errors', async () => {
  expect((await run('help')).out.join('\n')).toMatch(/budget check FILE\.xlsx/);
  expect(await run('check')).toMatchObject({ code: 2, err: [expect.stringMatching(/^请指定要校验的 \.xlsx 文件或文件夹/)] });
  expect(await run('check', clean, '--bogus')).toMatchObject({ code: 2, err: [expect.stringMatching(/^参数错误/)] });
});

test('budget demo: the 校验报告 it writes says what it prints', async () => {
  const out = join(dir, 'demo-out');
  const r = await run('demo', '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).toEqual(
    expect.arrayContaining([`已生成校验报告：${join(out, '校验报告.txt')}`, `已生成校验报告：${join(out, '校验报告.json')}`]),
  );
  const printed = r.out.slice(r.out.findIndex((l) => l.startsWith('校验结果')));
  expect(printed[0]).toBe('校验结果（与校验报告一致）：错误 4 项，警告 4 项（共 8 项），提示 0 项');
  const text = await readFile(join(out, '校验报告.txt'), 'utf8');
  expect(text.split('\n').slice(1, 3)).toEqual([
    '科目表：内置 2024 年版（预算年度 2024 年）',
    '错误 4 项，警告 4 项（共 8 项），提示 0 项',
  ]);
  // Every printed finding is in the report, and the report has no other.
  const reported = text.split('\n').filter((l) => /^(\s+↳ )?(错误|警告|提示) /.test(l) && !/^错误 \d+ 项/.test(l));
  expect(printed.slice(1).map((l) => l.replace(/^ {2}/, ''))).toEqual(expect.arrayContaining(reported));
  expect(reported).toHaveLength(printed.length - 1);
  const json = JSON.parse(await readFile(join(out, '校验报告.json'), 'utf8')) as {
    catalog: { functionalEdition: number; source: string };
    findings: Array<{ rule: string; causedBy: string | null }>;
  };
  expect(json.catalog).toMatchObject({ functionalEdition: 2024, source: 'built-in' });
  expect(json.findings).toHaveLength(12);
  expect(json.findings.filter((f) => f.causedBy === null)).toHaveLength(8);
  // The demo's figures are the published budget's: the nine tables check clean.
  expect(json.findings.filter((f) => !f.rule.startsWith('projects/') && !f.rule.startsWith('narrative-check/'))).toEqual([]);
  const book = await XlsxWorkbook.fromFile(join(out, '部门预算-2024-示例.xlsx'));
  expect(book.workbook.getWorksheet('校验')?.getCell('A1').value).toBe('2024年部门预算自动校验');
}, 120_000);

test('batch check and consolidate report progress as each file finishes (what the terminal bar shows)', async () => {
  const seen: Array<[number, number]> = [];
  await checkFiles([clean, published, planted], 1, { only: ['tables'], onProgress: (d, t) => seen.push([d, t]) });
  expect(seen).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
  const units: Array<[number, number]> = [];
  await consolidateFiles([clean, published], { onProgress: (d, t) => units.push([d, t]) });
  expect(units).toEqual([
    [1, 2],
    [2, 2],
  ]);
}, 60_000);
