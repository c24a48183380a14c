import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { FormulaEvaluator } from '../../src/domain/read/evaluateFormulas';
import { checkProjects } from '../../src/domain/projects/checkProjects';
import { FastReadError, readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { unitData, workbookBytes } from '../consolidate/unitFixtures';
import { workbook2020 } from '../rollover/seedWorkbooks';
import { mutate } from '../support/mutateSnapshots';
import { prng } from '../support/prng';
import { packageBytes } from './xlsxParts';
import { REAL_XLSX_FILES } from '../support/realXlsxFiles';

// The fast reader (used by budget check, batch check, consolidate and the page) against the ExcelJS
// host it replaces for reading: the same snapshots, hence the same findings, on every kind of
// workbook the tests use, the corpus fixtures, hand-written packages with the cell forms Excel and
// WPS save, and the fuzz set written out as files.

async function viaExcelJs(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  return (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
}

function findingsOf(snaps: readonly SheetSnapshot[]) {
  return [...checkSnapshots(snaps).findings, ...checkProjects(snaps).findings];
}

async function expectSameReading(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  const slow = await viaExcelJs(bytes);
  const fast = readSnapshotsFast(bytes);
  expect(fast).toEqual(slow);
  expect(findingsOf(fast)).toEqual(findingsOf(slow));
  return fast;
}

let demo: Uint8Array;
beforeAll(async () => {
  demo = await (await buildDemoWorkbook()).workbook.toBuffer();
});

test('the demo workbook: same snapshots and findings (and the reading is not empty)', async () => {
  const snaps = await expectSameReading(demo);
  expect(snaps.map((s) => s.name)).toContain('3 支出预算总表');
  expect(
    snaps
      .find((s) => s.name === '3 支出预算总表')!
      .formulas.flat()
      .filter(Boolean).length,
  ).toBeGreaterThan(20);
});

test('the demo with planted errors, a hidden table and an edited cell: same findings, and they are found', async () => {
  const book = await XlsxWorkbook.fromBuffer(demo);
  book.workbook.getWorksheet('3 支出预算总表')!.getCell('F8').value = 582_432_999;
  book.workbook.getWorksheet('6 政府性基金预算支出功能分类')!.state = 'veryHidden';
  book.workbook.getWorksheet('2 收入预算总表')!.getCell('E8').value = { formula: 'E9+1', result: 0 };
  const snaps = await expectSameReading(await book.toBuffer());
  const rules = new Set(findingsOf(snaps).map((f) => f.rule));
  expect(rules.has('read/hidden-sheet')).toBe(true);
  expect([...rules].some((r) => !r.startsWith('read/'))).toBe(true);
});

test('the 2020 seed workbook with an officer sheet, and the three consolidation units', async () => {
  await expectSameReading(await (await workbook2020()).toBuffer());
  for (const u of [0, 1, 2]) await expectSameReading(await workbookBytes(unitData(u)));
});

test('cell forms ExcelJS writes: rich text, hyperlinks, dates, booleans, errors, shared formulas, merges, states', async () => {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('各种单元格');
  a.getCell('A1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
  a.getCell('A2').value = { text: '链接', hyperlink: 'https://example.invalid/' };
  a.getCell('A3').value = new Date(Date.UTC(2024, 0, 31));
  a.getCell('A4').value = true;
  a.getCell('A5').value = false;
  a.getCell('A6').value = { error: '#DIV/0!' };
  a.getCell('B1').value = 10;
  a.getCell('B2').value = 20;
  a.getCell('C1').value = { formula: 'B1*2', result: 20 };
  a.getCell('C2').value = { sharedFormula: 'C1', result: 40 };
  a.getCell('C3').value = { formula: 'B1-B1', result: 0 };
  a.getCell('C4').value = { formula: 'IF(B1>0,"正","负")', result: '正' };
  a.getCell('C5').value = { formula: 'B9' };
  a.getCell('D1').value = '  前后空格  ';
  a.getCell('D2').value = '=看似公式';
  a.getCell('D3').value = 1e15;
  a.getCell('D4').value = -0.005;
  a.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  a.mergeCells('E1:G1');
  a.mergeCells('E3:E6');
  a.getCell('E3').value = '竖合并';
  const b = wb.addWorksheet('隐藏', { state: 'hidden' });
  b.getCell('B2').value = 1;
  wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('A1').value = 'x';
  wb.addWorksheet('空表');
  wb.addWorksheet('只有合并').mergeCells('B2:C3');
  const styled = wb.addWorksheet('只有格式');
  styled.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  const snaps = await expectSameReading(new Uint8Array(await wb.xlsx.writeBuffer()));
  const cells = snaps[0]!;
  expect(cells.values[0]![0]).toBe('富文本');
  expect(cells.values[2]![0]).toBe('2024-01-31');
  expect(cells.formulas[1]![2]).toBe('=B2*2');
  expect(cells.values[2]![2]).toBeNull(); // a cached 0 reads as empty in ExcelJS, so here too: it is calculated again
  expect(snaps.map((s) => [s.name, s.visibility, s.values.length])).toEqual([
    ['各种单元格', 'visible', 20],
    ['隐藏', 'hidden', 2],
    ['深度隐藏', 'veryHidden', 1],
    ['空表', 'visible', 0],
    ['只有合并', 'visible', 3],
    ['只有格式', 'visible', 0],
  ]);
});

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="#,##0.00&quot;元&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="178" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;
const SST = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><si><t>收入</t></si><si><t xml:space="preserve"> 支出_x000D_合计 </t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si><si><t>拼音</t><rPh sb="0" eb="2"><t>ピン</t></rPh></si><si></si><si><t>A&amp;B &lt;C&gt;</t></si></sst>`;

test('packages as Excel and WPS save them: shared strings, inline strings, shared formulas, date formats, odd rows', async () => {
  const body = `<sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
    <row r="2"><c r="A2" t="inlineStr"><is><t>行内</t></is></c><c r="B2" t="inlineStr"><is><r><t>分</t></r><r><t>段_x0041_</t></r></is></c><c r="C2" t="str"><v>a&amp;amp;b</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="n"><v>1.5E3</v></c></row>
    <row r="3"><c r="A3"><v>10</v></c><c r="B3"><v>20</v></c><c r="C3"><f t="shared" ref="C3:C6" si="0">A3+B3*$A$3</f><v>210</v></c><c r="D3" s="1"><v>45322</v></c><c r="E3" s="3"><f>A3+45000</f><v>45010</v></c><c r="F3" s="2"><v>12.5</v></c></row>
    <row r="4"><c r="A4"><v>1</v></c><c r="B4"><v>2</v></c><c r="C4"><f t="shared" si="0"/><v>21</v></c><c r="D4" s="4"><v>7</v></c><c r="E4" t="str"><f>"文"&amp;"字"</f><v>文字</v></c><c r="F4"><f>0*1</f><v>0</v></c></row>
    <row r="5"><c r="A5"><v>3</v></c><c r="C5"><f t="shared" si="0"/></c><c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E5" t="b"><f>TRUE()</f><v>0</v></c><c r="F5" s="3"/></row>
    <row r="7"><c r="A7"><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c r="H7" s="2"/></row>
    <row r="8"><c r="A8"><v>8</v></c></row>
    <row r="8"><c r="B8"><v>88</v></c></row>
    <row r="0"><c r="A9"><v>lost</v></c></row>
    <row r="10" spans="1:3"/>
    <row r="11"><c r="A11"/><c r="B11"><v>  </v></c></row>
    <row r="12"><c r="A12"><v>1</v></c><c r="B12"><v>x</v></c><c r="C12" t="s"><v>0</v></c></row>
  </sheetData><mergeCells count="2"><mergeCell ref="A12:B12"/><mergeCell ref="D12:D14"/></mergeCells><hyperlinks><hyperlink ref="C12" r:id="rIdH1"/><hyperlink ref="A3" r:id="rIdH1"/><hyperlink ref="A11" r:id="rIdH1"/><hyperlink ref="B3" location="'表'!A1"/></hyperlinks>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/></Relationships>`;
  const bytes = await packageBytes({
    sharedStrings: SST,
    styles: STYLES,
    sheets: [
      // Listed in another order than the files, ids out of order: ExcelJS orders by the listing.
      { name: '第二', file: 'sheet2.xml', sheetId: 5, body: '<sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData>' },
      { name: '各种 &amp; 形式', file: 'sheet1.xml', sheetId: 3, body, rels },
      { name: '隐', file: 'sheet3.xml', sheetId: 4, state: 'hidden', body: '<sheetData/>' },
    ],
  });
  const snaps = await expectSameReading(bytes);
  expect(snaps.map((s) => s.name)).toEqual(['第二', '各种 & 形式', '隐']);
  const s = snaps[1]!;
  expect(s.values[0]!.slice(0, 6)).toEqual(['收入', ' 支出\r合计 ', '富文本', '拼音', null, 'A&B <C>']);
  expect(s.formulas[3]![2]).toBe('=A4+B4*$A$3');
  expect(s.values[2]![3]).toBe('2024-01-31');
  await expectSameReading(
    await packageBytes({
      sharedStrings: SST,
      styles: STYLES,
      date1904: true,
      sheets: [{ name: '1904', file: 'sheet1.xml', sheetId: 1, body, rels }],
    }),
  );
});

test('a saved 0 or FALSE: empty in the values, as in ExcelJS, and kept in savedResults by both readers', async () => {
  // B1 IF with 0, C1 a comparison with FALSE, D1:E1 a shared formula whose follower saved 0, F1 no
  // saved result at all, G1 a non-zero result (a value), H1:I1 merged with a formula saved 0 in the
  // slave (read as empty, nothing saved), J1 a 0 under a hyperlink (the value it shows).
  const body = `<sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1"><f>IF(A1&gt;0,0,1)</f><v>0</v></c><c r="C1" t="b"><f>A1&gt;50</f><v>0</v></c><c r="D1"><f t="shared" ref="D1:E1" si="0">A1*0</f><v>0</v></c><c r="E1"><f t="shared" si="0"/><v>0</v></c><c r="F1"><f>A1*3</f></c><c r="G1"><f>A1*2</f><v>20</v></c><c r="H1"><v>1</v></c><c r="I1"><f>A1*0</f><v>0</v></c><c r="J1"><f>A1-10</f><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="H1:I1"/></mergeCells><hyperlinks><hyperlink ref="J1" r:id="rIdH1"/></hyperlinks>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/></Relationships>`;
  const [s] = await expectSameReading(await packageBytes({ sheets: [{ name: '结果', file: 'sheet1.xml', sheetId: 1, body, rels }] }));
  expect(s!.values[0]).toEqual([10, null, null, null, null, null, 20, 1, null, 0]);
  expect(s!.savedResults).toEqual([
    { row: 1, col: 2, value: 0 },
    { row: 1, col: 3, value: false },
    { row: 1, col: 4, value: 0 },
    { row: 1, col: 5, value: 0 },
  ]);
});

test('the empty text Excel saves for =IF(…,"",…): no result in either reader; the evaluator computes the blank', async () => {
  const body = `<sheetData><row r="1"><c r="A1"><v>0</v></c><c r="B1" t="str"><f>IF(A1=0,"",A1)</f><v></v></c></row></sheetData>`;
  const [s] = await expectSameReading(await packageBytes({ sheets: [{ name: '空白', file: 'sheet1.xml', sheetId: 1, body }] }));
  expect(s!.values[0]).toEqual([0, null]);
  expect(s!.formulas[0]).toEqual([null, '=IF(A1=0,"",A1)']);
  expect(new FormulaEvaluator([s!]).valueAt('空白', 1, 2)).toEqual({ ok: true, value: '' });
});

test('a cell under a hyperlink reads as the value it shows, not as an object', async () => {
  // Exports from budget systems link cells to their source records: the figure under the link is
  // still the figure. A formula's cached result is the value shown, 0 included; the formula itself
  // is not read (ExcelJS does not give it back), an empty linked cell is empty, and so is an <si/>.
  const body = `<sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1"><f>A1*2</f><v>20</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="s"><v>0</v></c><c r="G1"><f>A1*0</f><v>0</v></c><c r="H1" s="0"/><c r="I1" t="s"><v>1</v></c><c r="J1"><f>A1</f></c></row></sheetData><hyperlinks>${[...'ABCDEFGHJ'].map((c) => `<hyperlink ref="${c}1" r:id="rIdH1"/>`).join('')}</hyperlinks>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/></Relationships>`;
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>文字</t></si><si/></sst>`;
  const [s] = await expectSameReading(
    await packageBytes({ sharedStrings: sst, sheets: [{ name: '链接', file: 'sheet1.xml', sheetId: 1, body, rels }] }),
  );
  expect(s!.values[0]).toEqual([10, 20, 'ab', true, '#N/A', '文字', 0, null, null, null]);
  expect(s!.formulas[0]).toEqual(Array(10).fill(null));

  // In a budget table, saved as Excel saves a link on a figure (the number stays a number): the
  // amount is checked as the number it is, with no finding of its own.
  const zip = await JSZip.loadAsync(demo);
  const name = 'xl/worksheets/sheet3.xml';
  const xml = await zip.file(name)!.async('string');
  expect(xml).toContain('<c r="F8"');
  const plain = /<c r="([E-G]\d+)"( s="\d+")?><v>([0-9.]+)<\/v><\/c>/.exec(xml);
  if (!plain) throw new Error('演示工作簿的支出预算总表没有直接填写的金额');
  const [, ref, , shown] = plain;
  const relsName = 'xl/worksheets/_rels/sheet3.xml.rels';
  const rel =
    '<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/xm/1" TargetMode="External"/>';
  zip.file(name, xml.replace('</mergeCells>', `</mergeCells><hyperlinks><hyperlink ref="${ref}" r:id="rIdLink1"/></hyperlinks>`));
  const ownRels = await zip.file(relsName)?.async('string');
  zip.file(
    relsName,
    ownRels
      ? ownRels.replace('</Relationships>', `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  const linked = await expectSameReading(await zip.generateAsync({ type: 'uint8array' }));
  const [r, c] = [Number(ref!.slice(1)), ref!.charCodeAt(0) - 64];
  expect(linked.find((x) => x.name === '3 支出预算总表')!.values[r - 1]![c - 1]).toBe(Number(shown));
  expect(findingsOf(linked).map((f) => `${f.rule} ${f.sheet ?? ''}!${f.cell ?? ''}`)).toEqual(
    findingsOf(readSnapshotsFast(demo)).map((f) => `${f.rule} ${f.sheet ?? ''}!${f.cell ?? ''}`),
  );
});

test('cell content read in one step and the forms left to the element scan give what ExcelJS gives', async () => {
  // "<v>…</v></c>", "<f>…</f><v>…</v></c>" and "</c>" are read in one step; a space, attributes on
  // <f>, an <is>, a CDATA section, a comment or an <f> after <v> go element by element.
  const cells = [
    '<c r="A1"><v>1.25</v></c>',
    '<c r="B1"><f>A1*2</f><v>2.5</v></c>',
    '<c r="C1" s="2"></c>',
    '<c r="D1"><v></v></c>',
    '<c r="E1"><f></f><v>4</v></c>',
    '<c r="F1" t="str"><f>"a"&amp;"&lt;b&gt;"</f><v>a&amp;&lt;b&gt;</v></c>',
    '<c r="G1"><f>A1+1</f></c>',
    '<c r="H1"> <v>8</v></c>',
    '<c r="I1"><v>9</v> </c>',
    '<c r="J1"><f t="shared" ref="J1:J2" si="0">A1+9</f><v>10.25</v></c>',
    '<c r="K1"><v><![CDATA[11]]></v></c>',
    '<c r="L1"><v>12</v><!-- x --></c>',
    '<c r="M1" t="inlineStr"><is><t>行内</t></is></c>',
    '<c r="N1"><v>14</v><f>A1</f></c>',
    `<c r='O1'><v>15</v></c>`,
    '<c r="P1" t="s"><v>0</v></c>',
  ].join('');
  const bytes = await packageBytes({
    sharedStrings: SST,
    styles: STYLES,
    sheets: [
      {
        name: 'a',
        file: 'sheet1.xml',
        sheetId: 1,
        body: `<sheetData><row r="1">${cells}</row><row r="2"><c r="J2"><f t="shared" si="0"/><v>11.25</v></c></row></sheetData>`,
      },
    ],
  });
  const [s] = await expectSameReading(bytes);
  expect(s?.values[0]?.slice(0, 8)).toEqual([1.25, 2.5, null, null, 4, 'a&<b>', null, 8]);
  expect(s?.formulas[0]?.slice(0, 7)).toEqual([null, '=A1*2', null, null, null, '="a"&"<b>"', '=A1+1']);
  expect(s?.values[0]?.[14]).toBe(15);
  expect(s?.values[0]?.[15]).toBe('收入');
  expect(s?.formulas[1]?.[9]).toBe('=A2+9');
});

test('rows read in place and the start tags left to the element scan give what ExcelJS gives', async () => {
  // Plain rows and cells are read without the element scan; where a start tag or content takes
  // another form (space around "=", an entity, no address, an unknown type, a comment, "</row >")
  // the element scan goes on from there, inside the row or between rows.
  const body = `<sheetData>
    <row r="1" spans="1:6" x14ac:dyDescent="0.25">
      <c r="A1" s="2" t="s"><v>0</v></c>
      <c r="F1" s="1"><v>45322</v></c>
      <c r='B1' s='2'><v>2.5</v></c>
      <c r="C1" cm="1"><f>A1</f><v>3</v></c>
      <c r = "D1"><v>4</v></c>
      <c r="E1"><v>5</v></c>
    </row>
    <row r="2"><c r="A2"><v>1</v></c><c><v>2</v></c><c r="&#67;2"><v>3</v></c><c r="D2" t="d"><v>4</v></c><c r="E2" s=""><v>5</v></c><c r="F2" s="04"><v>6</v></c></row>
    <row r="3" x:note="a>b"><c r="A3"><v>1</v></c><!-- between cells --><c r="B3"><v>2</v></c></row >
    <row r="4" spans="1:3"/>
    <row r="5" ><c r="A5" t="inlineStr"><is><t>行内</t></is></c><c r="B5"><v>7</v></c></row><!-- between rows -->
    <row r="6">text<c r="A6"><v>6</v></c></row>
    <row r="0"><c r="A7"><v>lost</v></c></row>
    <row r="8"><c r="A8"><v>8</v></c></row><row r="8"><c r="B8"><v>88</v></c></row>
    <row r="9" customHeight="1" ht="20"><c r="A9" s="3"/><c r="B9" t="str"><f>"x"</f><v>x</v></c><c r="C9"><f t="shared" ref="C9:C10" si="0">A9+1</f><v>1</v></c></row>
    <row r="10"><c r="C10"><f t="shared" si="0"/><v>1</v></c></row>
  </sheetData>`;
  const bytes = await packageBytes({ sharedStrings: SST, styles: STYLES, sheets: [{ name: 'r', file: 'sheet1.xml', sheetId: 1, body }] });
  const [s] = await expectSameReading(bytes);
  expect(s?.values[0]?.slice(0, 6)).toEqual(['收入', 2.5, 3, 4, 5, '2024-01-31']);
  expect(s?.formulas[0]?.[2]).toBe('=A1');
  expect(s?.values[1]?.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(s?.values[2]?.slice(0, 2)).toEqual([1, 2]);
  expect(s?.values[4]?.slice(0, 2)).toEqual(['行内', 7]);
  expect(s?.values[5]?.[0]).toBe(6);
  expect(s?.values[6]?.[0]).toBeNull();
  expect(s?.values[7]?.slice(0, 2)).toEqual([null, 88]);
  expect(s?.formulas[9]?.[2]).toBe('=A10+1');
});

test('numbers read where they stand are what parseFloat gives for their text, in every form', async () => {
  const rand = prng(7);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const texts: string[] = [
    '0',
    '-0',
    '007',
    '0.10',
    '123456789012345',
    '1234567890123456',
    '9007199254740993',
    '1.5E3',
    '-1e-7',
    '1.',
    '.5',
    '-',
    '12345678901234.5',
    '0.000000000000001',
    '999999999999999.9',
  ];
  for (let i = 0; i < 3000; i++) {
    const int = digits(1 + Math.floor(rand() * 13));
    const dec = rand() < 0.6 ? `.${digits(1 + Math.floor(rand() * 6))}` : '';
    texts.push(`${rand() < 0.2 ? '-' : ''}${int}${dec}`);
  }
  const cell = (t: string, i: number) => `<c r="${String.fromCharCode(65 + (i % 20))}${Math.floor(i / 20) + 1}"><v>${t}</v></c>`;
  const rows = new Map<number, string[]>();
  texts.forEach((t, i) => {
    const r = Math.floor(i / 20) + 1;
    rows.set(r, [...(rows.get(r) ?? []), cell(t, i)]);
  });
  const body = `<sheetData>${[...rows].map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('')}</sheetData>`;
  const [s] = await expectSameReading(await packageBytes({ sheets: [{ name: 'n', file: 'sheet1.xml', sheetId: 1, body }] }));
  const read = texts.map((_, i) => s?.values[Math.floor(i / 20)]?.[i % 20]);
  expect(read).toEqual(texts.map((t) => (t === '-' ? NaN : parseFloat(t))));
  expect(Object.is(read[1], -0)).toBe(true);
});

test('one deliberate difference: a date-formatted error result, where ExcelJS throws, reads as its error text', async () => {
  const bytes = await packageBytes({
    styles: STYLES,
    sheets: [
      {
        name: 'a',
        file: 'sheet1.xml',
        sheetId: 1,
        body: '<sheetData><row r="1"><c r="A1" s="3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>',
      },
    ],
  });
  await expect(viaExcelJs(bytes)).rejects.toThrow(RangeError);
  expect(readSnapshotsFast(bytes)[0]!.values).toEqual([['#DIV/0!']]);
});

test('a package ExcelJS refuses is refused too: overlapping merges, truncated bytes, broken XML', async () => {
  const overlapping = await packageBytes({
    sheets: [
      {
        name: 'a',
        file: 'sheet1.xml',
        sheetId: 1,
        body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      },
    ],
  });
  const broken = await packageBytes({
    sheets: [{ name: 'a', file: 'sheet1.xml', sheetId: 1, body: '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>' }],
  });
  const unnumbered = await packageBytes({
    sheets: [{ name: 'a', file: 'sheet1.xml', sheetId: 1, body: '<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>' }],
  });
  for (const bytes of [overlapping, broken, unnumbered, demo.subarray(0, Math.floor(demo.length / 2))]) {
    await expect(viaExcelJs(bytes)).rejects.toThrow();
    expect(() => readSnapshotsFast(bytes)).toThrow(FastReadError);
  }
});

test('readSheets(names) reads only the named sheets, in workbook order', async () => {
  const names = ['3 支出预算总表', '1 财务收支预算总表'];
  const slow = await (await XlsxWorkbook.fromBuffer(demo)).readSheets(names);
  expect(readSnapshotsFast(demo, names)).toEqual(slow);
});

test.each(REAL_XLSX_FILES.map((f) => [f]))('real file %s: same snapshots and findings', async (file) => {
  await expectSameReading(new Uint8Array(readFileSync(file)));
});

/** Mutated snapshots as a file: values with their formulas as cached results, merges where ExcelJS takes them. */
async function writeSnapshots(sheets: readonly SheetSnapshot[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name.slice(0, 31);
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${s.name.slice(0, 27)} (${i})`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { state: s.visibility });
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (f) ws.getCell(r + 1, c + 1).value = { formula: f.slice(1), ...(v === null ? {} : { result: v }) };
        else if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges) {
      try {
        ws.mergeCells(m);
      } catch {
        // overlapping after a mutation moved rows: the writer refuses it, so the file lacks it
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 16);

test(`the fuzz set (${RUNS} mutated demo workbooks, seed ${SEED}) written to files: same snapshots and findings`, async () => {
  const base = await viaExcelJs(demo);
  const rand = prng(SEED);
  for (let run = 0; run < RUNS; run++) {
    const bytes = await writeSnapshots(mutate(base, rand, 1 + Math.floor(rand() * 4)));
    try {
      await expectSameReading(bytes);
    } catch (e) {
      throw new Error(`run ${run} (seed ${SEED}): ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}, 900_000);
