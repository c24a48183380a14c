import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { runDemo } from '../demo';
import { runProvinceDemo } from '../provinceDemo';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage:
    'budget demo [--out DIR] [--edition jiangsu-2019]  用内置样例数据（上海市人社局 2024；--edition jiangsu-2019 为江苏省政协办公厅 2019）生成示例工作簿、校验报告和编制说明',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { out: { type: 'string', default: 'out' }, edition: { type: 'string' } } });
    if (values.edition !== undefined) return runProvinceDemo(values.edition, values.out ?? 'out', io);
    return runDemo(values.out ?? 'out', io);
  },
};
