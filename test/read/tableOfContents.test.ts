import { readFileSync } from 'node:fs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { FormulaEvaluator } from '../../src/domain/read/evaluateFormulas';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';

// A list of the tables (the publication's 目录) names them one under another. Read as titles, each
// was an error "找不到标准表头" on a correct workbook: the 单位预算公开模板 gave nine, on 目录 A9–A17
// (the 部门 template escaped only because its entries end in dot leaders). Titles of different
// tables with only blank rows between them are a list; the last entry is a table only if one is
// read under it.

function sheet(name: string, rows: ReadonlyArray<readonly CellValue[]>): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return { name, visibility: 'visible', values, formulas: values.map((r) => r.map(() => null)), merges: [] };
}

let demo: SheetSnapshot[];
beforeAll(async () => {
  demo = readSnapshotsFast(await (await buildDemoWorkbook()).workbook.toBuffer());
});

test('the 单位预算公开模板: nothing on its 目录, and the same tables as without it', () => {
  const snaps = readSnapshotsFast(new Uint8Array(readFileSync('test/fixtures/corpus/templates/单位预算公开模板.xlsx')));
  const read = readBudgetTables(snaps);
  expect(read.findings.filter((f) => f.sheet === '目录')).toEqual([]);
  const without = readBudgetTables(snaps.filter((s) => s.name !== '目录'));
  expect(read.workbook.tables.map((t) => [t.tableId, t.sheet])).toEqual(without.workbook.tables.map((t) => [t.tableId, t.sheet]));
  expect(read.workbook.tables).toHaveLength(9);
  expect(checkSnapshots(snaps).findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a list on an officer’s sheet says nothing; one title alone, or a repeated one, is still a table', () => {
  const list = sheet('附表', [
    ['目  录'],
    ['1. 2024年部门财务收支预算总表'],
    [],
    ['2. 2024年部门支出预算总表'],
    ['3. 2024年部门“三公”经费预算表'],
    ['附：其他说明'],
  ]);
  expect(readBudgetTables([...demo, list]).findings.filter((f) => f.sheet === '附表')).toEqual([]);
  // Text between two titles: not a list, each title is a table without its header.
  const apart = sheet('附表', [['1. 2024年部门财务收支预算总表'], ['见下页'], ['2. 2024年部门支出预算总表']]);
  expect(
    readBudgetTables([...demo, apart])
      .findings.filter((f) => f.sheet === '附表')
      .map((f) => [f.rule, f.cell]),
  ).toEqual([
    ['read/no-header', 'A1'],
    ['read/no-header', 'A3'],
  ]);
  // The same title twice in a row is one table, not a list.
  const twice = sheet('附表', [['2024年部门支出预算总表'], ['2024年部门支出预算总表（续）']]);
  expect(
    readBudgetTables([...demo, twice])
      .findings.filter((f) => f.sheet === '附表')
      .map((f) => f.rule),
  ).toEqual(['read/no-header']);
});

test('a table right under the last entry of a list is read, findings and all', () => {
  const demoExp = demo.find((s) => s.name.includes('支出预算总表'));
  if (!demoExp) throw new Error('demo has no 支出预算总表');
  // The demo's 支出预算总表 with a two-entry list above its title.
  // Its formulas' results put in as figures: with a row more, the formulas would point at the wrong rows.
  const evaluator = new FormulaEvaluator(demo);
  const figures = demoExp.values.map((row, r) =>
    row.map((v, c) => {
      const e = evaluator.valueAt(demoExp.name, r + 1, c + 1);
      return e.ok ? e.value : v;
    }),
  );
  const listed: SheetSnapshot = sheet(demoExp.name, [['2024年部门财务收支预算总表'], ...figures]);
  const others = demo.filter((s) => s !== demoExp);
  const plain = readBudgetTables(demo);
  const read = readBudgetTables([...others, listed]);
  const exp = (r: typeof read) => r.workbook.tables.find((t) => t.tableId === 'expenditure');
  expect(exp(read)?.kind).toBe('classified');
  const rows = (r: typeof read) => {
    const t = exp(r);
    return t?.kind === 'classified' ? t.rows.map((row) => [row.code, row.amounts.total?.fen]) : [];
  };
  expect(rows(read)).toEqual(rows(plain));
  expect(read.findings.filter((f) => f.sheet === demoExp.name)).toEqual([]);
});
