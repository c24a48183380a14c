import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { budgetDataFromPublished } from '../domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import type { Finding } from '../domain/findings/finding';
import type { CliIo } from './command';
import { checkAllSheets } from '../domain/check/checkAllSheets';
import { countsLine, foldedLines } from '../domain/check/checkReport';
import { catalogEditionJson } from '../domain/check/catalogEdition';
import { addCheckSheet, writeCheckReport } from './commands/check';
import { addDemoProjects } from './demoProjects';
import { seedPath } from './paths';
import { writeDemoNarrative } from './demoNarrative';

export const DEMO_WORKBOOK = '部门预算-2024-示例.xlsx';

/** Builds the sample workbook from the shipped seed (上海市人力资源和社会保障局 2024). */
export async function buildDemoWorkbook(): Promise<{ workbook: XlsxWorkbook; warnings: string[]; findings: Finding[] }> {
  const seed: unknown = JSON.parse(await readFile(seedPath('sh-hrss-2024.json'), 'utf8'));
  const data = budgetDataFromPublished(seed);
  const { plan, findings } = buildBudgetWorkbook(data);
  const workbook = new XlsxWorkbook();
  workbook.workbook.creator = 'budget';
  await workbook.writePlan(plan, 'fail');
  const projectNotes = await addDemoProjects(workbook);
  const checks = await addCheckSheet(workbook); // the 校验 sheet: live formulas over the tables
  return { workbook, warnings: [...findings.map((f) => f.message), ...projectNotes], findings: checks.findings };
}

export async function runDemo(outDir: string, io: CliIo): Promise<number> {
  const log = (l: string) => io.log(l);
  await mkdir(outDir, { recursive: true });
  const { workbook, warnings } = await buildDemoWorkbook();
  const narrative = await writeDemoNarrative(outDir, workbook); // adds 上年数/说明素材/编制说明 sheets, writes .txt/.docx
  const file = join(outDir, DEMO_WORKBOOK);
  await writeFile(file, await workbook.toBuffer());
  log(`已生成示例工作簿：${file}`);
  for (const f of narrative.files) log(`已生成编制说明：${f}`);
  for (const w of warnings) log(`  生成时提示：${w}`);
  // The report is `budget check` of the finished workbook: what is printed here is what it says.
  const { findings, context } = checkAllSheets(await workbook.readSheets());
  for (const report of await writeCheckReport(outDir, DEMO_WORKBOOK, findings, catalogEditionJson(context)))
    log(`已生成校验报告：${report}`);
  log(`校验结果（与校验报告一致）：${countsLine(findings)}`);
  for (const l of foldedLines(findings)) log(`  ${l}`);
  return 0;
}
