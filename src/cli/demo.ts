import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { budgetDataFromPublished } from '../domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import type { CliIo } from './command';
import { seedPath } from './paths';

export const DEMO_WORKBOOK = '部门预算-2024-示例.xlsx';

/** Builds the sample workbook from the shipped seed (上海市人力资源和社会保障局 2024). */
export async function buildDemoWorkbook(): Promise<{ workbook: XlsxWorkbook; warnings: string[] }> {
  const seed: unknown = JSON.parse(await readFile(seedPath('sh-hrss-2024.json'), 'utf8'));
  const data = budgetDataFromPublished(seed);
  const { plan, findings } = buildBudgetWorkbook(data);
  const workbook = new XlsxWorkbook();
  workbook.workbook.creator = 'budget';
  await workbook.writePlan(plan, 'fail');
  return { workbook, warnings: findings.map((f) => f.message) };
}

export async function runDemo(outDir: string, io: CliIo): Promise<number> {
  const log = (l: string) => io.log(l);
  await mkdir(outDir, { recursive: true });
  const { workbook, warnings } = await buildDemoWorkbook();
  const file = join(outDir, DEMO_WORKBOOK);
  await writeFile(file, await workbook.toBuffer());
  log(`已生成示例工作簿：${file}`);
  for (const w of warnings) log(`  提示：${w}`);
  return 0;
}
