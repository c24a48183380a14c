import { readFileSync } from 'node:fs';
import type { Project } from '../../src/domain/projects/project';
import { budgetParagraph, budgetParagraphLines, formatWanAmount, projectSection } from '../../src/domain/projects/projectNarrative';
import { loadProjectSeed, SEED_000, SEED_004 } from './support';

// The 年度预算安排 paragraphs generated from the sub-items equal the published text of seed 004
// section 七, line for line. The paragraphs are read from the seed text itself (not from the JSON
// transcription), after dropping the "- " bullets the PDF-to-text conversion added.

const seed = loadProjectSeed('sh-hrss-2024-projects.json');
const text004 = readFileSync(SEED_004, 'utf8')
  .split('\n')
  .map((l) => l.trim());
const headings = new Set(seed.entries.map((e) => e.heading ?? `${e.project.name}项目经费情况说明`));

/** The printed 六、年度预算安排 lines of the k-th project titled `heading` (null when the text has none). */
function printedParagraph(heading: string, occurrence: number): string[] | null {
  let seen = -1;
  let start = -1;
  for (let i = 0; i < text004.length; i++) if (text004[i] === heading && ++seen === occurrence) start = i;
  if (start < 0) throw new Error(`seed 004 中找不到标题 ${heading}`);
  const lines: string[] = [];
  let inBudget = false;
  for (let i = start + 1; i < text004.length; i++) {
    const l = text004[i]!;
    if (headings.has(l)) break;
    if (l === '六、年度预算安排') {
      inBudget = true;
      continue;
    }
    if (!inBudget || l === '') continue;
    if (/^[一二三四五六七]、/.test(l)) break;
    lines.push(l.replace(/^- /, ''));
  }
  return inBudget ? lines : null;
}

const occurrences = new Map<string, number>();
const all = seed.entries.map((e) => {
  const heading = e.heading ?? `${e.project.name}项目经费情况说明`;
  const k = occurrences.get(heading) ?? 0;
  occurrences.set(heading, k + 1);
  return { entry: e, printed: printedParagraph(heading, k) };
});
const budgetGap = (gaps: readonly string[] | undefined) => (gaps ?? []).some((g) => g.includes('年度预算安排'));
const golden = all.filter((x) => x.printed !== null && !budgetGap(x.entry.gaps));

test('17 of the 25 projects have a complete printed 年度预算安排 to compare with', () => {
  expect(golden).toHaveLength(17);
  // The others, and why (recorded in the seed's gaps):
  expect(all.filter((x) => !golden.includes(x)).map((x) => x.entry.project.name)).toEqual([
    '人事考试考务费用',
    '社会保险服务费',
    '人才大厦运行维护经费',
    '人才公寓运行维护经费',
    '人事人才公共服务工作经费',
    '上海世界技能博物馆专项经费',
    '刊物编辑出版费',
    '海外人才工作经费',
  ]);
});

test.each(golden.map((x, i) => [`${i + 1} ${x.entry.project.name}`, x] as const))(
  '%s: generated = printed',
  (_label, { entry, printed }) => {
    expect(budgetParagraphLines(entry.project, 2024, entry.narrativeStyle ?? {})).toEqual(printed);
  },
);

test('the JSON transcription of every 年度预算安排 is the seed text', () => {
  for (const { entry, printed } of all)
    expect([entry.project.name, entry.printedBudgetText ?? null]).toEqual([entry.project.name, printed?.join('\n') ?? null]);
});

