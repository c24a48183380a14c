import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { narrativeFromText } from '../../src/domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck } from '../../src/domain/narrative/checkNarrativeText';
import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';
import { zxSnapshots } from './support';

// The 部门预算情况说明 of each 江苏 2019 corpus document (the published text as pdftotext laid it
// out) checked against its own tables (the transcribed workbook). Before, the text check read none
// of it: its part is headed "部门预算情况说明", not "编制说明". Now these are checked: the 收支总计
// and 本年合计, the 收入 by source, the 支出用途 (基本支出, 项目支出, 单位预留机动经费), the 财政拨款
// and 一般公共预算 totals and 基本支出, the 类 of the 支出预算总计, every 科目 line of part 五, the
// 三公 figures, 会议费, 培训费, 机关运行经费 and 政府采购 (the edition's data names which of its figures
// the text quotes), and the same totals as its 收入预算 and 支出预算 parts restate them (本年收入预算合计,
// 一般公共预算收入 … 结转下年资金), the 财政拨款收、支总预算, and the 人员经费 and 公用经费 of each 基本支出
// (its 301 and 303, and the other 类, summed from the 经济科目 table). The rest (comparisons with last
// year without a 上年数, figures no table holds) is listed as not checked.

const DIR = join(__dirname, '..', 'fixtures', 'corpus', 'jiangsu');

async function check(workbook: string, text: string) {
  const sheets = await (await openXlsx(join(DIR, `${workbook}.xlsx`))).readSheets();
  const { facts } = narrativeFromSheets({ sheets });
  if (!facts) throw new Error(`${workbook}: no facts`);
  return narrativeTextCheck(narrativeFromText(readFileSync(join(DIR, `${text}.txt`), 'utf8')), facts);
}

test.each([
  ['2019_中共江苏省委办公厅', '2019_江苏省委办公厅_江苏省委办公厅2019年度部门预算公开文件', 52, 7, []],
  ['2019_江苏省人大常委会办公厅', '2019_江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开', 64, 14, []],
  [
    '2019_江苏省人民检察院',
    '2019_江苏省人民检察院_2019年度部门预算公开',
    47,
    10,
    // The text names the two 项 short of their official names (2080505, 2080506); the figures agree.
    [
      'warning 第 305 段：科目写作“行政事业单位离退休-机关事业单位基本养老保险费”，与表中科目“社会保障和就业支出-行政事业单位离退休-机关事业单位基本养老保险缴费支出（2080505）”不符，金额按该科目核对',
      'warning 第 306 段：科目写作“行政事业单位离退休-机关事业单位职业年金”，与表中科目“社会保障和就业支出-行政事业单位离退休-机关事业单位职业年金缴费支出（2080506）”不符，金额按该科目核对',
    ],
  ],
  ['2019_江苏省政协办公厅', '2019_江苏省政协办公厅_江苏省政协办公厅2019年度部门预算', 60, 10, []],
] as const)(
  '%s: the 情况说明 against its tables: its totals and 科目 lines agree; no error',
  async (workbook, text, verified, lines, notes) => {
    const c = await check(workbook, text);
    expect(c.figures.filter((f) => f.verdict === 'ok' && f.table !== null).length).toBe(verified);
    expect(c.figures.filter((f) => f.rule === 'narrative-check/list-lines' && f.verdict !== 'info').length).toBe(lines);
    expect(c.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`)).toEqual(notes);
    // Every 项 the tables give is found in the text's list (no "未列出").
    expect(c.findings.filter((f) => f.message.includes('未列出'))).toEqual([]);
  },
);

test('the 编制说明 generated from a 江苏 workbook states its 支出合计 as the 支出预算; no finding names an internal key', () => {
  const { paragraphs, findings } = narrativeFromSheets({ sheets: zxSnapshots() });
  expect(paragraphs.map((p) => p.text).find((t) => t.includes('预算支出总额'))).toMatch(
    /^2019年，江苏省政协办公厅预算支出总额为13,377万元，其中：财政拨款支出预算13,297万元。/,
  );
  expect(findings.filter((f) => f.rule === 'narrative/missing-figure')).toEqual([]);
  // Every name shown to the officer is Chinese: "expenditure.total" and the like never reach a message.
  expect(findings.map((f) => f.message).filter((m) => /[a-z]+\.[a-zA-Z]+/.test(m))).toEqual([]);
});
