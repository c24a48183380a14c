import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePerformanceText } from '../../src/domain/projects/parsePerformanceText';
import { projectListFromProjects } from '../../src/domain/projects/projectList';
import { SEED_001 } from './support';

// Seed 001 (the 2020 财政项目支出绩效目标表 as tab-separated text) → projects. The committed
// seeds/sh-hrss-2020-performance.json is this parser's output; UPDATE_PROJECT_SEEDS=1 rewrites it.

const SEED_JSON = join(__dirname, '..', '..', 'seeds', 'sh-hrss-2020-performance.json');
const parsed = parsePerformanceText(readFileSync(SEED_001, 'utf8'));

test('reads the five 2020 tables with their figures', () => {
  expect(parsed.year).toBe(2020);
  expect(
    parsed.projects.map((p) => [
      p.project.name,
      p.project.totalBudget,
      p.project.budget,
      p.project.previousBudget,
      p.project.previousExecuted,
      p.project.indicators.length,
    ]),
  ).toEqual([
    ['社保档案资料管理费', 1_015_327_800, 1_015_327_800, 337_984_800, 337_984_800, 23],
    ['社会保险服务费', 1_708_812_100, 1_708_812_100, 1_837_264_800, 1_837_264_800, 27],
    ['社会保险基金征缴业务费', 4_810_243_000, 4_810_243_000, 753_000_000, 753_000_000, 21],
    ['社会保险经办业务费', 2_822_309_500, 2_822_309_500, 2_647_424_300, 2_647_424_300, 21],
    ['征地养老人员费用', 1_600_000_000, 1_600_000_000, 1_600_000_000, 1_600_000_000, 15],
  ]);
  const first = parsed.projects[0]!.project;
  expect(first).toMatchObject({
    applicant: '上海市社会保险事业管理中心',
    category: '其他经常性项目',
    performanceType: '其他类',
    startDate: '2020-01-01',
    endDate: '2020-12-31',
    governmentPurchase: false,
    overview: '社保档案资料管理费',
  });
  expect(first.indicators.slice(0, 2)).toEqual([
    { level1: '投入与管理', level2: '投入管理', level3: '预算编制合理性', target: '合理' },
    { level1: '投入与管理', level2: '投入管理', level3: '预算执行率', target: '=100%' },
  ]);
});

test('rows that lost their leading empty cell are read one column over, with an info finding each', () => {
  expect(parsed.findings.map((f) => [f.severity, f.message])).toEqual([
    ['info', '绩效目标表文本第 28 行少了前导空列，已读作：二级指标“实施管理”、三级指标“项目管理制度健全性”、目标值“健全”'],
    ['info', '绩效目标表文本第 37 行少了前导空列，已读作：二级指标“时效”、三级指标“档案资料数字化程度”、目标值“=100%”'],
    ['info', '绩效目标表文本第 87 行少了前导空列，已读作：三级指标“延伸社区工作培训及时性”、目标值“及时”'],
    ['info', '绩效目标表文本第 207 行少了前导空列，已读作：二级指标“实施管理”、三级指标“项目管理制度健全性”、目标值“健全”'],
  ]);
  const archive = parsed.projects[0]!.project.indicators;
  expect(archive[5]).toEqual({ level1: '投入与管理', level2: '实施管理', level3: '项目管理制度健全性', target: '健全' });
  expect(archive[14]).toEqual({ level1: '产出目标', level2: '时效', level3: '档案资料数字化程度', target: '=100%' });
  const service = parsed.projects[1]!.project.indicators;
  expect(service.find((i) => i.level3 === '延伸社区工作培训及时性')).toEqual({
    level1: '产出目标',
    level2: '时效',
    level3: '延伸社区工作培训及时性',
    target: '及时',
  });
});

test('the 一级指标 seed 001 really uses', () => {
  const level1 = new Set(parsed.projects.flatMap((p) => p.project.indicators.map((i) => i.level1)));
  expect([...level1]).toEqual(['投入与管理', '产出目标', '效果目标', '影响力目标']);
  const outputLevel2 = new Set(
    parsed.projects.flatMap((p) => p.project.indicators.filter((i) => i.level1 === '产出目标').map((i) => i.level2)),
  );
  expect([...outputLevel2].sort()).toEqual(['数量', '时效', '质量'].sort());
});

test('seeds/sh-hrss-2020-performance.json is the parser output of seed 001', () => {
  const list = projectListFromProjects({
    source:
      '上海市社会保险事业管理中心 2020年度财政项目支出绩效目标表（seed 001，制表符分隔文本），由 parsePerformanceText 生成；金额单位元',
    year: parsed.year!,
    department: '上海市人力资源和社会保障局',
    projects: parsed.projects.map((p) => p.project),
  });
  if (process.env.UPDATE_PROJECT_SEEDS === '1') writeFileSync(SEED_JSON, `${JSON.stringify(list, null, 2)}\n`);
  expect(JSON.parse(readFileSync(SEED_JSON, 'utf8'))).toEqual(list);
});

test('a table without 项目名称 and an unreadable line are reported, the rest kept', () => {
  const text = [
    '财政项目支出绩效目标表',
    '(2021年度)',
    '申报单位名称：甲单位',
    '项目名称：\t测试项目\t项目类别：\t其他经常性项目',
    '计划开始日期：\t2021-02-30\t计划完成日期：\t2021-12-31',
    '项目总预算(元)：\t十万\t项目当年预算(元)：\t100,000',
    '这一行什么也不是',
    '2021年绩效目标',
    '一级目标\t二级目标\t三级目标\t指标目标值',
    '产出目标\t数量\t培训人次\t≥500人次',
    '\t\t覆盖率\t',
    '财政项目支出绩效目标表',
    '申报单位名称：乙单位',
  ].join('\n');
  const r = parsePerformanceText(text);
  expect(r.year).toBe(2021);
  expect(r.projects).toHaveLength(1);
  expect(r.projects[0]!.project).toMatchObject({ name: '测试项目', budget: 10_000_000, endDate: '2021-12-31' });
  expect(r.projects[0]!.project.indicators).toEqual([
    { level1: '产出目标', level2: '数量', level3: '培训人次', target: '≥500人次' },
    { level1: '产出目标', level2: '数量', level3: '覆盖率', target: '' },
  ]);
  expect(r.findings.map((f) => f.message)).toEqual([
    '绩效目标表文本第 5 行：项目“测试项目”的计划开始日期“2021-02-30”无法识别为日期',
    '绩效目标表文本第 6 行：项目“测试项目”的项目总预算“十万”无法识别为金额',
    '绩效目标表文本第 7 行无法识别，已跳过：这一行什么也不是',
    '绩效目标表文本第 12 行无法识别，已跳过：该表没有项目名称，未读取',
  ]);
});
