import { readFileSync } from 'node:fs';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { buildPerformanceTargetSheet } from '../../src/domain/projects/buildPerformanceTargetSheet';
import { buildProjectExplanationSheet } from '../../src/domain/projects/buildProjectExplanationSheet';
import { buildProjectSheets } from '../../src/domain/projects/buildProjectSheets';
import { checkProjects } from '../../src/domain/projects/checkProjects';
import type { Project } from '../../src/domain/projects/project';
import type { ProjectRecord } from '../../src/domain/projects/projectRecord';
import { classifiedTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { loadProjectSeed } from './support';

// Errors planted into written workbooks, the way officers make them (a typed-over SUM, a cleared
// target, a retyped label …), are found at the cell they were planted in, with the catalog's words.

const seed2020 = loadProjectSeed('sh-hrss-2020-performance.json');
const seed2024 = loadProjectSeed('sh-hrss-2024-projects.json');
const SHEET = '项目支出绩效目标表';

const archive: Project = {
  ...seed2020.entries[0]!.project,
  subItems: [
    { name: '影像加工流水线维护', amount: 400_000_000 },
    { name: '社会专业档案库房租赁', amount: 515_327_800 },
    { name: '档案运输', amount: 100_000_000 },
  ],
};
const landPension: Project = {
  ...seed2020.entries[4]!.project,
  subItems: [
    { name: '征地养老人员生活费', amount: 1_500_000_000 },
    { name: '征地养老人员医疗费', amount: 100_000_000 },
  ],
};

async function workbookWith(projects: Project[]): Promise<{ wb: XlsxWorkbook; records: ProjectRecord[] }> {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: [buildPerformanceTargetSheet({ year: 2020, department: seed2020.department, projects }).sheet] }, 'fail');
  const clean = checkProjects(await wb.readSheets());
  expect(clean.findings).toEqual([]);
  return { wb, records: clean.records };
}

const located = (fs: ReturnType<typeof checkProjects>['findings']) => fs.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.message]);

test('the seeds themselves check clean (2020 目标表: no findings)', async () => {
  await workbookWith(seed2020.entries.map((e) => e.project));
});

