import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package root (where seeds/ lives), found upward from this file in src/ or dist-cli/. */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('找不到程序包根目录（含 seeds/ 的目录）');
}

export function seedPath(file: string): string {
  return join(packageRoot(), 'seeds', file);
}
