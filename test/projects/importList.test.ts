import { projectsFromCsv } from '../../src/domain/projects/projectCsv';
import { projectsFromList } from '../../src/domain/projects/projectList';
import { loadProjectSeed } from './support';

// The structured list (JSON) and its CSV form: amounts in the list's unit → 分, dates → ISO,
// bad entries → findings (the rest of the list still imported).

test('JSON: 万元 strings as printed become exact 分', () => {
  const seed = loadProjectSeed('sh-hrss-2024-projects.json');
  const kaoshi = seed.entries.find((e) => e.project.name === '会计专项考试费用')!.project;
  expect(kaoshi.budget).toBe(1_752_100_000); // 1752.10 万元
  expect(kaoshi.subItems.map((s) => s.amount)).toEqual([1_198_600_000, 10_000_000, 89_000_000, 454_500_000]);
});

test('JSON: invalid projects are reported and skipped, valid ones kept', () => {
  const r = projectsFromList({
    year: 2025,
    department: '某部门',
    unit: '元',
    projects: [
      {
        name: '甲项目',
        budget: '1,234.5',
        startDate: '2025.3.1',
        endDate: '2025年12月',
        governmentPurchase: '是',
        subItems: [{ name: '印刷', amount: 1234.5 }],
      },
      { name: '', budget: 1 },
      { name: '乙项目', budget: '一百元', startDate: '2025-02-30' },
      { name: '丙项目', budgett: 5 },
      { name: '丁项目', previousExecuted: '12.345', indicators: [{ level1: '产出', level2: '数量', level3: '份数' }] },
      { name: '戊项目', previousExecuted: '12.345' },
    ],
  });
  expect(r.entries.map((e) => e.project)).toEqual([
    {
      name: '甲项目',
      startDate: '2025-03-01',
      endDate: '2025-12-31',
      governmentPurchase: true,
      budget: 123_450,
      subItems: [{ name: '印刷', amount: 123_450 }],
      indicators: [],
    },
    { name: '乙项目', subItems: [], indicators: [] },
    { name: '戊项目', previousExecuted: 1235, subItems: [], indicators: [] },
  ]);
  expect(r.findings.map((f) => f.message)).toEqual([
    '项目清单第 2 个项目“” 字段 name：项目名称不能为空',
    '项目清单中项目“乙项目”的计划开始日期“2025-02-30”无法识别为日期，应写作 YYYY-MM-DD',
    '项目清单中项目“乙项目”的当年预算“一百元”无法识别为金额',
    '项目清单第 4 个项目“丙项目”：不认识的字段：budgett',
    '项目清单第 5 个项目“丁项目” 字段 indicators[1].target：缺少该字段（应为文本）',
  ]);
});

test('JSON: a list without year or department is refused as a whole', () => {
  const r = projectsFromList({ year: 1999, projects: [] });
  expect(r.entries).toEqual([]);
  expect(r.findings.map((f) => f.message)).toEqual([
    '项目清单“（清单）” 字段 year：年度应在 2000～2100 之间',
    '项目清单“（清单）” 字段 department：缺少该字段（应为文本）',
  ]);
});

const CSV = [
  '\uFEFF项目名称,类型,名称,值',
  ',年度,,2020',
  ',编制部门,,上海市人力资源和社会保障局',
  ',单位,,元',
  '社保档案资料管理费,申报单位名称,,上海市社会保险事业管理中心',
  '社保档案资料管理费,计划开始日期,,2020-01-01',
  '社保档案资料管理费,计划完成日期,,2020/12/31',
  '社保档案资料管理费,是否含有政府购买服务,,否',
  '社保档案资料管理费,项目概况,,"档案数字化，""影像""加工',
  '及库房保管"',
  '社保档案资料管理费,项目当年预算（元）,,"10,153,278"',
  '社保档案资料管理费,子项目,影像加工流水线维护,4000000',
  '社保档案资料管理费,子项目,社会专业档案库房租赁,6153278',
  '社保档案资料管理费,指标,投入与管理/投入管理/预算执行率,=100%',
  '社保档案资料管理费,指标,产出目标/数量/库房上架数量,≥60万卷',
  '征地养老人员费用,当年预算,,16000000',
  '征地养老人员费用,预算说明,,按实结算',
  '征地养老人员费用,子项目,,100',
  '征地养老人员费用,指标,产出目标/数量,=100%',
  '征地养老人员费用,项目编号,,X1',
].join('\r\n');

test('CSV: one fact per row, quoted commas and newlines, list settings in rows without 项目名称', () => {
  const r = projectsFromCsv(CSV);
  expect([r.year, r.department]).toEqual([2020, '上海市人力资源和社会保障局']);
  expect(r.entries.map((e) => e.project)).toEqual([
    {
      name: '社保档案资料管理费',
      applicant: '上海市社会保险事业管理中心',
      startDate: '2020-01-01',
      endDate: '2020-12-31',
      governmentPurchase: false,
      overview: '档案数字化，"影像"加工\n及库房保管',
      budget: 1_015_327_800,
      subItems: [
        { name: '影像加工流水线维护', amount: 400_000_000 },
        { name: '社会专业档案库房租赁', amount: 615_327_800 },
      ],
      indicators: [
        { level1: '投入与管理', level2: '投入管理', level3: '预算执行率', target: '=100%' },
        { level1: '产出目标', level2: '数量', level3: '库房上架数量', target: '≥60万卷' },
      ],
    },
    { name: '征地养老人员费用', budget: 1_600_000_000, budgetRemark: '按实结算', subItems: [], indicators: [] },
  ]);
  expect(r.findings.map((f) => f.message)).toEqual([
    '项目清单 CSV 第 18 行：子项目缺少名称',
    '项目清单 CSV 第 19 行：指标应写作“一级/二级/三级”，实为“产出目标/数量”',
    '项目清单 CSV 第 20 行：无法识别的类型“项目编号”',
  ]);
});

test('CSV: a file without the header row is refused', () => {
  const r = projectsFromCsv('名称,值\n甲,1');
  expect(r.entries).toEqual([]);
  expect(r.findings.map((f) => f.message)).toEqual(['项目清单 CSV 第 1 行：首行应为表头“项目名称,类型,名称,值”']);
});
