import { buildNarrativeSheet, narrativeFromText, readNarrativeSheet } from '../../src/domain/narrative/buildNarrativeSheet';
import { checkNarrativeText } from '../../src/domain/narrative/checkNarrativeText';
import type { NarrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { narrative2020, narrative2024, seedParagraphs } from './support';

// The text-to-table check: a 编制说明 (pasted or on a sheet) against the workbook's figures.

const SEED_2024 = '004_68c49af72df8697e.txt';
let r24: NarrativeFromSheets;
let published2024: string;
beforeAll(async () => {
  r24 = await narrative2024();
  published2024 = [
    ...seedParagraphs(SEED_2024, '2024年部门预算编制说明', '2024年部门财务收支预算总表'),
    ...seedParagraphs(SEED_2024, '\n其他相关情况说明\n', '职业培训基础能力建设资助项目经费情况说明'),
  ].join('\n');
});

const check = (text: string) => checkNarrativeText(narrativeFromText(text), r24.facts!);

test('the published 2024 text agrees with the workbook: nothing reported', () => {
  expect(check(published2024)).toEqual([]);
});

test('the published 2020 text agrees with the 2020 workbook, stray full stop and all', async () => {
  const r20 = await narrative2020();
  const text = [
    ...seedParagraphs('000_07a5929564726e7a.txt', '2020年部门预算编制说明', '单位：元'),
    ...seedParagraphs('000_07a5929564726e7a.txt', '其他相关情况说明', '社会保险服务费项目经费情况说明'),
  ].join('\n');
  expect(text).toContain('公务接待费173.90万元。比2019年预算减少3万元，主要原因是厉行节约。');
  expect(checkNarrativeText(narrativeFromText(text), r20.facts!)).toEqual([]);
});

test.each<[string, string, string, string]>([
  [
    'a 类 figure off by one',
    '“教育支出”科目50,179万元',
    '“教育支出”科目50,180万元',
    '第 5 段：“教育支出（205）”写作50,180万元，按表应为50,179万元（5 一般公共预算支出功能分类!E6）',
  ],
  [
    'a 三公 item',
    '（三）公务接待费159.89万元',
    '（三）公务接待费159.98万元',
    '第 14 段：“公务接待费”写作159.98万元，按表应为159.89万元（9 三公经费和机关运行经费!C6）',
  ],
  [
    'a 说明素材 figure',
    '政府采购工程预算1,437.81万元',
    '政府采购工程预算1,473.81万元',
    '第 18 段：“政府采购工程预算”写作1,473.81万元，按表应为1,437.81万元（说明素材!B20）',
  ],
  [
    'a comparison amount',
    '财政拨款收入250,203万元，比2023年预算增加2,372万元',
    '财政拨款收入250,203万元，比2023年预算增加2,327万元',
    '第 2 段：“财政拨款收入”写作“比2023年预算增加2,327万元”，按本年数和上年数应为“比2023年预算增加2,372万元”',
  ],
  [
    'a comparison direction',
    '公务用车运行费300.40万元，比2023年预算减少3.50万元',
    '公务用车运行费300.40万元，比2023年预算增加3.50万元',
    '第 13 段：“公务用车运行费”写作“比2023年预算增加3.50万元”，按本年数和上年数应为“比2023年预算减少3.50万元”',
  ],
  [
    '持平 that is not',
    '（一）因公出国（境）费534.30万元，与2023年预算持平',
    '（一）因公出国（境）费543.30万元，与2023年预算持平',
    '第 12 段：“因公出国（境）费”写作543.30万元，按表应为534.30万元（9 三公经费和机关运行经费!B6）',
  ],
  [
    'a count from the 说明素材 sheet',
    '共有车辆91辆',
    '共有车辆92辆',
    '第 23 段：“车辆总数”写作共有车辆92辆，说明素材中为91（说明素材!B49）',
  ],
])('%s is reported with the figure the tables give', (_what, from, to, message) => {
  expect(published2024).toContain(from);
  const findings = check(published2024.replace(from, to));
  expect(findings.map((f) => f.message)).toEqual([message]);
  expect(findings[0]!.severity).toBe('error');
});

test('a change in the 三公 section without a reason is a warning', () => {
  const text = published2024.replace('，主要原因是公务用车运行费预算减少', '');
  const findings = check(text);
  expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
    ['narrative-check/missing-reason', 'warning', '第 13 段：“公务用车运行费”比2023年预算减少3.50万元，未说明原因（应写“主要原因是……”）'],
  ]);
});

