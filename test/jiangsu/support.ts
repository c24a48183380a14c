import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCellAddress } from '../../src/domain/a1';
import { checkContext } from '../../src/domain/check/checkContext';
import type { CheckRule } from '../../src/domain/check/rule';
import type { Finding } from '../../src/domain/findings/finding';
import { ProvinceBudget, ProvinceBudgetSchema } from '../../src/domain/model/provinceBudget';
import { buildProvinceWorkbook } from '../../src/domain/plan/province/buildProvinceWorkbook';
import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { planSnapshots } from '../../src/domain/rollover/planSnapshots';

// The four 江苏 2019 departments as transcribed (transcribe.mjs next to the fixtures).

export const FIXTURES = join(__dirname, '..', 'fixtures', 'corpus', 'jiangsu');
export const DEPARTMENTS = [
  '2019_江苏省人大常委会办公厅',
  '2019_中共江苏省委办公厅',
  '2019_江苏省政协办公厅',
  '2019_江苏省人民检察院',
] as const;

export function published(name: string): ProvinceBudget {
  return ProvinceBudgetSchema.parse(JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')));
}

/** A department's published figures as the reader sees them. */
export function departmentSnapshots(name: string): SheetSnapshot[] {
  return planSnapshots(buildProvinceWorkbook(published(name), 'published'));
}

/** The published figures of the 政协办公厅 as the reader sees them, to mutate one cell at a time. */
export function zxSnapshots(): SheetSnapshot[] {
  return departmentSnapshots('2019_江苏省政协办公厅');
}

export function setCell(sheets: SheetSnapshot[], sheet: string, addr: string, value: CellValue): SheetSnapshot[] {
  const { row, col } = parseCellAddress(addr);
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const values = s.values.map((r) => [...r]);
    while (values.length < row) values.push([]);
    values[row - 1]![col - 1] = value;
    return { ...s, values };
  });
}

export function runRule(rule: CheckRule, sheets: readonly SheetSnapshot[]): Finding[] {
  const { workbook } = readBudgetTables(sheets);
  return rule.check(workbook, checkContext(workbook));
}