test('house styles: the default, thousands, fixed decimals, "1、…，预算…", "共计", lead variants', () => {
  const byName = (name: string, nth = 0) => golden.filter((x) => x.entry.project.name === name)[nth]!;
  expect(budgetParagraph(byName('职业培训基础能力建设资助').entry.project, 2024)).toBe(
    [
      '2024年该项目预算8600万元。其中：',
      '1. 社会化技能评价项目开发45万元；',
      '2. 世界技能大赛本市集训基地资助经费6362万元；',
      '3. 全国技能大赛上海市选拔赛1519万元；',
      '4. 上海市专项职业技能大赛240万元；',
      '5. 全国性技能大赛集训及参赛369万元；',
      '6. 职业技能竞赛工作经费65万元。',
    ].join('\n'),
  );
  expect(byName('职业培训基础能力建设资助', 1).entry.narrativeStyle).toEqual({
    numbering: '1、',
    item: '{name}，预算{amount}',
    terminator: '；',
  });
  expect(byName('会计专项考试费用').printed![0]).toBe('2024年该项目预算1752.10万元。其中：');
  expect(byName('办公用房修缮及装修经费').printed![1]).toBe('1. 办公房及附属设施维修1,334.52万元；');
  expect(byName('劳动监察专用设备购置项目').printed).toEqual(['2024年度该项目预算38万元']);
  expect(byName('12333热线咨询平台').printed![0]).toBe(
    '2024年该项目预算7,398.50万元，租赁270个座席，面向社会实行365天24小时提供人力资源和社会保障咨询、办事指南、信息查询、投诉举报等服务。其中：',
  );
});

test('seed 000 (2020): 社会保险服务费 from its 项目资金投入构成 in 元, rounded to 万元 with two decimals', () => {
  const text000 = readFileSync(SEED_000, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const start = text000.indexOf('2020年该项目预算1,708.81万元。其中：');
  const printed = text000.slice(start, start + 8);
  // Sub-items as listed in the 2020 目标表's 项目资金投入构成 (seed 000), in the paragraph's order.
  const project: Project = {
    name: '社会保险服务费',
    budget: 1_708_812_100,
    subItems: [
      { name: '养老金发放邮资费', amount: 814_093_500 },
      { name: '资格认证费', amount: 49_219_200 },
      { name: '养老金上门送发费', amount: 7_699_400 },
      { name: '监督员费用', amount: 55_720_000 },
      { name: '社区工作人员培训', amount: 400_000_000 },
      { name: '居保业务工作培训', amount: 9_120_000 },
      { name: '保安费', amount: 372_960_000 },
    ],
    indicators: [],
  };
  expect(budgetParagraphLines(project, 2020, { decimals: 'wholeOrFixed2', thousands: true })).toEqual(printed);
});

test('amount formats round the Excel way', () => {
  expect(formatWanAmount(8_600_000_000, { decimals: 'trim', thousands: false })).toBe('8600万元');
  expect(formatWanAmount(1_480_700_000, { decimals: 'trim', thousands: true })).toBe('1,480.7万元');
  expect(formatWanAmount(1_752_100_000, { decimals: 'fixed2', thousands: false })).toBe('1752.10万元');
  expect(formatWanAmount(7_699_400, { decimals: 'wholeOrFixed2', thousands: false })).toBe('7.70万元');
  expect(formatWanAmount(5_000, { decimals: 'trim', thousands: false })).toBe('0.01万元'); // 0.005 万元 rounds half away from zero
  expect(formatWanAmount(4_999, { decimals: 'trim', thousands: false })).toBe('0万元');
});

test('no 当年预算 → no paragraph; the whole section lists the parts present', () => {
  const dasha = all.find((x) => x.entry.project.name === '人才大厦运行维护经费')!.entry.project;
  expect(budgetParagraph(dasha, 2024)).toBeNull();
  const section = projectSection(golden[0]!.entry.project, 2024);
  expect(section.split('\n').filter((l) => /^[一二三四五六七]、/.test(l))).toEqual([
    '一、项目概述',
    '二、立项依据',
    '三、实施主体',
    '四、实施方案',
    '五、实施周期',
    '六、年度预算安排',
    '七、绩效目标',
  ]);
  expect(section.startsWith('职业培训基础能力建设资助项目经费情况说明\n一、项目概述\n社会化技能评价项目开发')).toBe(true);
});
