import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { tableSheet } from '../check/support/snapshots';
import { workbookOf } from '../check/support/xlsx';

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), warn: (l) => err.push(l) });
  return { code, out, err };
}

let dir: string;
const savedDir = process.env.BUDGET_CATALOG_DIR;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budget-catalog-'));
  process.env.BUDGET_CATALOG_DIR = join(dir, 'store');
});
afterAll(() => {
  if (savedDir === undefined) delete process.env.BUDGET_CATALOG_DIR;
  else process.env.BUDGET_CATALOG_DIR = savedDir;
});

describe('budget catalog show', () => {
  test('a 项: level, name, parents, edition, source; exit 0', async () => {
    expect(await run('catalog', 'show', '2040604', '--year', '2024')).toEqual({
      code: 0,
      out: [
        '2040604 基层司法业务',
        '级次：项（支出功能分类）',
        '上级：20406 司法 ← 204 公共安全支出',
        '版本：内置 2024 年版',
        '来源：官方科目表（团队所知）',
      ],
      err: [],
    });
  });
  test('an entry printed in a seed names the document; the newest edition without --year', async () => {
    const r = await run('catalog', 'show', '208 01 15');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      '2080115 博士后日常经费',
      '级次：项（支出功能分类）',
      '上级：20801 人力资源和社会保障管理事务 ← 208 社会保障和就业支出',
      '版本：内置 2026 年版',
      '来源：种子文档 seeds/004_68c49af72df8697e.txt（2024 年预算公开文本）',
    ]);
  });
  test('a renamed code lists its former name; a year between editions says which it took', async () => {
    const r = await run('catalog', 'show', '210', '--year', '2018');
    expect(r.out).toEqual([
      '210 卫生健康支出',
      '级次：类（支出功能分类）',
      '上级：无（类级科目）',
      '版本：内置 2019 年版；2018 年早于最早的内置版本',
      '来源：种子文档 seeds/000_07a5929564726e7a.txt（2020 年预算公开文本）',
      '曾用名：医疗卫生与计划生育支出（2018 年及以前）',
    ]);
  });
  test.each([
    [
      '2040698',
      '2024',
      '科目编码 2040698 不在支出功能分类科目表中（内置 2024 年版）；其上级 20406 司法 在表中，内置科目表未收录全部项，请导入当年官方科目表核对',
    ],
    ['2011007', '2024', '科目编码 2011007 不在支出功能分类科目表中（内置 2024 年版）'],
    [
      '30297',
      '2022',
      '科目编码 30297 不在部门预算支出经济分类科目表中（内置 2022 年版）；其上级 302 商品和服务支出 在表中，内置科目表未收录全部款，请导入当年官方科目表核对',
    ],
  ])('%s (%s) not found: exit 1 with the reason', async (code, year, message) => {
    expect(await run('catalog', 'show', code, '--year', year)).toEqual({ code: 1, out: [], err: [message] });
  });
  test.each([
    [['catalog', 'show', '20x'], /“20x”不是科目编码/],
    [['catalog', 'show', '2040604', '--year', '二〇二四'], /年度应为数字/],
    [['catalog', 'show', '2040604', '--bogus'], /参数错误/],
    [['catalog'], /请给出子命令/],
    [['catalog', 'list'], /未知子命令：list/],
  ])('%j: exit 2 with the usage', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(message);
    expect(r.err.join('\n')).toMatch(/用法：budget catalog import/);
  });
});

describe('budget catalog diff', () => {
  test('--from 2020 --to 2024 lists every change with its source', async () => {
    const r = await run('catalog', 'diff', '--from', '2020', '--to', '2024');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('科目表变动：2020 年版 → 2024 年版（内置；2020 年、2024 年各取不晚于它的最近版本）');
    expect(r.out).toContain('部门预算支出经济分类：无变动');
    expect(r.out).toEqual(
      expect.arrayContaining([
        '  2021 年版 删除 234 抗疫特别国债安排的支出（官方科目表（团队所知）：抗疫特别国债仅 2020 年发行）',
        '  2021 年版 更名 21305 扶贫 → 巩固脱贫衔接乡村振兴（官方科目表（团队所知））',
        expect.stringMatching(
          /^ {2}2024 年版 调整 2011007 博士后日常经费 → 2080115 博士后日常经费（.*；见 seeds\/000_07a5929564726e7a\.txt、seeds\/004_68c49af72df8697e\.txt）$/,
        ),
        expect.stringMatching(/^ {2}2024 年版 新增 20140 信访事务（/),
      ]),
    );
    const functional = r.out.find((l) => l.startsWith('支出功能分类：'))!;
    expect(Number(/(\d+) 处/.exec(functional)![1])).toBe(r.out.filter((l) => /^ {2}20\d\d 年版/.test(l)).length);
  });
  test('2019 → 2020: the 20805 changes', async () => {
    const r = await run('catalog', 'diff', '--from', '2019', '--to', '2020');
    expect(r.out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}2020 年版 更名 20805 行政事业单位离退休 → 行政事业单位养老支出/),
        expect.stringMatching(
          /^ {2}2020 年版 合并 2080501 归口管理的行政单位离退休、2080504 未归口管理的行政单位离退休 → 2080501 行政单位离退休/,
        ),
      ]),
    );
  });
  test('--from not before --to: exit 2', async () => {
    expect(await run('catalog', 'diff', '--from', '2024', '--to', '2020')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--from 应早于 --to/)],
    });
  });
});

