import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { buildDemoWorkbook } from '../../src/cli/demo';

// A batch check of different workbooks keeps no workbook alive. The memos shared across a batch (科目
// names, project-sheet labels, formula texts) are keyed by texts read from each file, and such a text
// is a slice of its part's whole XML: kept as it is, it kept that XML (160 KB of shared strings per
// demo workbook here). Measured in a process of its own with the compiled reader and checker: the
// heap after a full collection, after 40 and after 120 workbooks that each bring new texts. Keeping
// the XML, it grew about 170 KB a workbook; keeping copies, about 35 KB (the new texts themselves).

const run = promisify(execFile);
const DIST = resolve('dist-cli', 'src');
const FILES = 120;

const SCRIPT = `
const { readXlsxSnapshots } = require(${JSON.stringify(join(DIST, 'hosts/xlsx/openXlsx.js'))});
const { checkAllSheets } = require(${JSON.stringify(join(DIST, 'domain/check/checkAllSheets.js'))});
const { FOR_CHECKING } = require(${JSON.stringify(join(DIST, 'cli/forChecking.js'))});
const files = process.argv.slice(1);
(async () => {
  const heap = [];
  for (let i = 0; i < files.length; i++) {
    checkAllSheets(await readXlsxSnapshots(files[i], undefined, FOR_CHECKING));
    if (i + 1 === 40 || i + 1 === files.length) { global.gc(); heap.push(process.memoryUsage().heapUsed); }
  }
  process.stdout.write(JSON.stringify(heap));
})();
`;

test('checking 120 different workbooks in one process: the heap grows by the new texts, not by the workbooks', async () => {
  expect(existsSync(join(DIST, 'cli', 'budget.js'))).toBe(true); // npm test builds the CLI first
  const dir = await mkdtemp(join(tmpdir(), 'memo-'));
  const source = await (await buildDemoWorkbook()).workbook.toBuffer();
  const zip = await JSZip.loadAsync(source);
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    // Every third text of four characters or more made this workbook's own.
    let n = 0;
    const own = sst.replace(/<t([^>]*)>([^<]{4,})<\/t>/g, (m, a: string, t: string) => (n++ % 3 === 0 ? `<t${a}>${t}（${i}）</t>` : m));
    zip.file('xl/sharedStrings.xml', own);
    const file = join(dir, `unit-${i}.xlsx`);
    await writeFile(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    files.push(file);
  }
  const { stdout } = await run(process.execPath, ['--expose-gc', '-e', SCRIPT, ...files], { maxBuffer: 1 << 20 });
  const [after40, after120] = JSON.parse(stdout) as [number, number];
  const perWorkbook = (after120 - after40) / (FILES - 40);
  expect(perWorkbook).toBeLessThan(100 * 1024);
}, 120_000);
