import { rangeAddress } from '../src/domain/a1';
import type { SheetPlan } from '../src/domain/plan/sheetPlan';
import { SheetConflictError, WriteIncompleteError } from '../src/domain/port/workbookPort';
import { OfficeWorkbook } from '../src/hosts/office/officeWorkbook';
import { absoluteRows, charsToPoints, FIT_TO_WIDTH, formulaCell, needsTextPrefix } from '../src/hosts/office/sheetWriter';
import { WorkbookState } from './support/fakeExcel';
import { ALL_SETS, demoPlan, expectedFormulas, install, NO_SETS, opsOf, scaledPlan, uninstall } from './support/officeFixtures';

// writePlan against the fake (test/support/fakeExcel.ts): changes take effect only at sync(), and a
// failing operation leaves the operations before it applied, as Office.js documents.

afterEach(uninstall);

function blankBook(): WorkbookState {
  const wb = new WorkbookState().supportApi(20);
  wb.addSheet('Sheet1');
  return wb;
}

describe('OfficeWorkbook.writePlan: syncs', () => {
  test('2 + one per sheet, the same for the demo plan and for one with 10× the rows', async () => {
    const plan = demoPlan();
    const big = scaledPlan(plan, 10);
    expect(big.sheets[1]!.cells.length).toBeGreaterThan(plan.sheets[1]!.cells.length * 8);
    for (const p of [plan, big]) {
      const wb = blankBook();
      install(wb);
      const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(p, 'fail');
      expect(result.written).toEqual(p.sheets.map((s) => s.name));
      expect(wb.runs).toHaveLength(1);
      expect(wb.last.pendingAtEnd).toBe(0);
      expect(wb.last.syncs).toBe(2 + p.sheets.length);
      // Sheet i's content all lands in sync 2 + i (1-based): one sheet per round trip.
      for (const [i, s] of p.sheets.entries()) {
        expect(new Set(wb.log.filter((l) => l.sheet === s.name && l.path !== 'worksheets.add').map((l) => l.sync))).toEqual(
          new Set([3 + i]),
        );
      }
    }
  });

  test("policy 'fail' over a sheet holding data rejects with SheetConflictError and writes nothing", async () => {
    const plan = demoPlan();
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet('Sheet1', [['自己的表']]);
    wb.addSheet(plan.sheets[2]!.name, [['205', '教育支出', 123]]);
    const before = wb.fingerprint();
    install(wb);
    const err = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'fail').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetConflictError);
    expect((err as SheetConflictError).sheets).toEqual([plan.sheets[2]!.name]);
    expect(wb.fingerprint()).toBe(before);
    expect(wb.log).toEqual([]);
    expect(wb.last.syncs).toBe(2);
    expect(wb.last.pendingAtEnd).toBe(0);
  });

  test("policy 'replace' swaps the sheets even when they are the workbook's only ones", async () => {
    const plan = demoPlan();
    const wb = new WorkbookState().supportApi(20);
    for (const s of plan.sheets) wb.addSheet(s.name, [['旧数据', 1]]);
    install(wb);
    const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'replace');
    expect(wb.last.syncs).toBe(2 + 1 + plan.sheets.length + 1);
    expect(result.renamed).toEqual({});
    expect(wb.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.sheets.every((s) => s.cells.get('1,1')?.value !== '旧数据')).toBe(true);
    expect(wb.log.filter((l) => l.path === 'delete')).toHaveLength(plan.sheets.length);
  });

  test("policy 'rename' keeps the user's sheet and points formulas at the renamed one", async () => {
    const plan = demoPlan();
    const taken = plan.sheets.find((s) => s.name.startsWith('5 '))!.name;
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(taken, [['用户自己的数据', 42]]);
    install(wb);
    const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'rename');
    expect(wb.last.syncs).toBe(3 + plan.sheets.length);
    const renamed = result.renamed[taken]!;
    expect(renamed).toBe(`${taken} (2)`);
    expect(wb.find(taken)!.cells.get('1,1')?.value).toBe('用户自己的数据');
    const summary = opsOf(wb, plan.sheets[0]!.name, 'formulas')[0]!.value as unknown[][];
    const refs = summary.flat().filter((v): v is string => typeof v === 'string' && v.includes('一般公共预算支出功能分类'));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((f) => f.includes(`'${renamed}'!`))).toBe(true);
  });

  test('a grid over the payload budget is sent in row blocks; every request stays under it', async () => {
    const plan = scaledPlan({ sheets: [demoPlan().sheets[1]!] }, 10);
    const sheet = plan.sheets[0]!;
    const wb = blankBook();
    // The fake rejects any request over this, as Excel on the web does over 5 MB; the styles of one
    // sheet (~40 bytes an operation) ride along with the grid blocks.
    wb.limits.requestBytes = 40_000;
    install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS, maxBlockBytes: 4_000 }).writePlan(plan, 'fail');
    const gridBytes = new Map<number, number>();
    for (const op of wb.log.filter((o) => o.path === 'formulas' || o.path === 'numberFormat'))
      gridBytes.set(op.sync, (gridBytes.get(op.sync) ?? 0) + Buffer.byteLength(JSON.stringify(op.value)));
    for (const n of gridBytes.values()) expect(n).toBeLessThanOrEqual(4_000);
    expect(wb.last.syncs).toBeGreaterThan(3);
    const blocks = opsOf(wb, sheet.name, 'formulas');
    expect(blocks.length).toBeGreaterThan(3);
    const formats = opsOf(wb, sheet.name, 'numberFormat');
    expect(Math.max(...formats.map((f) => wb.log.indexOf(f)))).toBeLessThan(wb.log.indexOf(blocks[0]!));
    const nf = formats.flatMap((f) => f.value as string[][]);
    expect(blocks.flatMap((b) => b.value as unknown[][])).toEqual(expectedFormulas(sheet, nf));
  });
});

