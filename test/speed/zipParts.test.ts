import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { NODE_DECODING } from '../../src/hosts/xlsx/openXlsx';
import { FastReadError, readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';
import { zipParts } from '../../src/hosts/xlsx/zipParts';
import { REAL_XLSX_FILES } from '../support/realXlsxFiles';

// The CLI unzips with its own walk of the central directory and Node's zlib (zipParts); the page
// with fflate's unzipSync. The parts, and so the snapshots, must be the same on every workbook the
// reader tests use, and a package the walk does not take (ZIP64, names outside ASCII, other
// methods) goes to unzipSync whole.

const all = () => true;
const inflate = NODE_DECODING.inflate;

/** Same names, same bytes (compared as buffers: jest's deep equality walks a megabyte byte by byte). */
function expectSameParts(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): void {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  const differing = Object.keys(a).filter((k) => {
    const x = a[k];
    const y = b[k];
    return !x || !y || !Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(y);
  });
  expect(differing).toEqual([]);
}

/** The snapshots read the CLI's way and the page's way, compared as JSON (the templates have large grids). */
function expectSameSnapshots(bytes: Uint8Array): void {
  const native = readSnapshotsFast(bytes, undefined, { native: NODE_DECODING });
  expect(native.length).toBeGreaterThan(0);
  expect(JSON.stringify(native)).toBe(JSON.stringify(readSnapshotsFast(bytes)));
}

let demo: Uint8Array;
beforeAll(async () => {
  demo = await (await buildDemoWorkbook()).workbook.toBuffer();
});

test('the demo workbook: the same parts and the same snapshots as fflate', () => {
  const parts = zipParts(demo, all, inflate);
  expect(Object.keys(parts).length).toBeGreaterThan(20);
  expectSameParts(parts, unzipSync(demo));
  expectSameSnapshots(demo);
});

test.each(REAL_XLSX_FILES.map((f) => [f]))('real file %s: the same parts and snapshots as fflate', (file) => {
  const bytes = new Uint8Array(readFileSync(file));
  expectSameParts(zipParts(bytes, all, inflate), unzipSync(bytes));
  expectSameSnapshots(bytes);
});

/** A package of `parts` as JSZip writes it. */
async function zipOf(parts: Record<string, Uint8Array>, options: JSZip.JSZipGeneratorOptions<'uint8array'> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

describe('packages as other writers make them', () => {
  const a = new TextEncoder().encode('<a>差额</a>'.repeat(200));
  const files = { 'xl/a.xml': a, 'xl/b.xml': new TextEncoder().encode('plain'), 'xl/empty.xml': new Uint8Array(0) };
  it.each([
    ['stored, not deflated', () => zipOf(files, { compression: 'STORE' })],
    ['deflated at the best level', () => zipOf(files, { compressionOptions: { level: 9 } })],
    ['with an archive comment', () => zipOf(files, { comment: '预算 budget comment' })],
    ['a part name outside ASCII (read by fflate)', () => zipOf({ ...files, 'xl/名称.xml': new Uint8Array([1, 2, 3]) })],
  ])('%s: the same parts as fflate', async (_label, make) => {
    const bytes = await make();
    expectSameParts(zipParts(bytes, all, inflate), unzipSync(bytes));
  });

  it('keeps only the parts asked for, and inflates nothing else', async () => {
    const bytes = await zipOf(files);
    const asked: number[] = [];
    const parts = zipParts(
      bytes,
      (n) => n === 'xl/a.xml',
      (d, size) => (asked.push(size), inflate(d, size)),
    );
    expect(Object.keys(parts)).toEqual(['xl/a.xml']);
    expect(asked).toEqual([a.length]);
  });
});

describe('a damaged package is refused by the native reading as by fflate', () => {
  const cases: Array<[string, (d: Uint8Array) => Uint8Array]> = [
    ['truncated to half', (d) => d.subarray(0, Math.floor(d.length / 2))],
    ['its last 100 bytes cut', (d) => d.subarray(0, d.length - 100)],
    [
      'a kilobyte overwritten in the middle (inside a sheet the reader reads)',
      (d) => {
        const c = d.slice();
        const mid = Math.floor(d.length / 2);
        for (let i = mid; i < mid + 1000; i++) c[i] = 0xff;
        return c;
      },
    ],
  ];
  it.each(cases)('%s', (_label, damage) => {
    const bytes = damage(demo);
    expect(() => readSnapshotsFast(bytes)).toThrow(FastReadError);
    expect(() => readSnapshotsFast(bytes, undefined, { native: NODE_DECODING })).toThrow(FastReadError);
  });

  it('a part that inflates to more than its directory entry says', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': new Uint8Array(5000).fill(65) });
    // The central directory's inflated size (offset 24 of its entry) says 10 bytes.
    const c = bytes.slice();
    const view = new DataView(c.buffer);
    let dir = c.length - 4;
    while (dir > 0 && view.getUint32(dir, true) !== 0x02014b50) dir--;
    view.setUint32(dir + 24, 10, true);
    expect(() => zipParts(c, all, inflate)).toThrow(/larger than 10 bytes/);
    expect(() => readSnapshotsFast(c, undefined, { native: NODE_DECODING })).toThrow(FastReadError);
  });
});
