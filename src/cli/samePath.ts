import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** True when two paths name the same file: same path after resolving links, or the same inode. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  if (resolve(a) === resolve(b) || real(a) === real(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** The input `out` would overwrite, if any: the CLI never writes over a file it was given. */
export function inputAt(out: string, inputs: readonly string[]): string | null {
  return inputs.find((f) => samePath(out, f)) ?? null;
}