describe('OfficeWorkbook.writePlan: what lands in the sheets', () => {
  test('formulas go in as one 2D array per sheet, after the number formats, equal to the plan', async () => {
    const plan = demoPlan();
    const wb = blankBook();
    install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'fail');
    for (const sheet of plan.sheets) {
      const formulas = opsOf(wb, sheet.name, 'formulas');
      const formats = opsOf(wb, sheet.name, 'numberFormat');
      expect(formulas).toHaveLength(1);
      const cols = sheet.cells.reduce((m, r) => Math.max(m, r.length), 0);
      expect(formulas[0]!.target).toBe(rangeAddress(1, 1, sheet.cells.length, cols));
      expect(formats[0]!.target).toBe(formulas[0]!.target);
      expect(wb.log.indexOf(formats[0]!)).toBeLessThan(wb.log.indexOf(formulas[0]!));
      expect(formulas[0]!.value).toEqual(expectedFormulas(sheet, formats[0]!.value as string[][]));
    }
  });

  test('reads back as the plan: codes stay text, formulas stay formulas, merges as planned', async () => {
    const plan = demoPlan();
    const wb = blankBook();
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    await host.writePlan(plan, 'fail');
    const snapshots = await host.readSheets(plan.sheets.map((s) => s.name));
    let codes = 0;
    for (const [i, sheet] of plan.sheets.entries()) {
      const snap = snapshots[i]!;
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string' && v.startsWith('=')) expect(snap.formulas[r]?.[c]).toBe(v);
          else expect(snap.values[r]?.[c] ?? null).toBe(v);
          if (typeof v === 'string' && /^\d+$/.test(v)) codes++;
        }),
      );
      expect([...snap.merges].sort()).toEqual([...sheet.merges].sort());
    }
    expect(codes).toBeGreaterThan(50);
  });

  test('styles, widths, freeze panes, print setup with both fit settings, formats and tab colour', async () => {
    const base = demoPlan().sheets[1]!;
    const sheet: SheetPlan = {
      ...base,
      conditionalFormats: [{ range: 'E6:E43', formula: '=E6<0', fill: '#FFC7CE', fontColor: '#9C0006' }],
      tab: { color: '#1F4E79' },
    };
    const wb = blankBook();
    install(wb);
    const result = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan({ sheets: [sheet] }, 'fail');
    expect(result.notices).toBeUndefined();
    const ops = wb.log.filter((l) => l.sheet === sheet.name);
    const find = (path: string, target?: string) => ops.filter((o) => o.path === path && (target === undefined || o.target === target));
    expect(find('format.font.bold', 'A1:I1')[0]?.value).toBe(true);
    expect(find('format.fill.color', 'A3:I5')[0]?.value).toBe('#F2F2F2');
    expect(find('format.columnWidth', 'D:D')[0]?.value).toBe(charsToPoints(36));
    expect(find('freezePanes.freezeAt()')[0]?.value).toEqual(['A1:D5']);
    expect(find('pageLayout.orientation')[0]?.value).toBe('Landscape');
    // verticalFitToPages is set explicitly (0 = automatic, the .xlsx host's fitToHeight="0").
    expect(find('pageLayout.zoom')[0]?.value).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(FIT_TO_WIDTH).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(find('pageLayout.setPrintTitleRows()')[0]?.value).toEqual(['$3:$5']);
    expect(find('cf.custom.rule.formula')[0]?.value).toBe('=E6<0');
    expect(find('tabColor')[0]?.value).toBe('#1F4E79');
  });

  test('page setup is read back: a zoom Excel did not take gives a notice naming the sheet (office-js#1860)', async () => {
    const sheet = demoPlan().sheets[1]!;
    const wb = blankBook();
    install(wb);
    const notices: string[] = [];
    const host = new OfficeWorkbook({ supports: ALL_SETS, onNotice: (n) => notices.push(n) });
    // The fake drops zoom assignments on this sheet, as Excel does when the Page Layout tab is not shown.
    wb.ignoreZoomOn.add(sheet.name);
    const result = await host.writePlan({ sheets: [sheet] }, 'fail');
    expect(result.notices).toHaveLength(1);
    expect(notices).toEqual(result.notices);
    expect(notices[0]).toContain(`“${sheet.name}”的打印设置（按一页宽缩放）未被 Excel 采用`);
    expect(wb.last.syncs).toBe(3); // the read-back rides in the sheet's own sync
  });

  test('without ExcelApi 1.9 the print setup is left out instead of failing', async () => {
    const plan = { sheets: [demoPlan().sheets[0]!] };
    const wb = blankBook();
    install(wb);
    await new OfficeWorkbook({ supports: NO_SETS }).writePlan(plan, 'fail');
    expect(wb.log.some((l) => l.path.startsWith('pageLayout'))).toBe(false);
    expect(opsOf(wb, plan.sheets[0]!.name, 'formulas')).toHaveLength(1);
  });
});

