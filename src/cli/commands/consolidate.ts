import { readdir, rename, stat, unlink, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { checkUnitWithRules } from '../../domain/consolidate/checkUnitWithRules';
import { consolidateUnits, ConsolidationResult } from '../../domain/consolidate/consolidateUnits';
import { ConsolidationStopped } from '../../domain/consolidate/consolidationStopped';
import { CheckUnit, unreadableUnit, UnitBudget } from '../../domain/consolidate/unitBudget';
import { SEVERITY_ZH } from '../../domain/findings/finding';
import { formatThousands, sumFen } from '../../domain/money';
import { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';
import { inputAt } from '../samePath';
import type { CliCommand, CliIo } from '../command';
import { startProgress } from '../progress';
import { argsErrorText, nonBlank, outputFile, parseCommandArgs, positionals, yearOption } from '../args/cliArgs';
import { readUnitFile, type UnitTask } from '../readUnitFile';
import { compiledWorker, runPool } from '../workerPool';

// budget consolidate: a 主管部门's tables from its 预算单位' workbooks, with 单位列表 and 单位明细.

// Legacy .xls opens through SheetJS (openLegacyXls); WPS's own .et format does not.
const WORKBOOK_EXT = /\.(xlsx|xlsm|xls)$/i;
const LEGACY_EXT = /\.et$/i;
/** The full-width space between the fields of a summary line. */
const GAP = '\u3000';

export interface ConsolidateFilesOptions {
  readonly department?: string;
  readonly year?: number;
  /** How each unit's own errors are counted; the reconciliation rules by default. */
  readonly checkUnit?: CheckUnit;
  /** Called as each unit file has been read: how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ConsolidateFilesResult {
  readonly result: ConsolidationResult;
  /** The department workbook; null when nothing could be consolidated. */
  readonly bytes: Uint8Array | null;
}

/** Expands folders (their .xlsx / .xls files, not sub-folders) and drops the output file and Office lock files. */
export async function expandInputs(args: readonly string[], out: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const outAbs = resolve(out);
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      const names = (await readdir(arg)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      for (const name of names) {
        const path = join(arg, name);
        if (name.startsWith('~$') || name.startsWith('.') || resolve(path) === outAbs) continue;
        if (WORKBOOK_EXT.test(name)) files.push(path);
        else if (LEGACY_EXT.test(name)) skipped.push(path);
      }
    } else {
      files.push(arg); // a missing or odd file becomes a finding, not a crash
    }
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(resolve(f)) ? false : (seen.add(resolve(f)), true))), skipped };
}

/** How each file is named in the workbook: its base name, or its path when base names collide. */
function displayNames(files: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(basename(f), (count.get(basename(f)) ?? 0) + 1);
  return files.map((f) => {
    if (count.get(basename(f)) === 1) return basename(f);
    const rel = relative(process.cwd(), resolve(f));
    return rel.startsWith('..') ? resolve(f) : rel;
  });
}

/**
 * The units of `files`, in their order. With the built-in check they are read on all cores (each
 * worker reads its file and sends back only the unit's leaf line items and counts); a check given
 * by the caller runs in this thread.
 */
export async function readUnitFiles(
  files: readonly string[],
  options: Pick<ConsolidateFilesOptions, 'checkUnit' | 'onProgress'> & { readonly threads?: number } = {},
): Promise<UnitBudget[]> {
  const names = displayNames(files);
  const script = options.checkUnit ? null : compiledWorker('consolidateWorker.js');
  const size = Math.min(options.threads ?? availableParallelism(), files.length);
  let done = 0;
  if (!script || size <= 1) {
    const units: UnitBudget[] = [];
    for (let i = 0; i < files.length; i++) {
      units.push(await readUnitFile(files[i]!, names[i]!, options.checkUnit ?? checkUnitWithRules));
      options.onProgress?.(++done, files.length);
    }
    return units;
  }
  const units = new Array<UnitBudget | undefined>(files.length);
  await runPool<UnitTask, UnitBudget>(
    script,
    files.map((file, i) => ({ file, name: names[i]! })),
    size,
    (i, unit) => {
      units[i] = unit;
      options.onProgress?.(++done, files.length);
    },
    (i, message) => new ConsolidationStopped(names[i]!, new Error(message)),
    // A unit comes back as plain data (leaf line items, counts, findings).
    'json',
  );
  return units.map((u, i) => u ?? unreadableUnit(names[i]!, '未完成读取'));
}

/** The department workbook of a consolidation, written by ExcelJS; null when nothing could be consolidated. */
export async function consolidatedBytes(result: ConsolidationResult): Promise<Uint8Array | null> {
  if (!result.plan) return null;
  const wb = new XlsxWorkbook();
  wb.workbook.creator = 'budget';
  await wb.writePlan(result.plan, 'fail');
  return wb.toBuffer();
}

