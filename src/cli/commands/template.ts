import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { blankBudget, splitCodeList } from '../../domain/model/blankBudget';
import { blankProvinceBudget } from '../../domain/model/blankProvinceBudget';
import { buildBudgetWorkbook } from '../../domain/plan/buildBudgetWorkbook';
import { buildProvinceWorkbook } from '../../domain/plan/province/buildProvinceWorkbook';
import { provinceEditions } from '../../domain/templates/provinceEditions';
import { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';
import type { CliCommand } from '../command';
import { argsErrorText, parseCommandArgs, positionals, yearOption } from '../args/cliArgs';

const USAGE =
  'budget template --year 年度 --department 编制部门 --items 2080101,2080102… [--economic 30101,30201…] [--edition jiangsu-2019] --out 表样.xlsx   生成本部门的空白预算表（上级科目、合计和汇总表均为公式；--edition 选其他省份的公开表样）';

export const TEMPLATE_OPTIONS = {
  year: { type: 'string' },
  department: { type: 'string' },
  items: { type: 'string' },
  economic: { type: 'string' },
  out: { type: 'string' },
  edition: { type: 'string' },
} as const;

// Which of --year, --department, --out are needed depends on --edition (which implies its year): checked below.
export const TemplateArgs = z.object({
  positionals: positionals(0, 0, ''),
  year: yearOption('--year', 2025).optional(),
  department: z.string().optional(),
  items: z.string().default(''),
  economic: z.string().default(''),
  out: z.string().optional(),
  edition: z.string().optional(),
});
type TemplateValues = z.output<typeof TemplateArgs>;

export const templateCommand: CliCommand = {
  name: 'template',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, TEMPLATE_OPTIONS, TemplateArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, USAGE));
      return 2;
    }
    const values = parsed.args;
    if (values.edition !== undefined) return writeProvinceTemplate(values, io);
    const { year, department, out } = values;
    if (year === undefined || !department || !out) {
      io.warn(`请给出 --year、--department 和 --out\n用法：${USAGE}`);
      return 2;
    }
    if (existsSync(out)) {
      io.warn(`${out} 已存在，不会覆盖；请换一个文件名`);
      return 2;
    }
    const blank = blankBudget({
      year,
      department,
      functionalCodes: splitCodeList(values.items),
      economicCodes: splitCodeList(values.economic),
    });
    for (const p of blank.problems) io.warn(`提示：${p}`);
    const { plan, findings } = buildBudgetWorkbook(blank.data);
    for (const f of findings) io.warn(`提示：${f.message}`);
    const book = new XlsxWorkbook();
    await book.writePlan(plan, 'fail');
    await writeFile(out, await book.toBuffer());
    io.log(
      `已生成空白表样：${out}（${plan.sheets.length} 张表，${blank.data.lines.expenditure.length} 个功能科目项、${blank.data.lines.economic.length} 个经济科目款）`,
    );
    return 0;
  },
};

/** `--edition jiangsu-2019 …`: the province's published table set, blank, every sum a formula. */
async function writeProvinceTemplate(values: TemplateValues, io: Parameters<CliCommand['run']>[1]): Promise<number> {
  const edition = provinceEditions().find((e) => e.id === values.edition);
  if (!edition) {
    io.warn(
      `没有表样版本“${values.edition ?? ''}”；可用：${provinceEditions()
        .map((e) => e.id)
        .join('、')}\n用法：${USAGE}`,
    );
    return 2;
  }
  if (values.year !== undefined && values.year !== edition.year) {
    io.warn(`${edition.label}是 ${edition.year} 年的表样，--year ${values.year} 与之不符`);
    return 2;
  }
  if (!values.department || !values.out) {
    io.warn(`请给出 --department 和 --out\n用法：${USAGE}`);
    return 2;
  }
  if (existsSync(values.out)) {
    io.warn(`${values.out} 已存在，不会覆盖；请换一个文件名`);
    return 2;
  }
  const blank = blankProvinceBudget({
    edition: edition.id,
    department: values.department,
    functionalCodes: splitCodeList(values.items),
    economicCodes: splitCodeList(values.economic),
  });
  for (const p of blank.problems) io.warn(`提示：${p}`);
  const plan = buildProvinceWorkbook(blank.data, 'template');
  const book = new XlsxWorkbook();
  await book.writePlan(plan, 'fail');
  await writeFile(values.out, await book.toBuffer());
  io.log(`已生成空白表样：${values.out}（${edition.label}，${plan.sheets.length} 张表）`);
  return 0;
}
