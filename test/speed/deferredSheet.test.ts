import JSZip from 'jszip';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { FOR_CHECKING } from '../../src/cli/forChecking';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { FastReadError, readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';

// The check reads a file with the 校验 sheet's cells deferred (FOR_CHECKING): scanned, so a damaged
// part is refused as before, but built only if something reads it. The findings are those of the
// full reading, on the demo and on a demo with a changed 项; the deferred sheet, once read, is the
// sheet the full reading gives.

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

describe('the 校验 sheet deferred for checking', () => {
  it.each([
    ['the demo', () => demo],
    ['the demo with a changed 项', () => planted],
  ])('%s: the same findings as the full reading', (_label, bytes) => {
    const full = checkAllSheets(readSnapshotsFast(bytes()));
    const deferred = checkAllSheets(readSnapshotsFast(bytes(), undefined, FOR_CHECKING));
    expect(deferred.findings).toEqual(full.findings);
    expect(full.findings.length).toBeGreaterThan(0);
  });

  it('is not read by the check: nothing asks for its cells', () => {
    const sheets = readSnapshotsFast(planted, undefined, FOR_CHECKING);
    const sheet = sheets.find((s) => s.name === '校验');
    if (!sheet) throw new Error('demo has no 校验 sheet');
    const asked = ['values', 'formulas', 'merges'] as const;
    const spies = asked.map((k) => jest.spyOn(sheet, k, 'get'));
    expect(checkAllSheets(sheets).findings.length).toBeGreaterThan(0);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('reads, when asked, the sheet the full reading gives', () => {
    const full = readSnapshotsFast(demo);
    const deferred = readSnapshotsFast(demo, undefined, FOR_CHECKING);
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
    expect(() => readSnapshotsFast(broken, undefined, FOR_CHECKING)).toThrow(FastReadError);
  });
});
