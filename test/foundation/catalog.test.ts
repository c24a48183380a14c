import { readFileSync } from 'node:fs';
import { builtInCatalogs, catalogsForYear, editionForYear, parseCatalogCsv } from '../../src/domain/catalog/catalog';
import { importCatalog } from '../../src/domain/catalog/importCatalog';
import { buildCatalogSheet, catalogRowsFromSheet, catalogsForWorkbook, importCatalogRows } from '../../src/domain/catalog/catalogSheet';
import { codeLevel, normalizeCode, parentCode, splitCode } from '../../src/domain/catalog/codes';
import { traceCode } from '../../src/domain/catalog/codeMap';
import { PublishedBudgetSchema } from '../../src/domain/model/publishedSeed';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

describe('codes', () => {
  test.each([
    ['2080101', '2080101'],
    ['208 01 01', '2080101'],
    ['２０８０１', '20801'],
    ['208-01', '20801'],
    [208, '208'],
    ['20801x', null],
    ['2080', null],
    ['', null],
  ])('normalizeCode(%p) = %p', (raw, want) => expect(normalizeCode(raw)).toBe(want));
  test('levels, parents, parts', () => {
    expect(codeLevel('208')).toBe(1);
    expect(codeLevel('20801')).toBe(2);
    expect(parentCode('2080101')).toBe('20801');
    expect(parentCode('208')).toBeNull();
    expect(splitCode('2080101')).toEqual(['208', '01', '01']);
    expect(() => codeLevel('2080')).toThrow('"2080"');
  });
});

describe('built-in catalogs', () => {
  test.each([
    [2018, 2019],
    [2019, 2019],
    [2020, 2020],
    [2023, 2023],
    [2025, 2025],
    [2026, 2026],
    [2027, 2026],
  ])('the edition for %i is the nearest not after it (%i); a year before the first uses the first', (year, edition) =>
    expect(editionForYear(year)).toBe(edition),
  );
  test('博士后日常经费 moved from 201 10 07 (2020) to 208 01 15 (2024)', () => {
    expect(builtInCatalogs(2020).functional.name('2011007')).toBe('博士后日常经费');
    expect(builtInCatalogs(2024).functional.name('2080115')).toBe('博士后日常经费');
    expect(traceCode('functional', '2011007', 2020, 2024)).toMatchObject({ kind: 'moved', to: ['2080115'] });
  });
  test.each([
    ['2024', 'seeds/sh-hrss-2024.json'],
    ['2020', 'seeds/sh-hrss-2020.json'],
  ])('every code in the %s seed is in its catalog with a matching name', (_y, file) => {
    const seed = PublishedBudgetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const cats = catalogsForYear(seed.year);
    const missing: string[] = [];
    for (const id of ['income', 'expenditure', 'generalPublic', 'govFund', 'economic'] as const) {
      const cat = id === 'economic' ? cats.economic : cats.functional;
      for (const r of seed.tables[id].rows)
        if (!cat.nameMatches(r.code, r.name)) missing.push(`${id} ${r.code} ${r.name} ≠ ${cat.name(r.code) ?? '（无）'}`);
    }
    expect(missing).toEqual([]);
  });
  test('every 2024 类 has its 款, and the common 类 are present', () => {
    const f = builtInCatalogs(2024).functional;
    for (const c of ['201', '205', '208', '210', '221', '229']) expect(f.has(c)).toBe(true);
    for (const e of f.entries()) if (e.level > 1) expect(f.parentOf(e.code)).toBeDefined();
    const econ = builtInCatalogs(2024).economic;
    expect(econ.nameMatches('30213', '维修(护)费')).toBe(true);
    expect(econ.nameMatches('30213', '维修费')).toBe(false);
  });
});

describe('importing the official catalog', () => {
  test('CSV with a header; bad rows are reported with their row, not thrown', () => {
    const rows = parseCatalogCsv(
      '\uFEFF科目编码,科目名称\n2080199,其他人力资源和社会保障管理事务支出\n20899,其他社会保障和就业支出\n2089x,坏编码\n2080120,\n',
    );
    const { catalog, problems } = importCatalog('functional', 2025, rows, builtInCatalogs(2024).functional);
    expect(catalog.name('2080199')).toBe('其他人力资源和社会保障管理事务支出');
    expect(catalog.has('2080101')).toBe(true); // built-in entries kept underneath
    expect(problems.map((p) => p.message)).toEqual(['第 3 行：“2089x”不是有效的功能分类编码', '第 4 行：编码 2080120 缺少科目名称']);
  });

  test('an .xlsx catalog travels with the workbook as the 科目表 sheet and is used from then on', async () => {
    const wb = new XlsxWorkbook();
    const ws = wb.workbook.addWorksheet('official');
    ws.addRows([
      ['2025年政府收支分类科目'],
      ['科目编码', '科目名称'],
      ['2089901', '新设科目（示例）'],
      ['30240', '新经济科目'],
      ['abc', 'x'],
    ]);
    const [snap] = await wb.readSheets(['official']);
    const { rows, headerFound } = catalogRowsFromSheet(snap!);
    expect(headerFound).toBe(true);
    const imported = importCatalogRows(2025, rows);
    expect(imported.catalogs.functional.name('2089901')).toBe('新设科目（示例）');
    expect(imported.catalogs.economic.name('30240')).toBe('新经济科目');
    expect(imported.problems).toEqual([expect.objectContaining({ cell: 'A5' })]);

    await wb.writePlan({ sheets: [buildCatalogSheet(imported.catalogs, 2025)] }, 'fail');
    const again = catalogsForWorkbook(await wb.readSheets(), 2025);
    expect(again.catalogs.functional.name('2089901')).toBe('新设科目（示例）');
    expect(again.catalogs.economic.name('30240')).toBe('新经济科目');
    expect(again.catalogs.functional.size).toBe(imported.catalogs.functional.size);
  });
});
