import JSZip from 'jszip';

// A hand-written .xlsx package, for the cell forms ExcelJS never writes itself (inline strings,
// t="str" values, _x escapes, shared formulas as Excel saves them, date formats with cached results,
// sheets listed out of file order) — so the fast reader is compared with ExcelJS on them too.

export interface PartSheet {
  readonly name: string;
  readonly file: string;
  readonly sheetId: number;
  readonly state?: string;
  /** The <worksheet> body: <sheetData>…</sheetData> and anything after it. */
  readonly body: string;
  readonly rels?: string;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export async function packageBytes(opts: {
  sheets: readonly PartSheet[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  const put = (path: string, xml: string) => zip.file(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEls = opts.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i}"/>`)
    .join('');
  put(
    'xl/workbook.xml',
    `<workbook ${NS}><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews><sheets>${sheetEls}</sheets></workbook>`,
  );
  const rels = opts.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rIdS${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${s.file}"/>`,
    )
    .join('');
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  if (opts.sharedStrings !== undefined) put('xl/sharedStrings.xml', opts.sharedStrings);
  if (opts.styles !== undefined) put('xl/styles.xml', opts.styles);
  for (const s of opts.sheets) {
    put(`xl/worksheets/${s.file}`, `<worksheet ${NS}>${s.body}</worksheet>`);
    if (s.rels) put(`xl/worksheets/_rels/${s.file}.rels`, s.rels);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
