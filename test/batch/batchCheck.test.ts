import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDemoWorkbook } from '../../src/cli/demo';

// `budget check FOLDER` runs the compiled CLI (npm test builds it first) so the worker-process pool
// is the one users get: results come back in file order, one summary table, per-file JSON.

const run = promisify(execFile);
const CLI = join('dist-cli', 'src', 'cli', 'budget.js');
let dir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} 不存在：请先运行 npm run build:cli（npm test 会自动运行）`);
  dir = await mkdtemp(join(tmpdir(), 'batch-'));
  const { workbook } = await buildDemoWorkbook();
  const clean = await workbook.toBuffer();
  for (const n of ['a', 'b', 'c', 'd']) await writeFile(join(dir, `${n}.xlsx`), clean);
  // A 项 changed in the 支出总表 only: 收入 and 支出 no longer agree row by row.
  workbook.workbook.getWorksheet('3 支出预算总表')!.getCell('F8').value = 582_432_999;
  await writeFile(join(dir, 'e-planted.xlsx'), await workbook.toBuffer());
  await writeFile(join(dir, 'f-broken.xlsx'), clean.subarray(0, 2000));
  await writeFile(join(dir, '~$a.xlsx'), 'lock file');
}, 60_000);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

test('a folder is checked in parallel and summarised in file order; unreadable files are named', async () => {
  // The nine tables only: the demo's project sheets carry the published text's four cut-short projects.
  const { code, stdout, stderr } = await cli('check', '--only', 'tables', dir);
  expect(code).toBe(2); // one file could not be read
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toBe('校验 6 个文件：');
  const rows = lines.slice(2).map((l) => l.split(/\s{2,}/));
  expect(rows.map((r) => r[0]!.replace(`${dir}/`, ''))).toEqual([
    'a.xlsx',
    'b.xlsx',
    'c.xlsx',
    'd.xlsx',
    'e-planted.xlsx',
    'f-broken.xlsx',
  ]);
  expect(rows.slice(0, 4).map((r) => r[1])).toEqual(['0', '0', '0', '0']);
  expect(Number(rows[4]![1])).toBeGreaterThan(0);
  expect(rows[5]![1]).toBe('无法读取');
  expect(stderr).toContain(`无法读取“${join(dir, 'f-broken.xlsx')}”：文件已损坏或不完整`);
}, 120_000);

test('--json gives one object per file, with the planted error at its cell', async () => {
  const { stdout } = await cli('check', '--only', 'tables', '--json', join(dir, 'a.xlsx'), join(dir, 'e-planted.xlsx'));
  const out = JSON.parse(stdout) as { files: Array<{ file: string; findings?: Array<{ severity: string; sheet: string; cell: string }> }> };
  expect(out.files.map((f) => f.file)).toEqual([join(dir, 'a.xlsx'), join(dir, 'e-planted.xlsx')]);
  expect(out.files[0]!.findings!.filter((f) => f.severity === 'error')).toEqual([]);
  const errors = out.files[1]!.findings!.filter((f) => f.severity === 'error');
  expect(errors.some((f) => f.sheet === '3 支出预算总表')).toBe(true);
}, 120_000);
