import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { consolidateFiles, printSummary } from '../../src/cli/commands/consolidate';
import { readXlsxSnapshots } from '../../src/hosts/xlsx/openXlsx';
import { unitData, UNIT_NAMES, workbookBytes } from '../consolidate/unitFixtures';

// `budget consolidate FOLDER` through the compiled CLI (npm test builds it first): the units are read
// on the worker-process pool, as users get it. Its summary and its department workbook must be the
// ones the same consolidation gives read one unit at a time in this thread (jest runs the sources,
// which have no compiled worker).

const run = promisify(execFile);
const CLI = join('dist-cli', 'src', 'cli', 'budget.js');
let dir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} 不存在：请先运行 npm run build:cli（npm test 会自动运行）`);
  dir = await mkdtemp(join(tmpdir(), 'batch-consolidate-'));
  for (let i = 0; i < UNIT_NAMES.length; i++) await writeFile(join(dir, `单位${i + 1}.xlsx`), await workbookBytes(unitData(i)));
  await writeFile(join(dir, '单位9-损坏.xlsx'), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
}, 60_000);

test('the pool gives the same units, summary and department tables as reading one unit at a time', async () => {
  const out = join(dir, '..', `部门-${Date.now()}.xlsx`);
  let stdout = '';
  let code = 0;
  try {
    ({ stdout } = await run('node', [CLI, 'consolidate', dir, '--out', out, '--department', '主管部门'], { maxBuffer: 16 << 20 }));
  } catch (e) {
    ({ stdout, code } = e as { stdout: string; code: number });
  }
  expect(code).toBe(1); // one unit file could not be read
  const files = [1, 2, 3, '9-损坏'].map((n) => join(dir, `单位${n}.xlsx`));
  const inThread = await consolidateFiles(files, { department: '主管部门' });
  const lines: string[] = [];
  printSummary(inThread.result, out, { log: (l) => lines.push(l), warn: () => undefined });
  expect(stdout.trim().split('\n')).toEqual(lines);
  expect(inThread.result.units.map((u) => [u.file, u.included, u.errors])).toEqual([
    ['单位9-损坏.xlsx', false, 1],
    ['单位1.xlsx', true, 0],
    ['单位2.xlsx', true, 0],
    ['单位3.xlsx', true, 0],
  ]);
  // The department workbook: the same sheets, values and formulas either way.
  const fromPool = await readXlsxSnapshots(out);
  const written = join(dir, '..', `部门-线程内-${Date.now()}.xlsx`);
  await writeFile(written, inThread.bytes!);
  expect(fromPool).toEqual(await readXlsxSnapshots(written));
  expect((await readFile(out)).length).toBeGreaterThan(0);
}, 120_000);
