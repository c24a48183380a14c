import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { annotateReturned } from '../../domain/compare/annotateReturned';
import { changeTypeLabel } from '../../domain/compare/buildChangeSheet';
import type { Comparison } from '../../domain/compare/change';
import { changesJson } from '../../domain/compare/changesJson';
import { compareFindings, FindingsDiff } from '../../domain/compare/compareFindings';
import { compareWorkbooks } from '../../domain/compare/compareWorkbooks';
import { describeChange, describeTable } from '../../domain/compare/describeChange';
import { checkSnapshots } from '../../domain/check/checkSnapshots';
import { SEVERITY_ZH } from '../../domain/findings/finding';
import type { Finding } from '../../domain/findings/finding';
import { readBudgetTables } from '../../domain/read/readBudgetTables';
import { openXlsx } from '../../hosts/xlsx/openXlsx';
import type { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../domain/port/workbookPort';
import type { CliCommand, CliIo } from '../command';
import { samePath } from '../samePath';
import { argsErrorText, flag, parseCommandArgs, positionals } from '../args/cliArgs';

export const COMPARE_OPTIONS = { json: { type: 'boolean' }, out: { type: 'string' } } as const;

export const CompareArgs = z.object({
  positionals: positionals(2, 2, '请给出报送稿和返回稿两个工作簿'),
  json: flag,
  out: z.string().optional(),
});

/** Runs the checks on a workbook's sheets. */
export type CheckRunner = (sheets: readonly SheetSnapshot[]) => Finding[];

export const runAllChecks: CheckRunner = (sheets) => checkSnapshots(sheets).findings;

export interface CompareRun {
  readonly comparison: Comparison;
  readonly checks: FindingsDiff | null;
  readonly returned: XlsxWorkbook;
}

export async function compareFiles(submittedFile: string, returnedFile: string, runChecks: CheckRunner | null): Promise<CompareRun> {
  const submitted = await openXlsx(submittedFile);
  const returned = await openXlsx(returnedFile);
  const before = await submitted.readSheets();
  const after = await returned.readSheets();
  const comparison = compareWorkbooks(readBudgetTables(before).workbook, readBudgetTables(after).workbook);
  const checks = runChecks ? compareFindings(runChecks(before), runChecks(after)) : null;
  return { comparison, checks, returned };
}

function printText(run: CompareRun, submittedFile: string, returnedFile: string, io: CliIo): void {
  const { comparison, checks } = run;
  io.log(`比对：报送稿 ${submittedFile} → 返回稿 ${returnedFile}`);
  io.log(
    comparison.changes.length === 0
      ? '未发现修改。'
      : `共 ${comparison.changes.length} 处修改，涉及 ${comparison.tables.length} 张表（按表分组，金额变动大的在前）：`,
  );
  for (const t of comparison.tables) {
    io.log('');
    io.log(`【${describeTable(t)}】`);
    for (const c of t.changes) {
      const where = c.cell ?? (c.submittedCell ? `原${c.submittedCell}` : '');
      io.log(`  ${changeTypeLabel(c).padEnd(5, '　')} ${where.padEnd(6)} ${describeChange(c)}`);
    }
  }
  if (comparison.findings.length > 0) {
    io.log('');
    io.log('未能比对：');
    for (const f of comparison.findings) io.log(`  ${f.message}`);
  }
  if (checks) {
    io.log('');
    io.log(
      `校验结果对照（报送稿 → 返回稿）：返回稿新出现 ${checks.broken.length} 个问题，已解决 ${checks.fixed.length} 个，仍存在 ${checks.unchanged.length} 个`,
    );
    for (const [label, list] of [
      ['新出现', checks.broken],
      ['已解决', checks.fixed],
    ] as const) {
      for (const f of list) io.log(`  ${label} [${SEVERITY_ZH[f.severity]}] ${f.message}`);
    }
  }
}

export async function runCompare(
  submittedFile: string,
  returnedFile: string,
  opts: { json: boolean; out?: string; /** null: skip the checks. */ runChecks?: CheckRunner | null },
  io: CliIo,
): Promise<number> {
  if (opts.out !== undefined && (samePath(opts.out, submittedFile) || samePath(opts.out, returnedFile))) {
    io.warn(`输出文件不能与输入文件相同：${opts.out}（标注版另存，不覆盖报送稿或返回稿）`);
    return 2;
  }
  const run = await compareFiles(submittedFile, returnedFile, opts.runChecks === undefined ? runAllChecks : opts.runChecks);
  if (opts.json) io.log(JSON.stringify(changesJson(run.comparison), null, 2));
  else printText(run, submittedFile, returnedFile, io);
  if (opts.out !== undefined) {
    const { undo, sheet } = await annotateReturned(run.returned, run.comparison, {
      submittedLabel: basename(submittedFile),
      returnedLabel: basename(returnedFile),
      ...(run.checks ? { checks: run.checks } : {}),
    });
    await writeFile(opts.out, await run.returned.toBuffer());
    // Keep stdout pure JSON under --json.
    const say = (l: string) => (opts.json ? io.warn(l) : io.log(l));
    say(`已写出标注版返回稿：${opts.out}（${undo.fills.length} 个单元格高亮，修改清单见“${sheet}”工作表）`);
  }
  return 0;
}

export const compareCommand: CliCommand = {
  name: 'compare',
  usage:
    'budget compare SUBMITTED.xlsx RETURNED.xlsx [--json] [--out ANNOTATED.xlsx]   比对报送稿与财政局返回稿：逐表按科目列出新增、删除、改数、改名、公式改数值，另存高亮标注版',
  async run(args, io) {
    const parsed = parseCommandArgs(args, COMPARE_OPTIONS, CompareArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, compareCommand.usage));
      return 2;
    }
    const { positionals: files, json, out } = parsed.args;
    const [submitted = '', returned = ''] = files;
    return runCompare(submitted, returned, { json, ...(out !== undefined ? { out } : {}) }, io);
  },
};
