#!/usr/bin/env node
import { runCli } from './runCli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`budget: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
