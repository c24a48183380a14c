import { openXlsx } from '../../hosts/xlsx/openXlsx';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { Finding, SEVERITY_ZH } from '../../domain/findings/finding';
import { buildProjectSheets, ProjectSheetChoice } from '../../domain/projects/buildProjectSheets';
import { checkProjects } from '../../domain/projects/checkProjects';
import { parsePerformanceText } from '../../domain/projects/parsePerformanceText';
import { projectsFromCsv } from '../../domain/projects/projectCsv';
import { ImportedProjects, projectsFromList } from '../../domain/projects/projectList';
import { budgetParagraph } from '../../domain/projects/projectNarrative';
import { readProjectSheets } from '../../domain/projects/readProjectSheets';
import { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';
import type { CliCommand, CliIo } from '../command';
import { argsErrorText, choiceList, flag, parseCommandArgs, positionals, yearOption } from '../args/cliArgs';

const USAGE = [
  'budget projects import FILE.json|FILE.csv|FILE.txt --out X.xlsx [--year N] [--department 名称] [--sheets explanation,performance] [--replace]',
  '    项目清单（JSON/CSV）或绩效目标表文本 → 项目经费情况说明、项目支出绩效目标表；写入后即校验',
  'budget projects check FILE.xlsx [--json]',
  '    校验项目表：子项目合计、与支出预算总表项目支出核对、绩效指标、日期、上年执行；有错误时退出码为 1',
  'budget projects text FILE.json|FILE.xlsx',
  '    输出各项目“年度预算安排”段落',
].join('\n');
const SHORT_USAGE = 'budget projects import|check|text …       项目经费情况说明与项目支出绩效目标表：导入、校验、生成年度预算安排段落';

export const IMPORT_OPTIONS = {
  out: { type: 'string' },
  year: { type: 'string' },
  department: { type: 'string' },
  sheets: { type: 'string' },
  replace: { type: 'boolean' },
} as const;

const SHEET_CHOICES = ['explanation', 'performance'] as const satisfies readonly ProjectSheetChoice[];

export const ImportArgs = z.object({
  positionals: positionals(1, 1, '请给出项目清单文件和 --out 输出工作簿'),
  out: z.string({ error: '请给出项目清单文件和 --out 输出工作簿' }),
  year: yearOption('--year', 2025).optional(),
  department: z.string().optional(),
  sheets: choiceList(SHEET_CHOICES, (bad) => `--sheets 只能是 explanation、performance，实为：${bad}`),
  replace: flag,
});
const CheckArgs = z.object({ positionals: positionals(1, 1, '请给出要校验的工作簿'), json: flag });
const TextArgs = z.object({ positionals: positionals(1, 1, '请给出项目清单文件或工作簿') });

export function formatFinding(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''} ` : '';
  return `[${SEVERITY_ZH[f.severity]}] ${where}${f.message}`;
}

/** A project list from a .json or .csv list, or a .txt 绩效目标表 copied out of a PDF. */
export async function loadProjectFile(
  file: string,
  options: { year?: number; department?: string } = {},
): Promise<ImportedProjects & { fromText: boolean }> {
  const text = await readFile(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return { ...projectsFromCsv(text), fromText: false };
  if (ext === '.txt') {
    const parsed = parsePerformanceText(text);
    return {
      year: options.year ?? parsed.year,
      department: options.department ?? parsed.projects[0]?.project.applicant ?? null,
      entries: parsed.projects.map((p) => ({ project: p.project })),
      findings: parsed.findings,
      fromText: true,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} 不是有效的 JSON：${(e as Error).message}`);
  }
  return { ...projectsFromList(json), fromText: false };
}

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, IMPORT_OPTIONS, ImportArgs);
  if (!parsed.ok) {
    io.warn(argsErrorText(parsed.error, USAGE));
    return 2;
  }
  const { positionals, sheets, ...values } = parsed.args;
  const file = positionals[0] ?? '';
  const loaded = await loadProjectFile(file, {
    ...(values.year !== undefined ? { year: values.year } : {}),
    ...(values.department ? { department: values.department } : {}),
  });
  for (const f of loaded.findings) io.warn(formatFinding(f));
  const year = values.year ?? loaded.year;
  const department = values.department ?? loaded.department;
  if (year === null || !Number.isInteger(year) || !department) {
    io.warn('无法确定预算年度或编制部门，请用 --year、--department 指定');
    return 2;
  }
  const which: ProjectSheetChoice[] = sheets.length > 0 ? sheets : loaded.fromText ? ['performance'] : ['explanation', 'performance'];
  const built = buildProjectSheets({ year, department, projects: loaded.entries.map((e) => e.project) }, which);
  for (const f of built.findings) io.warn(formatFinding(f));
  const workbook = existsSync(values.out) ? await openXlsx(values.out) : new XlsxWorkbook();
  const result = await workbook.writePlan({ sheets: built.sheets }, values.replace ? 'replace' : 'rename');
  await writeFile(values.out, await workbook.toBuffer());
  io.log(`已写入 ${values.out}：${result.written.join('、')}（${loaded.entries.length} 个项目）`);
  const checked = checkProjects(await workbook.readSheets(result.written));
  io.log(checked.findings.length === 0 ? '校验未发现问题。' : `校验发现 ${checked.findings.length} 个问题：`);
  for (const f of checked.findings) io.log(`  ${formatFinding(f)}`);
  return loaded.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, CheckArgs);
  if (!parsed.ok) {
    io.warn(argsErrorText(parsed.error, USAGE));
    return 2;
  }
  const { positionals, ...values } = parsed.args;
  const file = positionals[0] ?? '';
  const workbook = await openXlsx(file);
  const { records, findings } = checkProjects(await workbook.readSheets());
  if (values.json) io.log(JSON.stringify({ projects: records.length, findings }, null, 2));
  else {
    io.log(`读取 ${records.length} 个项目（${[...new Set(records.map((r) => r.sheet))].join('、') || '没有找到项目表'}）`);
    io.log(findings.length === 0 ? '未发现问题。' : `发现 ${findings.length} 个问题：`);
    for (const f of findings) io.log(`  ${formatFinding(f)}`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function runText(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {}, TextArgs);
  if (!parsed.ok) {
    io.warn(argsErrorText(parsed.error, USAGE));
    return 2;
  }
  const file = parsed.args.positionals[0] ?? '';
  if (extname(file).toLowerCase() === '.xlsx') {
    const workbook = await openXlsx(file);
    const { records, findings } = readProjectSheets(await workbook.readSheets());
    for (const f of findings) io.warn(formatFinding(f));
    const explanation = records.filter((r) => r.kind === 'explanation');
    for (const r of explanation.length > 0 ? explanation : records) {
      const text = r.year === null ? null : budgetParagraph(r.project, r.year);
      io.log(`【${r.project.name}】`);
      io.log(text ?? '（未填列当年预算）');
      io.log('');
    }
    return 0;
  }
  const loaded = await loadProjectFile(file);
  for (const f of loaded.findings) io.warn(formatFinding(f));
  if (loaded.year === null) return 2;
  for (const e of loaded.entries) {
    io.log(`【${e.project.name}】`);
    io.log(budgetParagraph(e.project, loaded.year, e.narrativeStyle ?? {}) ?? '（未填列当年预算）');
    io.log('');
  }
  return 0;
}

export const projectsCommand: CliCommand = {
  name: 'projects',
  usage: SHORT_USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'import') return runImport(rest, io);
    if (sub === 'check') return runCheck(rest, io);
    if (sub === 'text') return runText(rest, io);
    io.warn(`用法：${USAGE}`);
    return 2;
  },
};
