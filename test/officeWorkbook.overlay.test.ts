import type { SheetOverlay } from '../src/domain/port/workbookPort';
import { OfficeWorkbook } from '../src/hosts/office/officeWorkbook';
import { formulaShape } from '../src/hosts/office/overlays';
import { WorkbookState } from './support/fakeExcel';
import { ALL_SETS, install, uninstall, upTo } from './support/officeFixtures';

// Highlights against the fake, which behaves as the documentation says: Range.conditionalFormats
// returns every format intersecting the range (the user's included), ConditionalFormat.getRange()
// throws on a format spanning several areas, Excel grows a format (and rewrites its formula) when a
// row is inserted inside it, and names follow inserted and deleted rows.

afterEach(uninstall);

const OUR_FILL = '#FFC7CE';
const PARENT_RULE = '=AND($B6="",ABS(N(E6)-SUMPRODUCT(($A$6:$A$20=$A6)*($B$6:$B$20<>""),E$6:E$20))>0.001)';

function budgetSheet(wb: WorkbookState) {
  const s = wb.addSheet(
    '3 支出预算总表',
    Array.from({ length: 20 }, (_, i) => [`${200 + i}`, null, null, null, i * 10]),
  );
  return s;
}

const overlay = (extra: Partial<SheetOverlay> = {}): SheetOverlay => ({
  sheet: '3 支出预算总表',
  fills: [{ range: 'E9', color: '#FCE4D6' }],
  conditionalFormats: [{ range: 'E6:E20', formula: PARENT_RULE, fill: OUR_FILL, fontColor: '#9C0006' }],
  ...extra,
});

describe('OfficeWorkbook overlays', () => {
  test('fills recorded per range with getCellProperties; pattern and tint restored by setCellProperties', async () => {
    const wb = new WorkbookState().supportApi(20);
    const s = budgetSheet(wb);
    // The user's own fill on E8: a theme colour with a tint and a pattern.
    s.cell(8, 5).fill = { color: '#4472C4', pattern: 'Gray50', tintAndShade: 0.4, patternColor: '#FFFFFF', patternTintAndShade: 0 };
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const undo = await host.applyOverlay([overlay({ fills: [{ range: 'E7:E9', color: '#FCE4D6' }], conditionalFormats: [] })]);
    expect(wb.last.syncs).toBe(3);
    expect(undo.fills).toHaveLength(1); // one record for the range, not one per cell
    expect(undo.fills[0]!.trackingName).toMatch(/^_BudgetFill_/);
    expect([7, 8, 9].map((r) => s.cell(r, 5).fill.color)).toEqual(['#FCE4D6', '#FCE4D6', '#FCE4D6']);

    await host.removeOverlay(undo);
    expect(wb.last.syncs).toBe(4);
    expect(s.cell(7, 5).fill.pattern).toBe('None');
    expect(s.cell(8, 5).fill).toEqual({
      color: '#4472C4',
      pattern: 'Gray50',
      tintAndShade: 0.4,
      patternColor: '#FFFFFF',
      patternTintAndShade: 0,
    });
    expect(s.cell(9, 5).fill.pattern).toBe('None');
    expect(wb.log.filter((l) => l.path === 'setCellProperties').map((l) => l.target)).toEqual(['E7:E9']);
    expect(s.names.size).toBe(0); // the tracking name is gone with the highlight
  });

  test("clearing leaves the user's own formats, even one spanning several areas (getRange would throw)", async () => {
    const wb = new WorkbookState().supportApi(20);
    const s = budgetSheet(wb);
    s.cfs.push({ ranges: ['A1:Z99'], type: 'Custom', formula: '=$E1>100', fill: '#00FF00', fontColor: null });
    s.cfs.push({ ranges: ['E6:E8', 'E12:E14'], type: 'Custom', formula: '=E6<0', fill: '#FF0000', fontColor: null });
    s.cfs.push({ ranges: ['E6:E20'], type: 'DataBar', formula: '', fill: null, fontColor: null });
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const undo = await host.applyOverlay([overlay()]);
    expect(s.cfs).toHaveLength(4);
    await host.removeOverlay(undo);
    expect(s.cfs.map((c) => c.ranges)).toEqual([['A1:Z99'], ['E6:E8', 'E12:E14'], ['E6:E20']]);
  });

  test('a row inserted inside the highlighted table: the grown format is still recognised and removed', async () => {
    const wb = new WorkbookState().supportApi(20);
    const s = budgetSheet(wb);
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const undo = await host.applyOverlay([overlay()]);
    s.insertRows(10, 1); // the officer inserts a row inside the table
    expect(s.cfs[0]!.ranges).toEqual(['E6:E21']);
    expect(s.cfs[0]!.formula).toContain('$A$6:$A$21');
    expect(formulaShape(s.cfs[0]!.formula)).toBe(formulaShape(PARENT_RULE));
    await host.removeOverlay(undo);
    expect(s.cfs).toEqual([]);
  });

  test('recorded fills follow inserted and deleted rows: the restore paints the cells where they are now', async () => {
    const wb = new WorkbookState().supportApi(20);
    const s = budgetSheet(wb);
    s.cell(9, 5).fill = { color: '#FFFF00', pattern: 'Solid', tintAndShade: 0, patternColor: null, patternTintAndShade: 0 };
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const undo = await host.applyOverlay([
      overlay({
        conditionalFormats: [],
        fills: [
          { range: 'E9', color: '#FCE4D6' },
          { range: 'E15', color: '#FCE4D6' },
        ],
      }),
    ]);
    s.insertRows(3, 2); // E9 is now E11
    s.deleteRows(17, 1); // E15 → E17 after the insert, now deleted with its row
    // Someone's own colour on the cell that is now E9 must not be touched by the restore.
    s.cell(9, 5).fill = { color: '#00B050', pattern: 'Solid', tintAndShade: 0, patternColor: null, patternTintAndShade: 0 };
    await host.removeOverlay(undo);
    expect(s.cell(11, 5).fill.color).toBe('#FFFF00');
    expect(s.cell(9, 5).fill.color).toBe('#00B050');
    expect(s.names.size).toBe(0);
  });

  test('without ExcelApi 1.9: one fill read per cell, no fill told from white by pattern (1.15 absent: white = none)', async () => {
    const wb = new WorkbookState();
    const s = wb.addSheet('数据', [[1, 2]]);
    s.cell(1, 2).fill = { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0, patternColor: null, patternTintAndShade: 0 };
    install(wb);
    const host = new OfficeWorkbook({ supports: upTo(8) });
    const undo = await host.applyOverlay([{ sheet: '数据', fills: [{ range: 'A1:B1', color: '#FFFF00' }] }]);
    expect(undo.fills[0]!.original).toEqual({ perCell: [null, null] });
    await host.removeOverlay(undo);
    expect([s.cell(1, 1).fill.pattern, s.cell(1, 2).fill.pattern]).toEqual(['None', 'None']);
  });

  test('applyOverlay on a missing sheet throws before changing anything', async () => {
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet('数据', [[1]]);
    const before = wb.fingerprint();
    install(wb);
    await expect(
      new OfficeWorkbook({ supports: ALL_SETS }).applyOverlay([{ sheet: '无', fills: [{ range: 'A1', color: '#FF0000' }] }]),
    ).rejects.toThrow('applyOverlay: 工作表“无”不存在');
    expect(wb.fingerprint()).toBe(before);
  });
});
