import type { CliCommand, CliIo } from './command';
import { demoCommand } from './commands/demo';

// Each command lives in its own file; add it here with one line.
const COMMANDS: readonly CliCommand[] = [
  demoCommand,
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