test('a comparison where no last-year figure is known cannot be checked (提示)', () => {
  const findings = check(published2024.replace('其他收入3,363万元。', '其他收入3,363万元，比2023年预算增加100万元。'));
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([['narrative-check/no-previous', 'info']]);
});

test('a 类 the tables do not have, and a figure nothing claims', () => {
  const line4 = published2024.split('\n').find((l) => l.startsWith('4. “住房保障支出”'))!;
  const text = published2024.replace(line4, `${line4}\n5. “农林水支出”科目100万元，主要用于农业。\n另安排专项资金500万元。`);
  const findings = check(text);
  expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
    ['narrative-check/unknown-line', 'warning', '第 9 段：“农林水支出”科目在本年财政拨款支出中找不到，其金额未核对'],
    ['narrative-check/unrecognised', 'info', '第 10 段：“另安排专项资金500万元”中的500万元对应不到表中的数，未核对'],
  ]);
});

test('项目 lists: the numbered items must add up to the project figure', () => {
  const project = [
    '职业培训基础能力建设资助项目经费情况说明',
    '2024年该项目预算8600万元。其中：',
    '1. 社会化技能评价项目开发45万元；',
    '2. 世界技能大赛本市集训基地资助经费6362万元；',
    '3. 全国技能大赛上海市选拔赛1519万元；',
    '4. 上海市专项职业技能大赛240万元；',
    '5. 全国性技能大赛集训及参赛369万元；',
    '6. 职业技能竞赛工作经费65万元。',
  ].join('\n');
  expect(check(project)).toEqual([]);
  const off = check(project.replace('45万元', '54万元'));
  expect(off.map((f) => f.message)).toEqual(['第 2 段：项目预算8600万元，所列明细合计8,609万元，两者不相等']);
  // Pasted as one line, the same.
  expect(check(project.replace(/\n(?=\d\. )/g, '')).length).toBe(0);
});

test('on a sheet: findings name the sheet and the cell of the paragraph', async () => {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [buildNarrativeSheet(r24.paragraphs)] }, 'fail');
  const ws = wb.workbook.getWorksheet('编制说明')!;
  const before = readNarrativeSheet((await wb.readSheets())[0]!);
  expect(checkNarrativeText(before, r24.facts!)).toEqual([]);
  const line = before.paragraphs.find((p) => p.text.startsWith('2. “社会保障和就业支出”'))!;
  ws.getCell(line.cell!).value = line.text.replace('178,706', '182,069');
  const findings = checkNarrativeText(readNarrativeSheet((await wb.readSheets())[0]!), r24.facts!);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    sheet: '编制说明',
    cell: line.cell,
    rule: 'narrative-check/figure-mismatch',
    expected: 178_705_659_100,
    actual: 182_069_000_000,
  });
  expect(findings[0]!.message).toMatch(
    /^工作表“编制说明”A\d+：“社会保障和就业支出（208）”写作182,069万元，按表应为178,706万元（5 一般公共预算支出功能分类!E9）$/,
  );
});

test('other ways of saying it: "比上年", "增长", "下降"', () => {
  const text = published2024
    .replace('财政拨款收入250,203万元，比2023年预算增加2,372万元', '财政拨款收入250,203万元，比上年增长2,372万元')
    .replace('公务用车运行费300.40万元，比2023年预算减少3.50万元', '公务用车运行费300.40万元，较上年预算下降3.50万元')
    .replace('（三）公务接待费159.89万元，与2023年预算持平', '（三）公务接待费159.89万元，比上年预算增长1.00万元，主要原因是会议增加');
  expect(check(text).map((f) => f.message)).toEqual([
    '第 14 段：“公务接待费”写作“比上年预算增长1.00万元”，按本年数和上年数应为“与上年预算持平”',
  ]);
});
