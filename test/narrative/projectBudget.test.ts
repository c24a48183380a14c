import { wanToFen } from '../../src/domain/money';
import { projectBudgetParagraphs, projectBudgetText } from '../../src/domain/narrative/projectBudgetText';
import { WORDING_2024 } from '../../src/domain/narrative/wording2024';

// 项目经费情况说明 "六、年度预算安排", as seed 004 prints 职业培训基础能力建设资助.

const TRAINING = {
  name: '职业培训基础能力建设资助',
  year: 2024,
  total: wanToFen(8600),
  subItems: [
    { name: '社会化技能评价项目开发', amountFen: wanToFen(45) },
    { name: '世界技能大赛本市集训基地资助经费', amountFen: wanToFen(6362) },
    { name: '全国技能大赛上海市选拔赛', amountFen: wanToFen(1519) },
    { name: '上海市专项职业技能大赛', amountFen: wanToFen(240) },
    { name: '全国性技能大赛集训及参赛', amountFen: wanToFen(369) },
    { name: '职业技能竞赛工作经费', amountFen: wanToFen(65) },
  ],
};

test('the seed 004 list, line for line', () => {
  const t = projectBudgetText(TRAINING);
  expect(t.lines).toEqual([
    '2024年该项目预算8600万元。其中：',
    '1. 社会化技能评价项目开发45万元；',
    '2. 世界技能大赛本市集训基地资助经费6362万元；',
    '3. 全国技能大赛上海市选拔赛1519万元；',
    '4. 上海市专项职业技能大赛240万元；',
    '5. 全国性技能大赛集训及参赛369万元；',
    '6. 职业技能竞赛工作经费65万元。',
  ]);
  expect(t.text.startsWith('2024年该项目预算8600万元。其中：1. 社会化技能评价项目开发45万元；2. ')).toBe(true);
  expect(t.findings).toEqual([]);
});

test.each<[string, Parameters<typeof projectBudgetText>[0], string[]]>([
  ['no sub-items', { name: '调解仲裁业务经费', year: 2024, total: wanToFen(15), subItems: [] }, ['2024年该项目预算15万元。']],
  ['decimals kept, trailing zeros dropped', { name: '公务员知识更新', year: 2024, total: wanToFen('168.96'), subItems: [
    { name: '公务员在职、专门业务培训', amountFen: wanToFen('73.96') }, { name: '课程开发及课件制作', amountFen: wanToFen(95) },
  ] }, ['2024年该项目预算168.96万元。其中：', '1. 公务员在职、专门业务培训73.96万元；', '2. 课程开发及课件制作95万元。']],
  ['2020 edition: separators', { name: '社会保险服务费', year: 2020, total: wanToFen('1708.81'), subItems: [
    { name: '养老金发放邮资费', amountFen: wanToFen('814.09') }, { name: '社区工作人员培训', amountFen: wanToFen('894.72') },
  ] }, ['2020年该项目预算1,708.81万元。其中：', '1. 养老金发放邮资费814.09万元；', '2. 社区工作人员培训894.72万元。']],
])('%s', (_what, project, lines) => {
  expect(projectBudgetText(project).lines).toEqual(lines);
});

test('items that do not add up to the project are a warning; rounding alone is a 提示', () => {
  const off = projectBudgetText({ ...TRAINING, total: wanToFen(8700) });
  expect(off.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
    ['narrative/project-items-mismatch', 'warning', '项目“职业培训基础能力建设资助”各明细之和8600万元与项目预算8700万元不相等，请核对'],
  ]);
  const rounding = projectBudgetText({
    name: '示例', year: 2024, total: 30_000,
    subItems: [{ name: '甲', amountFen: 10_000 }, { name: '乙', amountFen: 10_000 }, { name: '丙', amountFen: 10_000 }],
  }, { ...WORDING_2024.projectBudget });
  // 0.01万元 each: 0.03 in all, printed the same; no 提示.
  expect(rounding.findings).toEqual([]);
  const tail = projectBudgetText({
    name: '示例', year: 2024, total: 15_000,
    subItems: [{ name: '甲', amountFen: 5_000 }, { name: '乙', amountFen: 5_000 }, { name: '丙', amountFen: 5_000 }],
  });
  expect(tail.lines).toEqual(['2024年该项目预算0.02万元。其中：', '1. 甲0.01万元；', '2. 乙0.01万元；', '3. 丙0.01万元。']);
  expect(tail.findings.map((f) => [f.rule, f.severity])).toEqual([['narrative/project-rounding', 'info']]);
});

test('paragraphs for the sheet or .docx; bad input is misuse and names the project', () => {
  const { paragraphs } = projectBudgetParagraphs([TRAINING]);
  expect(paragraphs.slice(0, 3).map((p) => [p.kind, p.text])).toEqual([
    ['title', '职业培训基础能力建设资助项目经费情况说明'], ['heading', '年度预算安排'], ['body', '2024年该项目预算8600万元。其中：'],
  ]);
  expect(() => projectBudgetText({ ...TRAINING, total: -1 })).toThrow(/total.*职业培训基础能力建设资助/);
});
