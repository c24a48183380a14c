import type { CellValue, SheetSnapshot } from '../domain/port/workbookPort';

// A .csv as a sheet snapshot, so the catalog reader that understands sheets (header with 编码 and
// 名称, optional 分类 column) reads CSV files the same way. RFC 4180 quoting; comma or tab separated.

export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export function csvSnapshot(name: string, text: string): SheetSnapshot {
  const rows = parseCsv(text);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = (r[i] ?? '').trim();
      return v === '' ? null : v;
    }),
  );
  return { name, visibility: 'visible', values, formulas: values.map((r) => r.map(() => null)), merges: [] };
}