/** Reads the unit files (only their line items are kept) and builds the department workbook. */
export async function consolidateFiles(files: readonly string[], options: ConsolidateFilesOptions = {}): Promise<ConsolidateFilesResult> {
  const units = await readUnitFiles(files, options);
  const result = consolidateUnits(units, {
    ...(options.department !== undefined ? { department: options.department } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  return { result, bytes: await consolidatedBytes(result) };
}

/** Written next to the target and renamed, so a failed run never leaves half a workbook. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

function yuan(fen: number): string {
  return `${formatThousands(fen / 100, 2)} 元`;
}

export function printSummary(result: ConsolidationResult, out: string | null, io: CliIo): void {
  const included = result.units.filter((u) => u.included).length;
  const left = result.units.length - included;
  io.log(
    `${out ? '汇总完成' : '未生成汇总表'}：${included} 个单位已汇总（共 ${result.units.length} 个文件${left > 0 ? `，${left} 个未纳入汇总` : ''}）`,
  );
  if (result.data) {
    const d = result.data;
    const total = (items: typeof d.lines.income) => sumFen(items.flatMap((l) => Object.values(l.amounts)));
    io.log(`主管部门：${result.department}${GAP}预算年度：${d.year} 年`);
    if (out) io.log(`输出文件：${out}`);
    io.log(
      `收入合计：${yuan(total(d.lines.income))}${GAP}支出合计：${yuan(total(d.lines.expenditure))}${GAP}一般公共预算支出：${yuan(total(d.lines.generalPublic))}`,
    );
  }
  io.log('单位（自身审核有错误或未能汇总的排在前面）：');
  result.units.forEach((u, i) => {
    // A unit without a stated 编制部门 is named by its file alone.
    const name = u.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') === u.name ? u.file : `${u.name}（${u.file}）`;
    io.log(`  ${String(i + 1).padStart(3)}. ${name}${GAP}错误 ${u.errors}，警告 ${u.warnings}${GAP}${u.status}`);
  });
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (result.findings.length === 0) {
    io.log('未发现问题。');
    return;
  }
  io.log(`发现问题：错误 ${errors} 条，警告 ${warnings} 条`);
  const ordered = [...result.findings].sort((a, b) => rank(a.severity) - rank(b.severity));
  for (const f of ordered) io.log(`  [${SEVERITY_ZH[f.severity]}] ${f.message}`);
}

function rank(s: 'error' | 'warning' | 'info'): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

export const CONSOLIDATE_OPTIONS = { out: { type: 'string' }, department: { type: 'string' }, year: { type: 'string' } } as const;

const MISSING = '请给出单位工作簿（文件或文件夹）和 --out 输出文件。';

export const ConsolidateArgs = z.object({
  positionals: positionals(1, Infinity, MISSING),
  out: z.string({ error: MISSING }).pipe(outputFile(WORKBOOK_EXT, '.xlsx')),
  year: yearOption('--year', 2024).optional(),
  department: nonBlank('--department').optional(),
});

export const consolidateCommand: CliCommand = {
  name: 'consolidate',
  usage:
    'budget consolidate 单位.xlsx|文件夹… --out 部门.xlsx [--department 名称] [--year 年度]   汇总所属预算单位的工作簿，生成部门预算表及单位列表、单位明细',
  async run(args, io) {
    const parsed = parseCommandArgs(args, CONSOLIDATE_OPTIONS, ConsolidateArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, consolidateCommand.usage));
      return 2;
    }
    const { positionals, out, year, department } = parsed.args;
    const { files, skipped } = await expandInputs(positionals, out);
    for (const s of skipped) io.warn(`已跳过“${s}”：WPS .et 工作簿请先在 WPS 中另存为 .xlsx`);
    if (files.length === 0) {
      io.warn('没有找到单位工作簿（.xlsx）。');
      return 2;
    }
    const clash = inputAt(out, files);
    if (clash) {
      io.warn(`输出文件“${out}”就是输入的单位工作簿“${clash}”，不会覆盖单位的原始文件，请换一个输出文件名。`);
      return 2;
    }
    const progress = startProgress(files.length, { label: '汇总', unit: '个单位' });
    let consolidated;
    try {
      consolidated = await consolidateFiles(files, {
        ...(department !== undefined ? { department } : {}),
        ...(year !== undefined ? { year } : {}),
        onProgress: (done) => progress.update(done),
      });
    } finally {
      progress.stop();
    }
    const { result, bytes } = consolidated;
    if (bytes) await writeAtomically(out, bytes);
    printSummary(result, bytes ? out : null, io);
    return bytes && result.units.every((u) => u.included) ? 0 : 1;
  },
};
