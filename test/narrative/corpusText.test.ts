import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { narrativeFromText } from '../../src/domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck, type NarrativeTextCheck } from '../../src/domain/narrative/checkNarrativeText';
import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';

// The 编制说明 of each corpus document (test/fixtures/corpus/shanghai, the published text as
// extracted) checked against its own tables (the transcribed workbook beside it). Every figure
// checked is listed; the misstatements asserted were found by hand first, each with its text line.

const DIR = join(__dirname, '..', 'fixtures', 'corpus', 'shanghai');

async function check(doc: string, previous?: string, edit: (text: string) => string = (t) => t): Promise<NarrativeTextCheck> {
  const sheets = await (await openXlsx(join(DIR, `${doc}.xlsx`))).readSheets();
  const previousSheets = previous ? await (await openXlsx(join(DIR, `${previous}.xlsx`))).readSheets() : undefined;
  const r = narrativeFromSheets({ sheets, ...(previousSheets ? { previousSheets } : {}) });
  if (!r.facts) throw new Error(`${doc}: no facts`);
  return narrativeTextCheck(narrativeFromText(edit(readFileSync(join(DIR, `${doc}.txt`), 'utf8'))), r.facts);
}

const count = (c: NarrativeTextCheck, rule: string, verdict?: string) =>
  c.figures.filter((f) => f.rule === rule && (verdict === undefined || f.verdict === verdict)).length;
const notOk = (c: NarrativeTextCheck) => c.figures.filter((f) => f.verdict !== 'ok' && f.table !== null).map((f) => [f.verdict, f.text]);
const messages = (c: NarrativeTextCheck) => c.findings.map((f) => `${f.severity} ${f.message}`);

test('2024 普陀区万里街道: 33 项 lines with rates against 2023 执行数; one real misstatement (line 31)', async () => {
  const c = await check('2024_普陀区万里街道办事处_部门预算');
  // Every line of the 项-level list is read and equals its row, and so do the totals and 三公.
  expect(count(c, 'narrative-check/list-lines')).toBe(33 + 33 + 33); // the figure, "2024年预算安排…", the 2023 执行数
  expect(count(c, 'narrative-check/budget-figures')).toBe(10);
  expect(count(c, 'narrative-check/budget-figures', 'ok')).toBe(10);
  // The six 三公 figures and 机关运行经费 443.18, read from the column headed "2024年机关运行经费预算数".
  expect(count(c, 'narrative-check/sangong-figures', 'ok')).toBe(7);
  // The 33 changes against 执行数 (28 rates, 5 持平) worked from the text's own figures: all right (one is from 0, a 提示).
  expect(c.figures.filter((f) => f.rule === 'narrative-check/comparisons' && f.text.includes('执行数')).map((f) => f.verdict)).toEqual([
    ...new Array<string>(8).fill('ok'),
    'info',
    ...new Array<string>(24).fill('ok'),
  ]);
  // Text line 176: "2024年预算安排352.67万元" for 住房公积金, which the line itself and the table give as 350.35.
  expect(notOk(c)).toEqual([
    ['info', '比2023年预算执行数增加100.00%'],
    ['error', '2024年预算安排352.67万元'],
  ]);
  expect(messages(c)).toEqual([
    'info 第 62 段：“其他教育支出（2059999）”上年为 0，“比2023年预算执行数增加100.00%”的增减率无从计算，请核对写法',
    'error 第 84 段：“住房公积金（2210201）”写作352.67万元，按表应为350.35万元（部门一般公共预算拨款表!E83）',
    'info 编制说明中有 44 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对',
  ]);
});

test('2024 普陀区万里街道 with its 机关运行经费 misstated (443.18 → 453.18, text line 805): an error at the 三公 table’s G7', async () => {
  const c = await check('2024_普陀区万里街道办事处_部门预算', undefined, (t) =>
    t.replace('机关运行经费预算为443.18万元', '机关运行经费预算为453.18万元'),
  );
  expect(messages(c).filter((m) => m.startsWith('error'))).toEqual([
    'error 第 84 段：“住房公积金（2210201）”写作352.67万元，按表应为350.35万元（部门一般公共预算拨款表!E83）',
    'error 第 401 段：“机关运行经费”写作453.18万元，按表应为443.18万元（部门“三公”经费和机关运行费预算表!G7）',
  ]);
});

test('2025 普陀区万里街道 against its 2024 workbook: every comparison verified; line 21 misnames its 款 (text line 120)', async () => {
  const c = await check('2025_普陀区万里街道办事处_部门预算', '2024_普陀区万里街道办事处_部门预算');
  expect(count(c, 'narrative-check/list-lines')).toBe(33);
  expect(count(c, 'narrative-check/list-lines', 'ok')).toBe(32);
  expect(count(c, 'narrative-check/budget-figures', 'ok')).toBe(10);
  expect(count(c, 'narrative-check/sangong-figures', 'ok')).toBe(7);
  // 财政拨款收入 +3,355.65 (the difference of the printed 18,976.76 and 15,621.11), the 三公 −10 and 持平 ….
  const cmp = c.figures.filter((f) => f.rule === 'narrative-check/comparisons');
  expect(cmp.length).toBe(11);
  expect(cmp.every((f) => f.verdict === 'ok')).toBe(true);
  expect(notOk(c)).toEqual([['warning', '21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元']]);
  expect(messages(c)).toEqual([
    'warning 第 74 段：科目写作“卫生健康支出-卫生健康支出-计划生育事务”，与表中科目“卫生健康支出-计划生育事务（21007）”不符，金额按该科目核对',
  ]);
});

test.each([
  ['2025_普陀区人民政府办公室_部门预算', 12],
  ['2025_普陀区人民政府办公室_单位预算', 12],
])('%s: the 项 list joined with "-" (%i lines), totals and 三公 all agree; no 上年数, one 提示', async (doc, lines) => {
  const c = await check(doc);
  expect(count(c, 'narrative-check/list-lines')).toBe(lines);
  expect(count(c, 'narrative-check/list-lines', 'ok')).toBe(lines);
  expect(count(c, 'narrative-check/budget-figures', 'ok')).toBe(10);
  expect(count(c, 'narrative-check/sangong-figures', 'ok')).toBe(7);
  expect(notOk(c)).toEqual([]);
  expect(messages(c)).toEqual(['info 编制说明中有 11 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对']);
});

test('2025 上海市财政局: the 类 list in whole 万元 and "为0" figures agree; no 上年数, one 提示', async () => {
  const c = await check('2025_上海市财政局_单位预算');
  expect(count(c, 'narrative-check/list-lines', 'ok')).toBe(4);
  expect(count(c, 'narrative-check/list-lines')).toBe(4);
  expect(c.figures.filter((f) => f.text.endsWith('为0')).map((f) => f.verdict)).toEqual(['ok', 'ok']);
  expect(count(c, 'narrative-check/sangong-figures', 'ok')).toBe(7);
  expect(notOk(c)).toEqual([]);
  expect(messages(c)).toEqual(['info 编制说明中有 9 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对']);
});
