import { openXlsx } from '../../hosts/xlsx/openXlsx';
import { writeRolledWorkbook } from '../../hosts/xlsx/writeRolledWorkbook';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SEVERITY_ZH } from '../../domain/findings/finding';
import { rollForward } from '../../domain/rollover/rollForward';
import type { CliCommand, CliIo } from '../command';
import { samePath } from '../samePath';

export async function runRollover(file: string, out: string, targetYear: number | undefined, io: CliIo): Promise<number> {
  if (samePath(file, out)) {
    io.warn(`输出文件不能与输入文件相同：${out}（结转不会覆盖上一年度的工作簿）`);
    return 2;
  }
  const book = await openXlsx(file);
  const result = rollForward(await book.readSheets(), targetYear !== undefined ? { targetYear } : {});
  if (!result.plan) {
    for (const f of result.findings.filter((x) => x.severity === 'error')) io.warn(`错误：${f.message}`);
    return 1;
  }
  const { kept } = await writeRolledWorkbook(book, result);
  await writeFile(out, await book.toBuffer());
  io.log(`已由 ${result.sourceYear} 年工作簿生成 ${result.targetYear} 年工作簿：${out}`);
  const prev = result.previousYear;
  const count = prev ? Object.keys(prev.amounts).length + Object.keys(prev.classes).length : 0;
  io.log(
    `  各表金额单元格已清空待填，上下级汇总与合计公式保留；${result.sourceYear} 年预算数已写入“上年数”工作表（${count} 项，供编制说明比较上年）。`,
  );
  if (kept.length > 0) io.log(`  保留原有其他工作表：${kept.join('、')}`);
  if (result.changes.length === 0) io.log('科目变动：无');
  else {
    io.log(`科目变动（${result.changes.length} 项）：`);
    result.changes.forEach((c, i) => io.log(`  ${i + 1}. ${c.message}`));
  }
  const notes = result.findings.filter((f) => f.rule !== 'rollover/unmapped');
  for (const f of notes) io.log(`  ${SEVERITY_ZH[f.severity]}：${f.message}`);
  return 0;
}

export const rolloverCommand: CliCommand = {
  name: 'rollover',
  usage:
    'budget rollover FILE.xlsx --out NEXT.xlsx [--year YYYY]   由本年度工作簿生成下一年度（或指定年度）工作簿：标题年度更新、科目按新版科目表调整、本年数转为上年数、金额清空待填',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string' }, year: { type: 'string' } },
    });
    const [file] = positionals;
    if (!file || !values.out || positionals.length > 1) {
      io.warn(`用法：${rolloverCommand.usage}`);
      return 2;
    }
    let year: number | undefined;
    if (values.year !== undefined) {
      year = Number(values.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        io.warn(`--year 应为四位年度，例如 2025：${values.year}`);
        return 2;
      }
    }
    return runRollover(file, values.out, year, io);
  },
};
