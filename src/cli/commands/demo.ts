import { z } from 'zod';
import { argsErrorText, parseCommandArgs, positionals } from '../args/cliArgs';
import type { CliCommand } from '../command';
import { runDemo } from '../demo';
import { runProvinceDemo } from '../provinceDemo';

export const DEMO_OPTIONS = { out: { type: 'string' }, edition: { type: 'string' } } as const;

export const DemoArgs = z.object({
  positionals: positionals(0, 0, ''),
  out: z.string().default('out'),
  edition: z.string().optional(),
});

export const demoCommand: CliCommand = {
  name: 'demo',
  usage:
    'budget demo [--out DIR] [--edition jiangsu-2019]  用内置样例数据（上海市人社局 2024；--edition jiangsu-2019 为江苏省政协办公厅 2019）生成示例工作簿、校验报告和编制说明',
  async run(args, io) {
    const parsed = parseCommandArgs(args, DEMO_OPTIONS, DemoArgs);
    if (!parsed.ok) {
      io.warn(argsErrorText(parsed.error, demoCommand.usage));
      return 2;
    }
    const { out, edition } = parsed.args;
    if (edition !== undefined) return runProvinceDemo(edition, out, io);
    return runDemo(out, io);
  },
};
