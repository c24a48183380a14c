import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { CellValue } from '../../src/domain/port/workbookPort';
import { Cell, CORPUS, transcribe, workbookOf } from '../fixtures/corpus/shanghai/transcribe';

// The committed corpus workbooks are exactly what the transcription script makes of the
// published texts. UPDATE_CORPUS_FIXTURES=1 rewrites them first.

const DIR = join(__dirname, '../fixtures/corpus/shanghai');

function trimmed(rows: readonly (readonly (Cell | CellValue)[])[]): Cell[][] {
  const out = rows.map((r) => {
    const row = r.map((v) => (v === undefined || v === '' ? null : (v as Cell)));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

describe.each(CORPUS.map((d) => [d.name, d] as const))('%s', (name, doc) => {
  const grids = transcribe(readFileSync(join(DIR, `${name}.txt`), 'utf8'), doc);

  beforeAll(async () => {
    if (process.env.UPDATE_CORPUS_FIXTURES === '1') {
      const wb = workbookOf(grids);
      await wb.xlsx.writeFile(join(DIR, `${name}.xlsx`));
    }
  });

  test('the text holds the nine tables', () => {
    expect(grids).toHaveLength(9);
  });

  test('the fixture workbook holds the script’s cell values, sheet by sheet', async () => {
    const book = await XlsxWorkbook.fromFile(join(DIR, `${name}.xlsx`));
    const sheets = await book.readSheets();
    expect(sheets.map((s) => s.name)).toEqual(grids.map((g) => g.name));
    sheets.forEach((s, i) => expect({ sheet: s.name, rows: trimmed(s.values) }).toEqual({ sheet: s.name, rows: trimmed(grids[i]!.rows) }));
  });
});
