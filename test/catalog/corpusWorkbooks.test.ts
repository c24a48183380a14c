import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { workbook2020 } from '../rollover/seedWorkbooks';

// `budget check` on every seed and corpus workbook raises no code finding about a correct code:
// no 警告 and no 提示 from code-unknown / code-name (the codes are all in the built-in catalog).

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const corpusFiles = ['shanghai', 'jiangsu'].flatMap((d) =>
  readdirSync(join(CORPUS, d))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(d, f)),
);

const codeFindings = (snaps: readonly SheetSnapshot[]) =>
  checkSnapshots(snaps)
    .findings.filter((f) => f.rule === 'code-unknown' || f.rule === 'code-name')
    .map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`);

test('the corpus holds workbooks of 2019 (江苏) and 2024–2025 (上海)', () => {
  expect(corpusFiles.length).toBeGreaterThanOrEqual(9);
});

test.each(corpusFiles)('%s: no code finding', async (file) => {
  const book = await XlsxWorkbook.fromFile(join(CORPUS, file));
  const snaps = await book.readSheets();
  const { parsed } = checkSnapshots(snaps);
  expect(parsed.tables.length).toBeGreaterThan(0);
  expect(codeFindings(snaps)).toEqual([]);
});

test('the seed workbooks (2020 and the 2024 demo): no code finding', async () => {
  expect(codeFindings(await (await workbook2020()).readSheets())).toEqual([]);
  expect(codeFindings(await (await buildDemoWorkbook()).workbook.readSheets())).toEqual([]);
});
