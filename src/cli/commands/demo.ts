import { parseArgs } from 'node:util';
import type { CliCommand } from '../command';
import { runDemo } from '../demo';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'budget demo [--out DIR]                 用内置样例数据（上海市人社局 2024）生成示例工作簿、校验报告和编制说明',
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { out: { type: 'string', default: 'out' } } });
    return runDemo(values.out ?? 'out', io);
  },
};
