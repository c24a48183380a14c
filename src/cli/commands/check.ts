import { readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { buildCheckSheet } from '../../domain/check/buildCheckSheet';
import { CHECK_AREAS, checkAllSheets, type CheckArea } from '../../domain/check/checkAllSheets';
import { catalogEditionJson, type CatalogEditionJson } from '../../domain/check/catalogEdition';
import { countsLine, foldedLines, reportJson, reportText } from '../../domain/check/checkReport';
import { checkSnapshots } from '../../domain/check/checkSnapshots';
import type { Finding } from '../../domain/findings/finding';
import { readXlsxSnapshots } from '../../hosts/xlsx/openXlsx';
import type { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';
import { checkFiles } from '../checkFiles';
import { writeCheckReportXlsx } from '../checkReportXlsx';
import { startProgress } from '../progress';
import { samePath } from '../samePath';
import type { CliCommand, CliIo } from '../command';
import { argsErrorText, choiceList, flag, outputFile, parseCommandArgs, positionals } from '../args/cliArgs';
import { FOR_CHECKING } from '../forChecking';

export const CHECK_OPTIONS = {
  json: { type: 'boolean' },
  details: { type: 'boolean' },
  only: { type: 'string', multiple: true },
  xlsx: { type: 'string' },
} as const;

export const CheckArgs = z.object({
  positionals: positionals(1, Infinity, '请指定要校验的 .xlsx 文件或文件夹'),
  json: flag,
  details: flag,
  only: choiceList(CHECK_AREAS, (bad) => `参数错误：--only 只能是 ${CHECK_AREAS.join('、')}，不能是“${bad}”`),
  xlsx: outputFile(/\.xlsx$/i, '.xlsx').optional(),
});

/** Files named on the command line; a folder contributes its .xlsx and .xls files (not Excel's ~$ lock files). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // Reported as unreadable when opened.
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p))
      .filter((n) => ['.xlsx', '.xls'].includes(extname(n).toLowerCase()) && !n.startsWith('~$'))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    out.push(...names.map((n) => join(p, n)));
  }
  return out;
}

export async function checkFile(file: string, only?: readonly CheckArea[]): Promise<Finding[]> {
  return checkAllSheets(await readXlsxSnapshots(file, undefined, FOR_CHECKING), only ? { only } : {}).findings;
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage:
    'budget check FILE.xlsx|FILE.xls|DIR … [--json] [--details] [--only tables|projects|text] [--xlsx 报告.xlsx]  校验九张预算表、项目表、上年数/说明素材和编制说明（问题按根源折叠）；有错误时退出码为 1，文件无法读取为 2',
  async run(args, io: CliIo) {
    const parsed = parseCommandArgs(args, CHECK_OPTIONS, CheckArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, checkCommand.usage));
      return 2;
    }
    const { positionals, only, ...values } = parsed.args;
    const files = await expandInputs(positionals);
    if (files.length === 0) {
      io.warn(`在 ${positionals.join('、')} 中没有找到 .xlsx 或 .xls 文件`);
      return 2;
    }
    if (values.xlsx !== undefined) {
      const report = values.xlsx;
      const clash = files.find((f) => samePath(f, report));
      if (clash) {
        io.warn(`报告文件不能是被校验的文件：${clash}（请另给一个文件名）`);
        return 2;
      }
    }
    // Many files are checked in parallel on all cores (worker processes), with progress on a terminal.
    const progress = startProgress(files.length, { label: '校验', unit: '个文件' });
    let outcomes;
    try {
      // The summary table needs only each file's counts; every finding is kept only where it is printed or written.
      const findings = files.length === 1 || values.json || values.details || values.xlsx !== undefined;
      outcomes = await checkFiles(files, undefined, {
        ...(only.length > 0 ? { only } : {}),
        findings,
        onProgress: (done) => progress.update(done),
      });
    } finally {
      progress.stop();
    }
    const unreadable = outcomes.some((o) => 'error' in o);
    const errors = outcomes.some((o) => 'counts' in o && o.totals.error > 0);
    const code = unreadable ? 2 : errors ? 1 : 0;
    if (values.xlsx !== undefined) {
      await writeCheckReportXlsx(values.xlsx, outcomes);
      io.warn(`已写出校验报告：${values.xlsx}`);
    }

    if (files.length === 1) {
      const single = outcomes[0]!;
      if ('error' in single) {
        io.warn(single.error);
        return code;
      }
      const found = single.findings ?? [];
      if (values.json) io.log(JSON.stringify({ ...catalogJson(single.catalog), ...reportJson(found) }, null, 2));
      else {
        io.log(`校验 ${single.file}：${countsLine(found)}`);
        if (single.catalog) io.log(single.catalog.description);
        for (const l of foldedLines(found)) io.log(l);
      }
      return code;
    }

    if (values.json) {
      io.log(
        JSON.stringify(
          {
            files: outcomes.map((o) =>
              'error' in o
                ? { file: o.file, error: o.error }
                : { file: o.file, ...catalogJson(o.catalog), ...reportJson(o.findings ?? []) },
            ),
          },
          null,
          2,
        ),
      );
      return code;
    }
    // Headline counts per file (each root cause once).
    const rows = outcomes.map((o) => {
      if ('error' in o) return [o.file, '无法读取', '', ''];
      const c = o.counts;
      return [o.file, String(c.error), String(c.warning), String(c.info)];
    });
    const header = ['文件', '错误', '警告', '提示'];
    const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    io.log(`校验 ${files.length} 个文件：`);
    for (const r of [header, ...rows])
      io.log(
        r
          .map((c, i) => pad(c, widths[i]!))
          .join('  ')
          .trimEnd(),
      );
    for (const o of outcomes) {
      if ('error' in o) io.warn(o.error);
      else if (values.details && o.findings && o.findings.length > 0) {
        io.log('');
        io.log(`【${o.file}】${countsLine(o.findings)}`);
        for (const l of foldedLines(o.findings)) io.log(l);
      }
    }
    return code;
  },
};

/** The catalog edition ahead of the findings, when the check got as far as choosing one. */
const catalogJson = (catalog: CatalogEditionJson | undefined) => (catalog ? { catalog } : {});

export const CHECK_REPORT_TEXT = '校验报告.txt';
export const CHECK_REPORT_JSON = '校验报告.json';

/** Checks a workbook and adds (or replaces) its 校验 sheet of live formulas; returns the tables' findings and the catalog checked against. */
export async function addCheckSheet(book: XlsxWorkbook): Promise<{ findings: Finding[]; catalog: CatalogEditionJson }> {
  const { findings, parsed, context } = checkSnapshots(await book.readSheets(), undefined, undefined, undefined, { keepChecks: true });
  await book.writePlan({ sheets: [buildCheckSheet(parsed, context)] }, 'replace');
  return { findings, catalog: catalogEditionJson(context) };
}

/**
 * Writes 校验报告.txt (zh-CN lines) and 校验报告.json next to the workbook, each naming the catalog the
 * codes were checked against as `budget check` does; returns their paths.
 */
export async function writeCheckReport(
  outDir: string,
  workbookName: string,
  findings: readonly Finding[],
  catalog: CatalogEditionJson,
): Promise<string[]> {
  const text = join(outDir, CHECK_REPORT_TEXT);
  const json = join(outDir, CHECK_REPORT_JSON);
  await writeFile(text, reportText(`校验报告：${workbookName}`, findings, [catalog.description]));
  await writeFile(json, `${JSON.stringify({ catalog, ...reportJson(findings) }, null, 2)}\n`);
  return [text, json];
}
