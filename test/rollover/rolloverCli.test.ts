import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { workbook2020 } from './seedWorkbooks';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) }, out, err };
}

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollover-cli-'));
  file = join(dir, '部门预算-2020.xlsx');
  await writeFile(file, await (await workbook2020()).toBuffer());
});

test('refuses to write over its input', async () => {
  const before = (await stat(file)).mtimeMs;
  for (const out of [file, join(dir, '.', '部门预算-2020.xlsx')]) {
    const c = capture();
    expect(await runCli(['rollover', file, '--out', out], c.io)).toBe(2);
    expect(c.err).toEqual([`输出文件不能与输入文件相同：${out}（结转不会覆盖上一年度的工作簿）`]);
  }
  expect((await stat(file)).mtimeMs).toBe(before);
});

test('rollover --year 2024 writes the 2024 workbook and prints the code changes in zh-CN', async () => {
  const out = join(dir, '部门预算-2024.xlsx');
  const c = capture();
  expect(await runCli(['rollover', file, '--out', out, '--year', '2024'], c.io)).toBe(0);
  expect(c.err).toEqual([]);
  expect(c.out).toEqual([
    `已由 2020 年工作簿生成 2024 年工作簿：${out}`,
    '  各表金额单元格已清空待填，上下级汇总与合计公式保留；2020 年预算数已写入“上年数”工作表（22 项，供编制说明比较上年）。',
    '  保留原有其他工作表：备注',
    '科目变动（6 项）：',
    '  1. 2011007 博士后日常经费 → 2080115 博士后日常经费（2020 年版科目调整到 2024 年版；涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
    '  2. 2089901 其他社会保障和就业支出 → 2089999 其他社会保障和就业支出（2020 年版科目调整到 2024 年版；涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
    '  3. 2109901 其他卫生健康支出 → 2109999 其他卫生健康支出（2020 年版科目调整到 2024 年版；涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
    '  4. 2011001 行政运行 不在 2024 年版科目表中（官方科目表（团队所知）：随人力资源事务款撤销，没有对所有部门都成立的新科目），已原样保留，请改列为本部门适用的科目（涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
    '  5. 2011002 一般行政管理事务 不在 2024 年版科目表中（官方科目表（团队所知）：随人力资源事务款撤销，没有对所有部门都成立的新科目），已原样保留，请改列为本部门适用的科目（涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
    '  6. 2011050 事业运行 不在 2024 年版科目表中（官方科目表（团队所知）：随人力资源事务款撤销，没有对所有部门都成立的新科目），已原样保留，请改列为本部门适用的科目（涉及：2 收入预算总表、3 支出预算总表、5 一般公共预算支出功能分类）',
  ]);
  const rolled = await XlsxWorkbook.fromBuffer(await readFile(out));
  const { workbook } = readBudgetTables(await rolled.readSheets());
  expect(workbook.year).toBe(2024);
  expect(workbook.tables).toHaveLength(9);
  expect(rolled.workbook.worksheets.map((w) => w.name).slice(-2)).toEqual(['上年数', '备注']);
});

test('the rolled workbook rolls again (2021 → 2022) with nothing to map', async () => {
  const first = join(dir, 'a-2021.xlsx');
  expect(await runCli(['rollover', file, '--out', first], capture().io)).toBe(0);
  const c = capture();
  const second = join(dir, 'a-2022.xlsx');
  expect(await runCli(['rollover', first, '--out', second], c.io)).toBe(0);
  expect(c.out[0]).toBe(`已由 2021 年工作簿生成 2022 年工作簿：${second}`);
  expect(c.out).toContain('科目变动：无');
  // The 2021 workbook has no amounts, so its 上年数 are all 0, and last year's 上年数 is replaced.
  expect(c.out).toContain('  提示：原工作表“上年数”是 2020 年的数，新工作簿中已换成 2021 年预算数');
});

test('bad arguments exit 2 with the usage', async () => {
  const c = capture();
  expect(await runCli(['rollover', file], c.io)).toBe(2);
  expect(c.err[0]).toContain('budget rollover FILE.xlsx --out NEXT.xlsx');
  const y = capture();
  expect(await runCli(['rollover', file, '--out', join(dir, 'x.xlsx'), '--year', '20x5'], y.io)).toBe(2);
  expect(y.err).toEqual(['--year 应为四位年度，例如 2025：20x5']);
});

test('2024 普陀区万里街道 rolled forward: its 机关运行经费 (the column headed "2024年机关运行经费预算数") goes into 上年数', async () => {
  const source = join(__dirname, '..', 'fixtures', 'corpus', 'shanghai', '2024_普陀区万里街道办事处_部门预算.xlsx');
  const out = join(dir, '万里-2025.xlsx');
  expect(await runCli(['rollover', source, '--out', out], capture().io)).toBe(0);
  const previous = (await XlsxWorkbook.fromFile(out)).workbook.getWorksheet('上年数');
  const rows: unknown[][] = [];
  previous?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows.filter((r) => r.includes('机关运行经费'))).toEqual([[undefined, '机关运行经费', 443.18]]);
});
