import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProvinceBudgetSchema } from '../domain/model/provinceBudget';
import { buildProvinceWorkbook } from '../domain/plan/province/buildProvinceWorkbook';
import { provinceEditions } from '../domain/templates/provinceEditions';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import type { CliIo } from './command';
import { addCheckSheet, writeCheckReport } from './commands/check';
import { seedPath } from './paths';

/** The seed shipped for each province edition: one department's published line items. */
export const PROVINCE_SEEDS: Readonly<Record<string, { file: string; workbook: string }>> = {
  'jiangsu-2019': { file: 'jiangsu-2019-zxbgt.json', workbook: '部门预算-江苏2019-示例.xlsx' },
};

/** `budget demo --edition jiangsu-2019`: the edition's template filled with the seed, its 校验 sheet and report. */
export async function runProvinceDemo(edition: string, outDir: string, io: CliIo): Promise<number> {
  const seed = PROVINCE_SEEDS[edition];
  if (!seed) {
    io.warn(
      `没有表样版本“${edition}”的示例数据；可用：${provinceEditions()
        .map((e) => e.id)
        .join('、')}`,
    );
    return 2;
  }
  const data = ProvinceBudgetSchema.parse(JSON.parse(await readFile(seedPath(seed.file), 'utf8')));
  await mkdir(outDir, { recursive: true });
  const book = new XlsxWorkbook();
  book.workbook.creator = 'budget';
  await book.writePlan(buildProvinceWorkbook(data, 'template'), 'fail');
  const { findings, catalog } = await addCheckSheet(book);
  const file = join(outDir, seed.workbook);
  await writeFile(file, await book.toBuffer());
  io.log(`已生成示例工作簿：${file}（${data.department} ${data.year} 年公开表，上下级和表间数均为公式）`);
  for (const report of await writeCheckReport(outDir, seed.workbook, findings, catalog)) io.log(`已生成校验报告：${report}`);
  return 0;
}
