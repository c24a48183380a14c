import { buildPerformanceTargetSheet } from '../../src/domain/projects/buildPerformanceTargetSheet';
import { buildProjectExplanationSheet } from '../../src/domain/projects/buildProjectExplanationSheet';
import { Project } from '../../src/domain/projects/project';
import { readProjectSheets } from '../../src/domain/projects/readProjectSheets';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { loadProjectSeed } from './support';

// Build the sheet → write .xlsx → read the file back → the same projects. The written file holds
// formulas without cached results, so the 当年预算 read back is the reader's own evaluation of the SUM.

const seed2024 = loadProjectSeed('sh-hrss-2024-projects.json');
const seed2020 = loadProjectSeed('sh-hrss-2020-performance.json');

async function writeAndRead(sheets: Parameters<XlsxWorkbook['writePlan']>[0]['sheets']) {
  const wb = new XlsxWorkbook();
  await wb.writePlan({ sheets }, 'fail');
  const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  return readProjectSheets(await back.readSheets());
}

/** The fields the 项目经费情况说明 carries. */
function explanationFields(p: Project): Project {
  const keep: Array<keyof Project> = [
    'name',
    'overview',
    'basis',
    'implementer',
    'plan',
    'cycle',
    'budget',
    'budgetRemark',
    'performance',
    'subItems',
  ];
  return { ...(Object.fromEntries(Object.entries(p).filter(([k]) => keep.includes(k as keyof Project))) as Project), indicators: [] };
}

/** The fields the 项目支出绩效目标表 carries (all but 实施主体, 实施周期, 预算说明, 七、绩效目标). */
function performanceFields(p: Project): Project {
  const drop: Array<keyof Project> = ['implementer', 'cycle', 'budgetRemark', 'performance'];
  return Object.fromEntries(Object.entries(p).filter(([k]) => !drop.includes(k as keyof Project))) as Project;
}

test('the 25 projects of seed 004 section 七 round-trip through 项目经费情况说明', async () => {
  const projects = seed2024.entries.map((e) => e.project);
  expect(projects).toHaveLength(25);
  const built = buildProjectExplanationSheet({ year: 2024, department: seed2024.department, projects });
  const { records, findings } = await writeAndRead([built.sheet]);
  expect(findings).toEqual([]);
  expect(records.map((r) => r.project)).toEqual(projects);
  expect(records.every((r) => r.kind === 'explanation' && r.year === 2024 && r.unit === '万元' && r.sheet === '项目经费情况说明')).toBe(
    true,
  );
  // The 当年预算 cells read back where the builder put them, as SUMs where the sub-items add up.
  expect(records.map((r) => [r.cells!.fields.budget, r.cells!.budgetFormula])).toEqual(
    built.blocks.map((b) => [b.budgetCell, b.budgetFormula]),
  );
  const jianding = records[0]!;
  expect(jianding.cells!.budgetFormula).toBe(`=SUM(D${jianding.cells!.subItems[0]!.row}:D${jianding.cells!.subItems[5]!.row})`);
  expect(jianding.project.budget).toBe(8_600_000_000);
});

test('the five projects of seed 001 round-trip through 项目支出绩效目标表, indicator tree included', async () => {
  const projects = seed2020.entries.map((e) => e.project);
  const built = buildPerformanceTargetSheet({ year: 2020, department: seed2020.department, projects });
  const { records, findings } = await writeAndRead([built.sheet]);
  expect(findings).toEqual([]);
  expect(records.map((r) => r.project)).toEqual(projects);
  expect(records.map((r) => r.cells!.indicators.map((c) => c.target))).toEqual(built.blocks.map((b) => b.indicatorTargetCells));
  // "=100%" is text, not a formula result of 1.
  expect(records[0]!.project.indicators[1]!.target).toBe('=100%');
});

test('2024 projects through the 绩效目标表 and 2020 projects through the 说明 keep the fields each sheet has', async () => {
  const p2024 = seed2024.entries.map((e) => e.project);
  const p2020 = seed2020.entries.map((e) => e.project);
  const { records } = await writeAndRead([
    buildPerformanceTargetSheet({ year: 2024, department: seed2024.department, projects: p2024, sheetName: '目标表2024' }).sheet,
    buildProjectExplanationSheet({ year: 2020, department: seed2020.department, projects: p2020, sheetName: '说明2020' }).sheet,
  ]);
  expect(records.filter((r) => r.sheet === '目标表2024').map((r) => r.project)).toEqual(p2024.map(performanceFields));
  expect(records.filter((r) => r.sheet === '说明2020').map((r) => r.project)).toEqual(p2020.map(explanationFields));
});

test('sub-items with 分, text starting with "=", blanks and a sub-item named like a label survive', async () => {
  const p: Project = {
    name: '=测试项目',
    applicant: '某单位',
    startDate: '2025-03-01',
    endDate: '2025-11-30',
    governmentPurchase: true,
    budget: 123_457,
    totalBudget: 500_000,
    previousBudget: 100_000,
    previousExecuted: 100_001,
    remark: '上年执行数含追加 0.01 元',
    subItems: [
      { name: '备注', amount: 100_001 },
      { name: '印刷费', amount: 23_456 },
    ],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '印刷份数', target: '≥1,000份' },
      { level1: '产出指标', level2: '数量指标', level3: '"引号"', target: '=1' },
      { level1: '满意度指标', level2: '服务对象满意度指标', level3: '满意度', target: '≥90%' },
    ],
  };
  const { records } = await writeAndRead([
    buildPerformanceTargetSheet({ year: 2025, department: '某部门', projects: [p] }).sheet,
    buildProjectExplanationSheet({ year: 2025, department: '某部门', projects: [p] }).sheet,
  ]);
  expect(records[0]!.project).toEqual(p);
  expect(records[1]!.project).toEqual(explanationFields(p));
});

test('the project sheets are not mistaken for budget tables by readBudgetTables', async () => {
  const wb = new XlsxWorkbook();
  await wb.writePlan(
    {
      sheets: [
        buildProjectExplanationSheet({ year: 2024, department: seed2024.department, projects: seed2024.entries.map((e) => e.project) })
          .sheet,
        buildPerformanceTargetSheet({ year: 2020, department: seed2020.department, projects: seed2020.entries.map((e) => e.project) })
          .sheet,
      ],
    },
    'fail',
  );
  const { workbook, findings } = readBudgetTables(await wb.readSheets());
  expect(workbook.tables).toEqual([]);
  // (only the reader's note that the workbook holds no standard table)
  expect(findings.filter((f) => f.rule !== 'read/no-tables')).toEqual([]);
});
