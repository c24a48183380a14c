/** One `budget` sub-command: its own file under src/cli/commands, listed in runCli's COMMANDS. */
export interface CliCommand {
  readonly name: string;
  /** One usage line (zh-CN), e.g. "budget check FILE.xlsx [--json]   校验工作簿". */
  readonly usage: string;
  /** Returns the process exit code. Output goes through `log` (stdout) and `warn` (stderr). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  log(line: string): void;
  warn(line: string): void;
}
