import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { runCli } from '../../src/cli/runCli';
import { checkProjects } from '../../src/domain/projects/checkProjects';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { SEED_001 } from './support';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) }, out, err };
}

const LIST = {
  year: 2025,
  department: '某区人力资源和社会保障局',
  unit: '万元',
  projects: [
    {
      name: '职业技能竞赛',
      implementer: '由区职业技能鉴定所负责实施。',
      budget: '120.5',
      subItems: [
        { name: '区级选拔赛', amount: '100' },
        { name: '竞赛工作经费', amount: '20.5' },
      ],
      indicators: [{ level1: '产出指标', level2: '数量指标', level3: '竞赛项目数', target: '≥10个' }],
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    },
    {
      name: '劳动监察设备',
      budget: 38,
      subItems: [],
      indicators: [{ level1: '产出指标', level2: '数量指标', level3: '设备台数', target: '8' }],
    },
  ],
};

test('projects import → check → text on a JSON list', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'projects-cli-'));
  const list = join(dir, 'list.json');
  const out = join(dir, 'projects.xlsx');
  await writeFile(list, JSON.stringify(LIST));

  const imp = capture();
  expect(await runCli(['projects', 'import', list, '--out', out], imp.io)).toBe(0);
  expect(imp.err).toEqual([]);
  expect(imp.out).toEqual([
    `已写入 ${out}：项目经费情况说明、项目支出绩效目标表（2 个项目）`,
    '校验发现 2 个问题：',
    expect.stringMatching(/^ {2}\[警告\] 项目支出绩效目标表!D\d+ 项目“劳动监察设备”的三级指标“设备台数”目标值“8”是定量指标，缺少比较符/),
    expect.stringMatching(/^ {2}\[警告\] 项目支出绩效目标表!D\d+ 项目“劳动监察设备”的三级指标“设备台数”目标值“8”缺少计量单位/),
  ]);
  const wb = await XlsxWorkbook.fromFile(out);
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(['项目经费情况说明', '项目支出绩效目标表']);

  const chk = capture();
  expect(await runCli(['projects', 'check', out], chk.io)).toBe(0); // warnings only
  expect(chk.out[0]).toBe('读取 4 个项目（项目经费情况说明、项目支出绩效目标表）');

  const json = capture();
  await runCli(['projects', 'check', out, '--json'], json.io);
  const parsed = JSON.parse(json.out.join('\n')) as { projects: number; findings: Array<{ rule: string; cell: string }> };
  expect(parsed.projects).toBe(4);
  expect(parsed.findings.map((f) => f.rule)).toEqual(['projects/target-comparator', 'projects/target-unit']);

  const txt = capture();
  expect(await runCli(['projects', 'text', list], txt.io)).toBe(0);
  expect(txt.out).toEqual([
    '【职业技能竞赛】',
    '2025年该项目预算120.5万元。其中：\n1. 区级选拔赛100万元；\n2. 竞赛工作经费20.5万元。',
    '',
    '【劳动监察设备】',
    '2025年该项目预算38万元。',
    '',
  ]);
  const txtX = capture();
  await runCli(['projects', 'text', out], txtX.io);
  expect(txtX.out).toEqual(txt.out);

  // Importing again into the same file adds renamed sheets instead of overwriting.
  const again = capture();
  await runCli(['projects', 'import', list, '--out', out, '--sheets', 'explanation'], again.io);
  expect((await (await XlsxWorkbook.fromFile(out)).listSheets()).map((s) => s.name)).toEqual([
    '项目经费情况说明',
    '项目支出绩效目标表',
    '项目经费情况说明 (2)',
  ]);
});

test('projects import of the seed 001 text writes a clean 绩效目标表; errors exit 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'projects-cli-'));
  const out = join(dir, 'perf.xlsx');
  const imp = capture();
  expect(await runCli(['projects', 'import', SEED_001, '--out', out, '--department', '上海市人力资源和社会保障局'], imp.io)).toBe(0);
  expect(imp.out).toEqual([`已写入 ${out}：项目支出绩效目标表（5 个项目）`, '校验未发现问题。']);
  expect(imp.err).toHaveLength(4); // the four repaired rows (info)

  const wb = await XlsxWorkbook.fromFile(out);
  const { records } = checkProjects(await wb.readSheets());
  wb.workbook.getWorksheet('项目支出绩效目标表')!.getCell(records[0]!.cells!.indicators[0]!.target).value = null;
  await writeFile(out, await wb.toBuffer());
  const chk = capture();
  expect(await runCli(['projects', 'check', out], chk.io)).toBe(1);
  expect(chk.out.slice(1)).toEqual([
    '发现 1 个问题：',
    `  [错误] 项目支出绩效目标表!${records[0]!.cells!.indicators[0]!.target} 项目“社保档案资料管理费”的三级指标“预算编制合理性”未填指标目标值`,
  ]);

  const bad = capture();
  expect(await runCli(['projects', 'frobnicate'], bad.io)).toBe(2);
  expect(bad.err[0]).toMatch(/^用法：budget projects import/);
  await readFile(out);
});

test('budget demo carries both project sheets; what the checks say about them', async () => {
  const { workbook, warnings } = await buildDemoWorkbook();
  const names = (await workbook.listSheets()).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['项目经费情况说明', '项目支出绩效目标表']));
  expect(warnings.filter((w) => w.startsWith('项目“'))).toEqual([
    '项目“人事考试考务费用”的子项目合计 2,218.30 万元与填报的当年预算 7,767.77 万元不符（相差 5,549.47 万元），当年预算按填报数列示，未设求和公式',
    '项目“社会保险服务费”的子项目合计 938.20 万元与填报的当年预算 1,934.41 万元不符（相差 996.21 万元），当年预算按填报数列示，未设求和公式',
    '项目“人事人才公共服务工作经费”的子项目合计 825.00 万元与填报的当年预算 1,100.00 万元不符（相差 275.00 万元），当年预算按填报数列示，未设求和公式',
    '项目“海外人才工作经费”的子项目合计 840.90 万元与填报的当年预算 1,003.20 万元不符（相差 162.30 万元），当年预算按填报数列示，未设求和公式',
  ]);
  const { records, findings } = checkProjects(await (await XlsxWorkbook.fromBuffer(await workbook.toBuffer())).readSheets());
  expect(records.map((r) => r.kind).filter((k) => k === 'explanation')).toHaveLength(25);
  expect(records.map((r) => r.kind).filter((k) => k === 'performance')).toHaveLength(5);
  // The seed text's gaps show up as what they are; the 2020 目标表 checks clean.
  expect(findings.map((f) => `${f.rule} ${f.sheet}`)).toEqual([
    ...new Array<string>(4).fill('projects/sub-items-sum 项目经费情况说明'),
    ...new Array<string>(3).fill('projects/budget-missing 项目经费情况说明'),
    'projects/total-vs-expenditure 3 支出预算总表',
  ]);
});