describe('budget catalog import', () => {
  test('budget rollover maps the codes against the imported catalog of the new year, and says so', async () => {
    // A 项 the built-in 2026 edition does not list: without the official 2026 catalog the roll-over
    // has to leave it for the officer; with it imported, the code is simply kept.
    const saved = process.env.BUDGET_CATALOG_DIR;
    process.env.BUDGET_CATALOG_DIR = join(dir, 'store-rollover');
    try {
      const wb = join(dir, 'r2025.xlsx');
      await writeFile(
        wb,
        await workbookOf([
          tableSheet({
            kind: 'expenditure',
            year: 2025,
            rows: [
              ['204', '公共安全支出', 1, 1, null],
              ['20406', '司法', 1, 1, null],
              ['2040698', '某专项司法业务', 1, 1, null],
            ],
            total: [1, 1, null],
          }),
        ]).toBuffer(),
      );
      const before = await run('rollover', wb, '--out', join(dir, 'r2026-a.xlsx'));
      expect(before.code).toBe(0);
      expect(before.out.filter((l) => l.includes('2040698'))).toEqual([
        expect.stringMatching(/^ {2}1\. 2040698 某专项司法业务 不在 2026 年版科目表中/),
      ]);

      const csv = join(dir, '2026科目表.csv');
      await writeFile(csv, '\uFEFF科目编码,科目名称\n2040698,某专项司法业务\n');
      expect((await run('catalog', 'import', csv, '--year', '2026')).code).toBe(0);
      const after = await run('rollover', wb, '--out', join(dir, 'r2026-b.xlsx'));
      expect(after.code).toBe(0);
      expect(after.out.filter((l) => l.includes('2040698'))).toEqual([]);
      expect(after.out).toContain('科目变动：无');
      expect(after.out).toContain(`  2026 年科目按导入的官方科目表（${csv}）`);
    } finally {
      if (saved === undefined) delete process.env.BUDGET_CATALOG_DIR;
      else process.env.BUDGET_CATALOG_DIR = saved;
    }
  });
  test('a CSV is stored for its year and used by show and by budget check', async () => {
    const csv = join(dir, '2025科目表.csv');
    await writeFile(csv, '\uFEFF科目编码,科目名称\n2040698,某专项司法业务\n2040604,基层司法业务\n20x,坏编码\n');
    const r = await run('catalog', 'import', csv, '--year', '2025');
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['警告：第 4 行：第 3 行：“20x”不是有效的功能分类编码']);
    expect(r.out[0]).toBe(`已导入 2025 年科目表：功能分类 2 个科目、经济分类 0 个科目，保存在 ${join(dir, 'store', '2025.json')}`);
    expect(JSON.parse(await readFile(join(dir, 'store', '2025.json'), 'utf8'))).toMatchObject({ year: 2025, origin: csv });

    const shown = await run('catalog', 'show', '2040698', '--year', '2025');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`来源：${csv}`);

    // A 2025 workbook with the code: before the import a 提示, with it nothing; 2024 is unaffected.
    const sheets = (year: number) => [
      tableSheet({
        kind: 'expenditure',
        year,
        rows: [
          ['204', '公共安全支出', 1, 1, null],
          ['20406', '司法', 1, 1, null],
          ['2040698', '某专项司法业务', 1, 1, null],
        ],
        total: [1, 1, null],
      }),
    ];
    const f2025 = join(dir, 'b2025.xlsx');
    const f2024 = join(dir, 'b2024.xlsx');
    await writeFile(f2025, await workbookOf(sheets(2025)).toBuffer());
    await writeFile(f2024, await workbookOf(sheets(2024)).toBuffer());
    expect((await run('check', f2025)).out).toEqual([
      `校验 ${f2025}：错误 0 项，警告 0 项，提示 0 项`,
      '科目表：导入的 2025 年官方科目表（内置科目表补足其未列的科目）',
    ]);
    expect((await run('check', f2024)).out).toEqual([
      `校验 ${f2024}：错误 0 项，警告 0 项，提示 1 项`,
      '科目表：内置 2024 年版（预算年度 2024 年）',
      '提示 部门支出预算总表!A8 2040698 未收录于内置科目表：2040698 某专项司法业务（请导入当年官方科目表核对）',
    ]);
  });
  test('an .xlsx catalog: the first sheet with 科目编码/科目名称 headers', async () => {
    const book = new XlsxWorkbook();
    book.workbook.addWorksheet('说明').getCell('A1').value = '2026年政府收支分类科目';
    const ws = book.workbook.addWorksheet('科目');
    ws.addRows([
      ['科目编码', '科目名称'],
      ['2013901', '行政运行'],
      ['30240', '税金及附加费用'],
    ]);
    const file = join(dir, '2026.xlsx');
    await writeFile(file, await book.toBuffer());
    const r = await run('catalog', 'import', file, '--year', '2026');
    expect(r.out[0]).toMatch(/^已导入 2026 年科目表：功能分类 1 个科目、经济分类 1 个科目/);
  });
  test.each([
    [['catalog', 'import', 'x.csv'], 2, /年度应为数字/],
    [['catalog', 'import', '--year', '2025'], 2, /请给出要导入的科目表文件/],
    [['catalog', 'import', 'x.pdf', '--year', '2025'], 2, /只能导入 \.xlsx 或 \.csv 文件/],
    [['catalog', 'import', '/nonexistent/x.csv', '--year', '2025'], 2, /找不到文件/],
  ])('%j: exit %i', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err.join('\n')).toMatch(message);
  });
});
