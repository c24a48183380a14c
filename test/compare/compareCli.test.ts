import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { CHANGE_COLORS } from '../../src/domain/compare/changeOverlay';
import { CHANGE_SHEET } from '../../src/domain/compare/buildChangeSheet';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { EXPECTED_CHANGES, plantedPair, USER_FILL } from './plantedEdits';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) }, out, err };
}

let dir: string;
let submittedFile: string;
let returnedFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'compare-cli-'));
  const { submitted, returned } = await plantedPair();
  submittedFile = join(dir, '报送稿.xlsx');
  returnedFile = join(dir, '返回稿.xlsx');
  await writeFile(submittedFile, await submitted.toBuffer());
  await writeFile(returnedFile, await returned.toBuffer());
});

test('--json prints exactly the change list, amounts in 元', async () => {
  const c = capture();
  expect(await runCli(['compare', submittedFile, returnedFile, '--json'], c.io)).toBe(0);
  expect(JSON.parse(c.out.join('\n'))).toEqual({ changes: EXPECTED_CHANGES });
  expect(c.err).toEqual([]);
});

test("the text report groups by table with the change in each table's 合计", async () => {
  const c = capture();
  expect(await runCli(['compare', submittedFile, returnedFile], c.io)).toBe(0);
  const text = c.out.join('\n');
  expect(c.out[1]).toBe('共 7 处修改，涉及 5 张表（按表分组，金额变动大的在前）：');
  expect(text).toContain('【2 收入预算总表：2 处修改；表内合计变动 合计 -450,412 元，财政拨款收入 -450,412 元】');
  expect(text).toContain('删除行 2080105 劳动保障监察（报送稿 A14），原合计 1,770,000 元');
  expect(text).toContain(
    '20805 行政事业单位养老支出“基本支出”原为公式 =SUM(F23:F27)（148,445,843），返回稿改为手填数 152,000,000，不再随下级自动汇总',
  );
  // The checks on both workbooks side by side: the submitted demo is clean, the edits broke things.
  expect(text).toMatch(/校验结果对照（报送稿 → 返回稿）：返回稿新出现 [1-9]\d* 个问题，已解决 0 个，仍存在 0 个/);
  expect(c.out.some((l) => l.startsWith('  新出现 [错误]') && l.includes('20805 行政事业单位养老支出【基本支出】'))).toBe(true);
});

test('--out writes the annotated returned workbook and never over an input', async () => {
  for (const target of [submittedFile, returnedFile, join(dir, '.', '返回稿.xlsx')]) {
    const c = capture();
    const before = (await stat(target)).mtimeMs;
    expect(await runCli(['compare', submittedFile, returnedFile, '--out', target], c.io)).toBe(2);
    expect(c.err[0]).toContain('输出文件不能与输入文件相同');
    expect((await stat(target)).mtimeMs).toBe(before);
  }
  const out = join(dir, '返回稿-标注.xlsx');
  const c = capture();
  expect(await runCli(['compare', submittedFile, returnedFile, '--json', '--out', out], c.io)).toBe(0);
  // stdout stays pure JSON; the note goes to stderr.
  expect((JSON.parse(c.out.join('\n')) as { changes: unknown[] }).changes).toHaveLength(EXPECTED_CHANGES.length);
  expect(c.err).toEqual([`已写出标注版返回稿：${out}（12 个单元格高亮，修改清单见“${CHANGE_SHEET}”工作表）`]);
  const annotated = await XlsxWorkbook.fromBuffer(await readFile(out));
  expect(annotated.workbook.worksheets.map((w) => w.name)).toContain(CHANGE_SHEET);
  const [list] = await annotated.readSheets([CHANGE_SHEET]);
  expect(list!.values.some((r) => typeof r[0] === 'string' && r[0].startsWith('校验结果对照（报送稿 → 返回稿）'))).toBe(true);
  expect(list!.values.some((r) => r[0] === '新出现' && r[2] === '20805')).toBe(true);
  const fill = annotated.workbook.getWorksheet(USER_FILL.sheet)!.getCell(USER_FILL.cell).fill as { fgColor?: { argb?: string } };
  expect(fill.fgColor?.argb).toBe(`FF${CHANGE_COLORS.changed.slice(1)}`);
  // Only the changed cells are coloured: the cell beside F13 keeps no fill.
  const beside = annotated.workbook.getWorksheet(USER_FILL.sheet)!.getCell('F14').fill as { pattern?: string } | undefined;
  expect(beside === undefined || beside.pattern === 'none').toBe(true);
});

test('usage errors exit 2', async () => {
  const c = capture();
  expect(await runCli(['compare', submittedFile], c.io)).toBe(2);
  expect(c.err[0]).toContain('budget compare SUBMITTED.xlsx RETURNED.xlsx');
});
