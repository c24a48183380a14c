import JSZip from 'jszip';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { FOR_CHECKING } from '../../src/cli/forChecking';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { NODE_DECODING } from '../../src/hosts/xlsx/openXlsx';
import { FastReadError, readSnapshotsFast, type FastReadOptions } from '../../src/hosts/xlsx/readSnapshotsFast';
import { scanXml, XmlError } from '../../src/hosts/xlsx/xmlScan';
import { prng } from '../support/prng';

// The check reads a file with the 校验 sheet's cells deferred (FOR_CHECKING): scanned, so a damaged
// part is refused as before, but built only if something reads it. The findings are those of the
// full reading, on the demo and on a demo with a changed 项; the deferred sheet, once read, is the
// sheet the full reading gives. Each case runs as the page reads (fflate, TextDecoder) and as the
// CLI reads (zlib, and the deferred sheet scanned as one byte a character without being decoded).

const WAYS: ReadonlyArray<readonly [string, FastReadOptions]> = [
  ['as the page reads', FOR_CHECKING],
  ['as the CLI reads (native)', { ...FOR_CHECKING, native: NODE_DECODING }],
];

let demo: Uint8Array;
let planted: Uint8Array;
beforeAll(async () => {
  const { workbook } = await buildDemoWorkbook();
  demo = await workbook.toBuffer();
  const ws = workbook.workbook.getWorksheet('3 支出预算总表');
  if (!ws) throw new Error('demo has no 3 支出预算总表');
  ws.getCell('F8').value = 582_432_999;
  planted = await workbook.toBuffer();
});

/** The package with the 校验 sheet's XML replaced by `edit` of it. */
async function editCheckSheet(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rId = /<sheet [^>]*name="校验"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels);
  const path = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
  const part = await zip.file(path)?.async('string');
  if (!rId || part === undefined) throw new Error(`no 校验 sheet part (${path})`);
  zip.file(path, edit(part));
  return zip.generateAsync({ type: 'uint8array' });
}

describe.each(WAYS)('the 校验 sheet deferred for checking, %s', (_way, options) => {
  it.each([
    ['the demo', () => demo],
    ['the demo with a changed 项', () => planted],
  ])('%s: the same findings as the full reading', (_label, bytes) => {
    const full = checkAllSheets(readSnapshotsFast(bytes()));
    const deferred = checkAllSheets(readSnapshotsFast(bytes(), undefined, options));
    expect(deferred.findings).toEqual(full.findings);
    expect(full.findings.length).toBeGreaterThan(0);
  });

  it('is not read by the check: nothing asks for its cells', () => {
    const sheets = readSnapshotsFast(planted, undefined, options);
    const sheet = sheets.find((s) => s.name === '校验');
    if (!sheet) throw new Error('demo has no 校验 sheet');
    const asked = ['values', 'formulas', 'merges'] as const;
    const spies = asked.map((k) => jest.spyOn(sheet, k, 'get'));
    expect(checkAllSheets(sheets).findings.length).toBeGreaterThan(0);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('reads, when asked, the sheet the full reading gives', () => {
    const full = readSnapshotsFast(demo);
    const deferred = readSnapshotsFast(demo, undefined, options);
    expect(deferred.map((s) => s.name)).toEqual(full.map((s) => s.name));
    const a = deferred.find((s) => s.name === '校验');
    const b = full.find((s) => s.name === '校验');
    expect(b?.values.length).toBeGreaterThan(100);
    expect({ values: a?.values, formulas: a?.formulas, merges: a?.merges }).toEqual({
      values: b?.values,
      formulas: b?.formulas,
      merges: b?.merges,
    });
  });

  it('still refuses a package whose 校验 sheet is not well-formed', async () => {
    const broken = await editCheckSheet(demo, (xml) => xml.replace('</sheetData>', '</sheetDta>'));
    expect(() => readSnapshotsFast(broken)).toThrow(FastReadError);
    expect(() => readSnapshotsFast(broken, undefined, options)).toThrow(FastReadError);
  });
});

/** Whether scanning refuses the text, and with what message. */
function scanVerdict(xml: string): string {
  try {
    scanXml(xml, { open() {}, text() {}, close() {} });
    return 'read';
  } catch (e) {
    if (e instanceof XmlError) return e.message.replace(/[^\x20-\x7e]+/g, '?');
    throw e;
  }
}

const latin1 = (xml: string) => NODE_DECODING.latin1(new TextEncoder().encode(xml));

test('scanning the bytes one a character refuses exactly what scanning the decoded text refuses', async () => {
  const zip = await JSZip.loadAsync(demo);
  // The 校验 sheet is the demo's largest part (its title is a shared string, not in the sheet's XML).
  let sheet = '';
  for (const [path, f] of Object.entries(zip.files)) {
    const xml = path.startsWith('xl/worksheets/sheet') ? await f.async('string') : '';
    if (xml.length > sheet.length) sheet = xml;
  }
  expect(sheet.length).toBeGreaterThan(100_000);
  // Hand-picked: tags and quotes around Chinese text, and names outside ASCII.
  const cases = [
    sheet,
    sheet.replace('</sheetData>', '</sheetDta>'),
    '<a><数据 x="不平>">差额</数据></a>',
    '<a><数据>差额</数字></a>',
    '<a b="差额></a>',
    '<a>差额<</a>',
    '<a><!-- 注释 --><![CDATA[<差额>]]></a>',
    '\ufeff<a>差额</a>',
  ];
  // And 300 damaged copies of a stretch of the 校验 sheet: a character deleted, doubled or replaced
  // by one of < > " / or a Chinese character.
  const rand = prng(13);
  const stretch = sheet.slice(0, 20_000) + '</row></sheetData></worksheet>';
  for (let k = 0; k < 300; k++) {
    const at = Math.floor(rand() * stretch.length);
    const ch = ['<', '>', '"', '/', '差', ''][Math.floor(rand() * 6)] ?? '';
    const doubled = rand() < 0.3;
    cases.push(stretch.slice(0, at) + (doubled ? stretch.slice(at, at + 1) : ch) + stretch.slice(at + 1));
  }
  const refused = cases.filter((xml) => scanVerdict(xml) !== 'read').length;
  expect(refused).toBeGreaterThan(50);
  for (const xml of cases) {
    const decoded = scanVerdict(xml);
    const asBytes = scanVerdict(latin1(xml));
    // The same verdict and message (a Chinese tag name comes out as its bytes: compared as '?').
    expect(asBytes).toBe(decoded);
  }
});