test('planted errors are found at the planted cell with the catalog message', async () => {
  const { wb, records } = await workbookWith([archive, landPension]);
  const ws = wb.workbook.getWorksheet(SHEET)!;
  const [a, b] = records.map((r) => r.cells!);
  const ind = (label: string) => archive.indicators.findIndex((i) => i.level3 === label);
  const set = (addr: string, v: string | number | null) => (ws.getCell(addr).value = v);

  // A: the SUM typed over with a constant and one sub-item changed
  set(a!.fields.budget!, 10_153_278);
  set(a!.subItems[2]!.amount, 1_200_000);
  set(a!.indicators[ind('财务管理制度健全性')]!.target, null); // target cleared
  set(a!.indicators[ind('数字化加工流水线完成量')]!.level1, '产出效果'); // 一级 retyped (merged over the 产出 rows)
  set(a!.indicators[ind('档案资料数字化程度')]!.level2, '时间'); // fine: 产出 is no longer recognised for these rows
  set(a!.indicators[ind('预算执行率')]!.target, '100%'); // comparator missing
  set(a!.indicators[ind('资金使用规范性')]!.target, '≥95'); // unit missing
  set(a!.fields.startDate!, '2019-12-01'); // outside the year
  set(a!.fields.endDate!, '2020-13-01'); // not a date
  set(a!.fields.previousExecuted!, 3_500_000); // 执行数 > 预算额, no 备注
  // B: the SUM range misses the last sub-item, a wrong 产出 二级, dates reversed, a bad amount, 当年 > 总预算
  const bRows = b!.subItems.map((s) => s.row);
  set(b!.fields.budget!, null);
  ws.getCell(b!.fields.budget!).value = { formula: `SUM(D${bRows[0]}:D${bRows[0]})` };
  set(b!.indicators[landPension.indicators.findIndex((i) => i.level2 === '质量')]!.level2, '品质');
  set(b!.fields.startDate!, '2020-12-31');
  set(b!.fields.endDate!, '2020-01-01');
  set(b!.fields.totalBudget!, '一千六百万');
  set(b!.fields.previousBudget!, 1_000);

  const { findings } = checkProjects(await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets());
  expect(located(findings)).toEqual([
    [
      'projects/read-bad-date',
      `${SHEET}!${a!.fields.endDate}`,
      `工作表“${SHEET}”${a!.fields.endDate} 单元格：项目“社保档案资料管理费”的日期“2020-13-01”无法识别，应写作 YYYY-MM-DD`,
    ],
    [
      'read/bad-amount',
      `${SHEET}!${b!.fields.totalBudget}`,
      `工作表“${SHEET}”${b!.fields.totalBudget} 单元格的金额“一千六百万”无法识别为数字`,
    ],
    [
      'projects/sub-items-sum',
      `${SHEET}!${a!.fields.budget}`,
      '项目“社保档案资料管理费”当年预算 10,153,278 元与子项目金额合计 10,353,278 元不符，相差 200,000 元；当年预算是手填数，建议改为对子项目金额求和的公式',
    ],
    [
      'projects/sub-items-sum',
      `${SHEET}!${b!.fields.budget}`,
      `项目“征地养老人员费用”当年预算 15,000,000 元与子项目金额合计 16,000,000 元不符，相差 1,000,000 元；当年预算公式 =SUM(D${bRows[0]}:D${bRows[0]}) 未包含第 ${bRows[1]} 行的子项目`,
    ],
    [
      'projects/previous-overrun',
      `${SHEET}!${a!.fields.previousExecuted}`,
      '项目“社保档案资料管理费”同名项目上年预算执行数 3,500,000 元高于上年预算额 3,379,848 元（超出 120,152 元），备注中未作说明',
    ],
    [
      'projects/previous-overrun',
      `${SHEET}!${b!.fields.previousExecuted}`,
      '项目“征地养老人员费用”同名项目上年预算执行数 16,000,000 元高于上年预算额 1,000 元（超出 15,999,000 元），备注中未作说明',
    ],
    [
      'projects/date-order',
      `${SHEET}!${b!.fields.startDate}`,
      '项目“征地养老人员费用”的计划开始日期 2020-12-31 晚于计划完成日期 2020-01-01',
    ],
    [
      'projects/date-outside-year',
      `${SHEET}!${a!.fields.startDate}`,
      '项目“社保档案资料管理费”的计划开始日期 2019-12-01 不在预算年度 2020 年内',
    ],
    [
      'projects/indicator-level1',
      `${SHEET}!${a!.indicators[ind('数字化加工流水线完成量')]!.level1}`,
      '项目“社保档案资料管理费”的一级指标“产出效果”不在标准指标体系内（应为投入与管理、产出、效果（效益）、满意度、影响力、成本（可带“目标”或“指标”字样））',
    ],
    [
      'projects/output-level2',
      `${SHEET}!${b!.indicators[landPension.indicators.findIndex((i) => i.level2 === '质量')]!.level2}`,
      '项目“征地养老人员费用”产出指标下的二级指标“品质”不规范，应为数量、质量、时效、成本之一',
    ],
    [
      'projects/target-missing',
      `${SHEET}!${a!.indicators[ind('财务管理制度健全性')]!.target}`,
      '项目“社保档案资料管理费”的三级指标“财务管理制度健全性”未填指标目标值',
    ],
    [
      'projects/target-comparator',
      `${SHEET}!${a!.indicators[ind('预算执行率')]!.target}`,
      '项目“社保档案资料管理费”的三级指标“预算执行率”目标值“100%”是定量指标，缺少比较符（=、≥、≤、>、<）',
    ],
    [
      'projects/target-unit',
      `${SHEET}!${a!.indicators[ind('资金使用规范性')]!.target}`,
      '项目“社保档案资料管理费”的三级指标“资金使用规范性”目标值“≥95”缺少计量单位（如 %、元、人次、天）',
    ],
  ]);
  // the finding carries the figures, not just words
  const sum = findings.find((f) => f.rule === 'projects/sub-items-sum')!;
  expect([sum.expected, sum.actual, sum.difference]).toEqual([1_035_327_800, 1_015_327_800, -20_000_000]);
});