describe('OfficeWorkbook.writePlan: no "all or nothing" claimed', () => {
  test('a very hidden sheet being replaced is made hidden before it is deleted', async () => {
    const sheet = demoPlan().sheets[0]!;
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet('Sheet1', [['x']]);
    wb.addSheet(sheet.name, [['旧', 1]], { visibility: 'VeryHidden' });
    install(wb);
    await new OfficeWorkbook({ supports: ALL_SETS }).writePlan({ sheets: [sheet] }, 'replace');
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      [sheet.name, 'Visible'],
    ]);
    const seq = wb.log.filter((l) => l.path === 'visibility' || l.path === 'delete').map((l) => [l.path, l.value]);
    expect(seq).toEqual([
      ['visibility', 'Hidden'],
      ['delete', null],
    ]);
  });

  test('a batch failing part way reports exactly what was written and keeps the moved-aside sheet', async () => {
    const plan = demoPlan();
    const third = plan.sheets[2]!.name;
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(third, [['用户的旧表', 7]]);
    // The fake fails at the merge of the third sheet, after its earlier operations were applied.
    wb.failWhen = (path, sheet) => path === 'merge' && sheet === third;
    install(wb);
    const err = await new OfficeWorkbook({ supports: ALL_SETS }).writePlan(plan, 'replace').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteIncompleteError);
    const w = err as WriteIncompleteError;
    expect(w.written).toEqual([plan.sheets[0]!.name, plan.sheets[1]!.name]);
    expect(w.failedSheet).toBe(third);
    expect(w.keptAside).toEqual(['~旧表']);
    expect(w.message).toContain(`写入“${third}”时失败（该表可能只写了一部分）`);
    expect(w.message).toContain(`已完整写入：${plan.sheets[0]!.name}、${plan.sheets[1]!.name}`);
    expect(w.message).toContain('被替换的原工作表已改名保留、未删除：~旧表');
    // The user's old sheet is still there, under its parked name, untouched.
    expect(wb.find('~旧表')!.cells.get('1,1')?.value).toBe('用户的旧表');
    expect(wb.log.some((l) => l.path === 'delete')).toBe(false);
    // What the error says matches the workbook: the first two sheets complete, the third partial.
    const firstFormulas = opsOf(wb, plan.sheets[0]!.name, 'formulas');
    expect(firstFormulas).toHaveLength(1);
    expect(opsOf(wb, third, 'formulas')).toHaveLength(1);
    expect(opsOf(wb, plan.sheets[3]!.name, 'formulas')).toHaveLength(0);
  });
});

describe('text Excel would convert', () => {
  test('gets the apostrophe prefix outside "@" cells only', () => {
    expect(needsTextPrefix('205')).toBe(true);
    expect(needsTextPrefix('2024-1')).toBe(true);
    expect(needsTextPrefix('5%')).toBe(true);
    expect(needsTextPrefix('TRUE')).toBe(true);
    expect(needsTextPrefix('2024年部门收入预算总表')).toBe(false);
    expect(formulaCell('205', 'General')).toBe("'205");
    expect(formulaCell('205', '@')).toBe('205');
    expect(formulaCell('=SUM(A1)', 'General')).toBe('=SUM(A1)');
    expect(formulaCell(null, '@')).toBe('');
  });

  test('column widths and print titles', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(absoluteRows('3:5')).toBe('$3:$5');
    expect(absoluteRows('3')).toBe('$3:$3');
  });
});
