import JSZip from 'jszip';
import { buildNarrativeSheet, readNarrativeSheet } from '../../src/domain/narrative/buildNarrativeSheet';
import type { NarrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { narrativeToPlainText } from '../../src/domain/narrative/paragraphs';
import { narrativeDocx } from '../../src/export/narrativeDocx';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { narrative2024 } from './support';

let r: NarrativeFromSheets;
beforeAll(async () => {
  r = await narrative2024();
});

describe('.docx', () => {
  let documentXml: string;
  let stylesXml: string;
  beforeAll(async () => {
    const bytes = await narrativeDocx(r.paragraphs);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const zip = await JSZip.loadAsync(bytes);
    documentXml = await zip.file('word/document.xml')!.async('string');
    stylesXml = await zip.file('word/styles.xml')!.async('string');
  });

  test.each([
    '2024年部门预算编制说明',
    '其他相关情况说明',
    '一、2024年“三公”经费预算情况说明',
    '二、机关运行经费预算',
    '三、政府采购预算情况',
    '四、绩效目标设置情况',
    '五、国有资产占有使用情况',
  ])('has the heading %s', (heading) => {
    expect(documentXml).toContain(`<w:t xml:space="preserve">${heading}</w:t>`);
  });

  test.each([
    '253,566万元',
    '250,203万元',
    '比2023年预算增加2,372万元',
    '1,156.59万元',
    '与2023年预算持平',
    '15,460.88万元',
    '31,816.91万元',
    '143,532.78万元',
  ])('has the figure %s', (figure) => {
    expect(documentXml).toContain(figure);
  });

  test('titles are Heading1, section headings Heading2, one paragraph per narrative paragraph', () => {
    expect([...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)]).toHaveLength(2);
    expect([...documentXml.matchAll(/<w:pStyle w:val="Heading2"\/>/g)]).toHaveLength(5);
    expect([...documentXml.matchAll(/<w:p>|<w:p /g)]).toHaveLength(r.paragraphs.length);
  });

  test('body in 仿宋 三号 with a two-character indent; headings in 黑体', () => {
    expect(stylesXml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(stylesXml).toContain('w:eastAsia="黑体"');
    expect(stylesXml).toMatch(/<w:sz w:val="32"\/>/);
    expect(stylesXml).toContain('w:firstLine="640"');
  });
});

describe('编制说明 sheet and plain text', () => {
  test('wide wrapped column, titles and headings bold, a blank row before each title', () => {
    const plan = buildNarrativeSheet(r.paragraphs);
    expect(plan.name).toBe('编制说明');
    expect(plan.columnWidths).toEqual([80]);
    expect(plan.cells[0]).toEqual(['2024年部门预算编制说明']);
    const otherRow = plan.cells.findIndex((c) => c[0] === '其他相关情况说明') + 1;
    expect(plan.cells[otherRow - 2]).toEqual([null]);
    const style = (row: number) => plan.styles.find((s) => s.range === `A${row}`)!.style;
    expect(style(1)).toMatchObject({ bold: true, wrap: true, hAlign: 'center' });
    expect(style(otherRow + 1)).toMatchObject({ bold: true, wrap: true });
    expect(style(2)).toMatchObject({ wrap: true, vAlign: 'top' });
    expect(style(2).bold).toBeUndefined();
    // A long paragraph gets a taller row than a heading.
    expect(plan.rowHeights![2]!).toBeGreaterThan(plan.rowHeights![1]!);
  });

  test('written and read back: the same paragraphs, each with its cell', async () => {
    const wb = new XlsxWorkbook();
    await wb.writePlan({ sheets: [buildNarrativeSheet(r.paragraphs)] }, 'fail');
    const back = readNarrativeSheet((await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readSheets())[0]!);
    expect(back.paragraphs.map((p) => p.text)).toEqual(r.paragraphs.map((p) => p.text));
    expect(back.paragraphs[0]!.cell).toBe('A1');
    const ws = wb.workbook.getWorksheet('编制说明')!;
    expect(ws.getCell('A2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  test('plain text: one paragraph a line, a blank line before 其他相关情况说明', () => {
    const text = narrativeToPlainText(r.paragraphs);
    const lines = text.split('\n');
    expect(lines[0]).toBe('2024年部门预算编制说明');
    expect(lines[lines.indexOf('其他相关情况说明') - 1]).toBe('');
    expect(text.endsWith('0台（套）。\n')).toBe(true);
  });
});