test('an 执行数 above the 预算额 explained in 备注 passes; 当年预算 above 项目总预算 does not', async () => {
  const { wb, records } = await workbookWith([archive]);
  const ws = wb.workbook.getWorksheet(SHEET)!;
  const cells = records[0]!.cells!;
  ws.getCell(cells.fields.previousExecuted!).value = 3_500_000;
  ws.getCell(cells.fields.remark!).value = '上年执行数含年中追加的档案移库费 120,152 元';
  ws.getCell(cells.fields.totalBudget!).value = 10_000_000;
  const { findings } = checkProjects(await wb.readSheets());
  expect(located(findings)).toEqual([
    [
      'projects/current-exceeds-total',
      `${SHEET}!${cells.fields.budget}`,
      '项目“社保档案资料管理费”当年预算 10,153,278 元超过项目总预算 10,000,000 元',
    ],
  ]);
});

test('a sub-item without an amount, a block without 项目名称, a 目标表 project without indicators', async () => {
  const { wb, records } = await workbookWith([archive, landPension]);
  const ws = wb.workbook.getWorksheet(SHEET)!;
  const [a, b] = records.map((r) => r.cells!);
  ws.getCell(a!.subItems[1]!.amount).value = null;
  ws.getCell(b!.fields.name!).value = null;
  const firstTarget = Number(a!.indicators[0]!.target.slice(1));
  for (let i = 0; i < a!.indicators.length; i++)
    for (const col of ['A', 'B', 'C', 'D']) ws.getCell(`${col}${firstTarget + i}`).value = null;
  const { records: after, findings } = checkProjects(await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets());
  expect(after.map((r) => r.project.name)).toEqual(['社保档案资料管理费']);
  expect(located(findings)).toEqual([
    [
      'projects/read-missing-name',
      `${SHEET}!${b!.fields.name}`,
      `工作表“${SHEET}”${b!.fields.name} 处的项目没有填写项目名称，该项目未读取`,
    ],
    [
      'projects/sub-item-amount-missing',
      `${SHEET}!${a!.subItems[1]!.amount}`,
      '项目“社保档案资料管理费”的子项目“社会专业档案库房租赁”未填金额',
    ],
    ['projects/no-indicators', `${SHEET}!${a!.fields.name}`, '项目“社保档案资料管理费”没有填列绩效指标'],
  ]);
});

describe('Σ 项目当年预算 against the 项目支出 of the 支出预算总表', () => {
  const budgetSeed: unknown = JSON.parse(readFileSync('seeds/sh-hrss-2024.json', 'utf8'));
  const budgeted = seed2024.entries.map((e) => e.project).filter((p) => p.budget !== undefined);
  const listed = budgeted.reduce((s, p) => s + p.budget!, 0);
  const PROJECT_TOTAL = 144_565_444_800; // 1,445,654,448 元, seed 004 支出预算总表 合计/项目支出
  const rest: Project = { name: '其他项目（未单独说明）', budget: PROJECT_TOTAL - listed, subItems: [], indicators: [] };

  async function check(projects: Project[]) {
    const wb = new XlsxWorkbook();
    await wb.writePlan(buildBudgetWorkbook(budgetDataFromPublished(budgetSeed)).plan, 'fail');
    await wb.writePlan({ sheets: [buildProjectExplanationSheet({ year: 2024, department: seed2024.department, projects }).sheet] }, 'fail');
    const sheets = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets();
    const total = classifiedTable(readBudgetTables(sheets).workbook, 'expenditure')!.total!.amounts.project!;
    return { total, findings: checkProjects(sheets).findings.filter((f) => f.rule === 'projects/total-vs-expenditure') };
  }

  test('equal: no finding', async () => {
    expect((await check([...budgeted, rest])).findings).toEqual([]);
  });

  test('a project listed twice: the difference is its 当年预算, and it is named', async () => {
    const twice = budgeted.find((p) => p.name === '公务员知识更新')!;
    const { total, findings } = await check([...budgeted, rest, twice]);
    expect(located(findings)).toEqual([
      [
        'projects/total-vs-expenditure',
        `3 支出预算总表!${total.cell}`,
        '24 个项目（工作表“项目经费情况说明”）的当年预算合计 1,447,344,048 元，与支出预算总表项目支出合计 1,445,654,448 元相差 1,689,600 元；项目合计多出的 1,689,600 元恰为项目“公务员知识更新”的当年预算之和，请核对这些项目是否重复列示或不属于本年度项目支出',
      ],
    ]);
    expect([findings[0]!.expected, findings[0]!.actual]).toEqual([PROJECT_TOTAL, PROJECT_TOTAL + 168_960_000]);
  });

  test('the published selection of projects: short by the projects not explained, those without a 当年预算 named', async () => {
    const { total, findings } = await check(seed2024.entries.map((e) => e.project));
    expect(located(findings)).toEqual([
      [
        'projects/total-vs-expenditure',
        `3 支出预算总表!${total.cell}`,
        '22 个项目（工作表“项目经费情况说明”）的当年预算合计 1,040,459,500 元，与支出预算总表项目支出合计 1,445,654,448 元相差 405,194,948 元；项目表中项目“人才大厦运行维护经费”、“人才公寓运行维护经费”、“刊物编辑出版费”未填当年预算，其余差额为项目表未列示的项目支出',
      ],
    ]);
  });
});

