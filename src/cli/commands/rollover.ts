import { openXlsx } from '../../hosts/xlsx/openXlsx';
import { writeRolledWorkbook } from '../../hosts/xlsx/writeRolledWorkbook';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SEVERITY_ZH } from '../../domain/findings/finding';
import { rollForward } from '../../domain/rollover/rollForward';
import type { CliCommand, CliIo } from '../command';
import { loadStoredCatalogs } from '../catalogStore';
import { samePath } from '../samePath';
import { argsErrorText, parseCommandArgs, positionals, yearOption } from '../args/cliArgs';

export const ROLLOVER_OPTIONS = { out: { type: 'string' }, year: { type: 'string' } } as const;

const MISSING = '请给出本年度的工作簿和 --out 输出文件';

export const RolloverArgs = z.object({
  positionals: positionals(1, 1, MISSING),
  out: z.string({ error: MISSING }),
  year: yearOption('--year', 2025).optional(),
});

export async function runRollover(file: string, out: string, targetYear: number | undefined, io: CliIo): Promise<number> {
  if (samePath(file, out)) {
    io.warn(`输出文件不能与输入文件相同：${out}（结转不会覆盖上一年度的工作簿）`);
    return 2;
  }
  const book = await openXlsx(file);
  // The officer's imported catalogs (budget catalog import), as budget check uses them; noted when used.
  const used = new Map<number, string>();
  const storedCatalogs = (year: number) => {
    const stored = loadStoredCatalogs(year);
    if (stored) used.set(year, stored.origin);
    return stored;
  };
  const result = rollForward(await book.readSheets(), { ...(targetYear !== undefined ? { targetYear } : {}), storedCatalogs });
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
  for (const [year, origin] of [...used].sort((a, b) => a[0] - b[0])) io.log(`  ${year} 年科目按导入的官方科目表（${origin}）`);
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
    const parsed = parseCommandArgs(args, ROLLOVER_OPTIONS, RolloverArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, rolloverCommand.usage));
      return 2;
    }
    const { positionals, out, year } = parsed.args;
    return runRollover(positionals[0] ?? '', out, year, io);
  },
};
