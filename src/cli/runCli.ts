import type { CliCommand, CliIo } from './command';
import { compareCommand } from './commands/compare';
import { checkCommand } from './commands/check';
import { rolloverCommand } from './commands/rollover';
import { demoCommand } from './commands/demo';
import { templateCommand } from './commands/template';
import { consolidateCommand } from './commands/consolidate';
import { projectsCommand } from './commands/projects';
import { narrativeCommand } from './commands/narrative';
import { catalogCommand } from './commands/catalog';

// Each command lives in its own file; add it here with one line.
const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  templateCommand,
  checkCommand,
  consolidateCommand,
  rolloverCommand,
  compareCommand,
  projectsCommand,
  narrativeCommand,
  catalogCommand,
];

const stdio: CliIo = {
  log: (l) => process.stdout.write(`${l}\n`),
  warn: (l) => process.stderr.write(`${l}\n`),
};

export function usage(): string {
  return ['用法：', ...COMMANDS.map((c) => `  ${c.usage}`)].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.log(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.warn(`未知命令：${name}\n${usage()}`);
    return 2;
  }
  return command.run(rest, io);
}