test('one project, two sheets, two different 当年预算', async () => {
  const projects = seed2024.entries.map((e) => e.project);
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets: buildProjectSheets({ year: 2024, department: seed2024.department, projects }).sheets }, 'fail');
  const before = checkProjects(await wb.readSheets());
  expect(before.findings.filter((f) => f.rule === 'projects/cross-sheet-budget')).toEqual([]);
  const perf = before.records.find((r) => r.kind === 'performance' && r.project.name === '市人社局调解仲裁业务经费')!;
  const expl = before.records.find((r) => r.kind === 'explanation' && r.project.name === '市人社局调解仲裁业务经费')!;
  wb.workbook.getWorksheet(SHEET)!.getCell(perf.cells!.fields.budget!).value = 160_000;
  const after = checkProjects(await wb.readSheets());
  expect(located(after.findings.filter((f) => f.rule === 'projects/cross-sheet-budget'))).toEqual([
    [
      'projects/cross-sheet-budget',
      `${SHEET}!${perf.cells!.fields.budget}`,
      `项目“市人社局调解仲裁业务经费”在绩效目标表中的当年预算 160,000 元与工作表“项目经费情况说明”${expl.cells!.fields.budget}的 150,000 元不一致，相差 10,000 元`,
    ],
  ]);
});

test('a circular SUM saved without results does not hang the reader; a bad sub-item is reported once', async () => {
  const { wb, records } = await workbookWith([archive]);
  const ws = wb.workbook.getWorksheet(SHEET)!;
  const cells = records[0]!.cells!;
  const budgetRow = Number(cells.fields.budget!.slice(1));
  const lastRow = cells.subItems[2]!.row;
  ws.getCell(cells.fields.budget!).value = { formula: `SUM(D${budgetRow}:D${lastRow})` };
  ws.getCell(cells.subItems[0]!.amount).value = '四百万';
  const { records: after, findings } = checkProjects(await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets());
  expect(located(findings)).toEqual([
    [
      'read/bad-amount',
      `${SHEET}!${cells.subItems[0]!.amount}`,
      `工作表“${SHEET}”${cells.subItems[0]!.amount} 单元格的金额“四百万”无法识别为数字`,
    ],
    [
      'projects/sub-items-sum',
      `${SHEET}!${cells.fields.budget}`,
      `项目“社保档案资料管理费”当年预算 9,533,126 元与子项目金额合计 6,153,278 元不符，相差 3,379,848 元；当年预算公式 =SUM(D${budgetRow}:D${lastRow}) 还加总了子项目以外的第 ${[budgetRow, budgetRow + 1, budgetRow + 2, budgetRow + 3].join('、')} 行`,
    ],
    [
      'projects/sub-item-amount-missing',
      `${SHEET}!${cells.subItems[0]!.amount}`,
      '项目“社保档案资料管理费”的子项目“影像加工流水线维护”未填金额',
    ],
  ]);
  // the other rows in the range (previous 预算额 and 执行数 sit in column D too)
  expect(after[0]!.project.budget).toBe(515_327_800 + 100_000_000 + 337_984_800);
});
