import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SEVERITY_ZH, type Finding } from '../../domain/findings/finding';
import type { SheetPlan } from '../../domain/plan/sheetPlan';
import { buildMaterialsSheet } from '../../domain/narrative/buildMaterialsSheet';
import { buildNarrativeSheet, NARRATIVE_SHEET, narrativeFromText, readNarrativeSheet } from '../../domain/narrative/buildNarrativeSheet';
import { buildPreviousYearSheet, PREVIOUS_SHEET } from '../../domain/narrative/buildPreviousYearSheet';
import { narrativeTextCheck } from '../../domain/narrative/checkNarrativeText';
import { MATERIALS_SHEET } from '../../domain/narrative/materials';
import { narrativeFromSheets } from '../../domain/narrative/narrativeFromSheets';
import { narrativeToPlainText } from '../../domain/narrative/paragraphs';
import { NO_PREVIOUS, previousFromWorkbook } from '../../domain/narrative/previousYear';
import { tableFigures } from '../../domain/narrative/tableFigures';
import { readBudgetTables } from '../../domain/read/readBudgetTables';
import { narrativeDocx } from '../../export/narrativeDocx';
import type { SheetSnapshot } from '../../domain/port/workbookPort';
import type { CliCommand, CliIo } from '../command';
import { argsErrorText, flag, outputFile, parseCommandArgs, positionals } from '../args/cliArgs';
import { inputAt } from '../samePath';
import { openXlsx as openWorkbook } from '../../hosts/xlsx/openXlsx';

const USAGE =
  'budget narrative FILE.xlsx [--previous PREV.xlsx] [--docx OUT.docx] [--write OUT.xlsx] [--init OUT.xlsx] [--check TEXT.txt | --check-sheet] [--json]   由预算表生成编制说明（或核对已有编制说明）';

function printFindings(findings: readonly Finding[], io: CliIo): void {
  for (const f of findings) io.warn(`${SEVERITY_ZH[f.severity]}：${f.message}`);
}

export const NARRATIVE_OPTIONS = {
  previous: { type: 'string' },
  docx: { type: 'string' },
  write: { type: 'string' },
  init: { type: 'string' },
  check: { type: 'string' },
  'check-sheet': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export const NarrativeArgs = z.object({
  positionals: positionals(1, 1, '请给出预算工作簿'),
  previous: z.string().optional(),
  docx: outputFile(/\.docx$/i, '.docx').optional(),
  write: outputFile(/\.xlsx$/i, '.xlsx').optional(),
  init: outputFile(/\.xlsx$/i, '.xlsx').optional(),
  check: z.string().optional(),
  'check-sheet': flag,
  json: flag,
});

export const narrativeCommand: CliCommand = {
  name: 'narrative',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, NARRATIVE_OPTIONS, NarrativeArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, USAGE));
      return 2;
    }
    const { positionals, ...values } = parsed.args;
    const file = positionals[0] ?? '';
    // The CLI never writes over a file it was given: sheets go into a copy.
    for (const target of [values.write, values.init, values.docx]) {
      const clash = target !== undefined ? inputAt(target, [file, ...(values.previous !== undefined ? [values.previous] : [])]) : null;
      if (clash) {
        io.warn(`输出文件不能是输入文件：${target}（请另给一个文件名）`);
        return 2;
      }
    }
    const book = await openWorkbook(file);
    const previousBook = values.previous !== undefined ? await openWorkbook(values.previous) : null;
    const previousSheets = previousBook ? await previousBook.readSheets() : undefined;

    if (values.init !== undefined) return init(values.init, book, previousSheets, io);

    const result = narrativeFromSheets(
      { sheets: await book.readSheets(), ...(previousSheets ? { previousSheets } : {}) },
      { projects: true },
    );

    if (values.check !== undefined || values['check-sheet']) {
      if (!result.facts) {
        printFindings(result.findings, io);
        return 1;
      }
      let text;
      if (values.check !== undefined) text = narrativeFromText(await readFile(values.check, 'utf8'));
      else {
        const [sheet] = await book.readSheets([NARRATIVE_SHEET]);
        if (!sheet) {
          io.warn(`工作簿中没有“${NARRATIVE_SHEET}”工作表`);
          return 2;
        }
        text = readNarrativeSheet(sheet);
      }
      const { figures, findings } = narrativeTextCheck(text, result.facts);
      if (values.json) {
        // Every figure checked, not only the failures; the findings with their wording beside them.
        const out = {
          figures: figures.map((f) => ({
            paragraph: f.paragraph,
            text: f.text,
            figure: f.figure,
            table: f.table,
            cell: f.cell,
            verdict: f.verdict,
            claim: f.claim,
            rule: f.rule,
          })),
          findings: findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            sheet: f.sheet ?? null,
            cell: f.cell ?? null,
            message: f.message,
          })),
        };
        io.log(JSON.stringify(out, null, 2));
      } else {
        if (findings.length === 0) io.log('编制说明中的数字与预算表、上年数和说明素材一致。');
        for (const f of findings) io.log(`${SEVERITY_ZH[f.severity]}：${f.message}`);
        io.log(
          `共核对 ${figures.filter((f) => f.table !== null).length} 个数字，${figures.filter((f) => f.table === null).length} 个未能核对。`,
        );
      }
      return findings.some((f) => f.severity === 'error') ? 1 : 0;
    }

    io.log(narrativeToPlainText(result.paragraphs).trimEnd());
    printFindings(result.findings, io);
    if (values.docx !== undefined && result.paragraphs.length > 0) {
      await writeFile(values.docx, await narrativeDocx(result.paragraphs));
      io.warn(`已写出 ${values.docx}`);
    }
    if (values.write !== undefined && result.paragraphs.length > 0) {
      await book.writePlan({ sheets: [buildNarrativeSheet(result.paragraphs)] }, 'replace');
      await writeFile(values.write, await book.toBuffer());
      io.warn(`已写出 ${values.write}（含“${NARRATIVE_SHEET}”工作表）`);
    }
    return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/** Writes a copy with empty 上年数 / 说明素材 sheets added (上年数 from --previous); existing ones kept. */
async function init(
  out: string,
  book: Awaited<ReturnType<typeof openWorkbook>>,
  previousSheets: readonly SheetSnapshot[] | undefined,
  io: CliIo,
): Promise<number> {
  const existing = new Set((await book.listSheets()).map((s) => s.name));
  const read = readBudgetTables(await book.readSheets());
  const year = read.workbook.year;
  const classes = tableFigures(read.workbook).classes.map((c) => ({ code: c.code, name: c.name }));
  const previous = previousSheets ? previousFromWorkbook(readBudgetTables(previousSheets).workbook) : NO_PREVIOUS;
  const sheets: SheetPlan[] = [];
  if (!existing.has(PREVIOUS_SHEET)) {
    const prevYear = previous.year ?? (year !== null ? year - 1 : null);
    sheets.push(buildPreviousYearSheet({ ...(prevYear !== null ? { year: prevYear } : {}), figures: previous, classes }));
  }
  if (!existing.has(MATERIALS_SHEET)) sheets.push(buildMaterialsSheet({ ...(year !== null ? { year } : {}), classes }));
  if (sheets.length === 0) {
    io.log(`“${PREVIOUS_SHEET}”和“${MATERIALS_SHEET}”工作表已存在，未改动`);
    return 0;
  }
  await book.writePlan({ sheets }, 'fail');
  await writeFile(out, await book.toBuffer());
  io.log(`已写出 ${out}，其中添加了：${sheets.map((s) => `“${s.name}”`).join('、')}，请填写黄色单元格后再运行 budget narrative`);
  return 0;
}
