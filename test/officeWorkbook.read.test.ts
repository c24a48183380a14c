import { OfficeWorkbook } from '../src/hosts/office/officeWorkbook';
import { READ_BYTES_PER_CELL, toA1Grid } from '../src/hosts/office/readSheets';
import { WorkbookState } from './support/fakeExcel';
import { ALL_SETS, install, NO_SETS, uninstall, upTo } from './support/officeFixtures';

// Reading against the fake with Excel on the web's limits: a response over the limit, more than
// 5,000,000 cells in one request, or more than 512 merged areas in one call fails the sync.

afterEach(uninstall);

describe('OfficeWorkbook.readSheets', () => {
  test('4 syncs: sheet list, used ranges, the cells, merged areas; A1-based grid padded before C3', async () => {
    const wb = new WorkbookState().supportApi(20);
    const s = wb.addSheet(
      '数据',
      [
        ['205', '=SUM(E3:E4)'],
        [null, 7],
      ],
      { at: 'C3', results: [[null, 99]] },
    );
    s.merges.push('C3:D3');
    wb.addSheet('隐藏', [['x']], { visibility: 'Hidden' });
    wb.addSheet('空表');
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });

    const all = await host.readSheets();
    expect(wb.last.syncs).toBe(4);
    expect(all.map((x) => [x.name, x.visibility])).toEqual([
      ['数据', 'visible'],
      ['隐藏', 'hidden'],
      ['空表', 'visible'],
    ]);
    expect(all[0]!.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, '205', 99],
      [null, null, null, 7],
    ]);
    expect(all[0]!.formulas[2]).toEqual([null, null, null, '=SUM(E3:E4)']);
    expect(all[0]!.merges).toEqual(['C3:D3']);
    expect(all[2]).toEqual({ name: '空表', visibility: 'visible', values: [], formulas: [], merges: [] });

    const some = await host.readSheets(['隐藏']);
    expect(wb.last.syncs).toBe(4);
    expect(some.map((x) => x.name)).toEqual(['隐藏']);
  });

  test('without ExcelApi 1.13: 3 syncs and no merges', async () => {
    const wb = new WorkbookState();
    wb.addSheet('数据', [['标题', null]]).merges.push('A1:B1');
    install(wb);
    const [snap] = await new OfficeWorkbook({ supports: NO_SETS }).readSheets();
    expect(wb.last.syncs).toBe(3);
    expect(snap!.merges).toEqual([]);
  });

  test('a sheet larger than one response is read in row blocks, each response under the limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`${2080000 + i}`, `第${i}项支出`, i * 100, `=C${i + 1}*2`, i]);
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet('大表', rows);
    wb.addSheet('小表', [['合计', 1]]);
    const maxBytes = 200_000;
    wb.limits.responseBytes = maxBytes; // what one sync may return, as Excel on the web's 5 MB
    install(wb);
    const [big, small] = await new OfficeWorkbook({ supports: ALL_SETS, maxBlockBytes: maxBytes }).readSheets();
    const cellsPerSync = Math.floor(maxBytes / READ_BYTES_PER_CELL);
    const groups = Math.ceil((3000 * 5 + 2) / cellsPerSync);
    expect(wb.last.syncs).toBe(2 + groups + 1);
    expect(Math.max(...wb.last.responseBytes)).toBeLessThanOrEqual(maxBytes);
    expect(big!.values).toHaveLength(3000);
    expect(big!.values[2999]).toEqual(['2082999', '第2999项支出', 299_900, null, 2999]);
    expect(big!.formulas[2999]![3]).toBe('=C3000*2');
    expect(small!.values).toEqual([['合计', 1]]);
  });

  test('rows denser than estimated are split again and read in halves, never failing the read', async () => {
    const long = '说明'.repeat(400); // 2,400 bytes of UTF-8 a cell, twice (values and formulas)
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(
      '编制说明',
      Array.from({ length: 40 }, () => [long]),
    );
    wb.limits.responseBytes = 40_000;
    install(wb);
    const [snap] = await new OfficeWorkbook({ supports: ALL_SETS, maxBlockBytes: 40_000 }).readSheets();
    expect(snap!.values).toHaveLength(40);
    expect(snap!.values.every((r) => r[0] === long)).toBe(true);
    expect(Math.max(...wb.last.responseBytes)).toBeLessThanOrEqual(40_000);
  });

  test('more than 512 merged areas on one sheet: that sheet is read without merges, with a notice', async () => {
    const wb = new WorkbookState().supportApi(20);
    const many = wb.addSheet(
      '明细',
      Array.from({ length: 600 }, (_, i) => [`项目${i}`, null, i]),
    );
    many.merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    wb.addSheet('1 财务收支预算总表', [['标题', null]]).merges.push('A1:B1');
    install(wb);
    const notices: string[] = [];
    const snaps = await new OfficeWorkbook({ supports: ALL_SETS, onNotice: (n) => notices.push(n) }).readSheets();
    expect(snaps.map((s) => s.merges)).toEqual([[], ['A1:B1']]);
    expect(snaps[0]!.values).toHaveLength(600);
    expect(notices).toEqual(['“明细”的合并单元格超过 Excel 一次可读取的 512 处，已按未合并读取；表头核对可能不完整。']);
  });

  test("text typed as '=… and '205 comes back as text, not as a formula or a number", async () => {
    const wb = new WorkbookState().supportApi(20);
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    // The officer typed '=SUM(B1:B9) in A1: Excel keeps the text without its apostrophe prefix.
    const sheet = wb.addSheet('说明');
    Object.assign(sheet.cell(1, 1), { formula: '=SUM(B1:B9)', value: '=SUM(B1:B9)' });
    await host.applyEdits([
      { kind: 'set', sheet: '说明', cell: 'A2', value: '205' },
      { kind: 'set', sheet: '说明', cell: 'A3', value: '=1+1' },
    ]);
    expect(wb.log.filter((l) => l.path === 'formulas').map((l) => l.value)).toEqual([[["'205"]], [['=1+1']]]);
    const [snap] = await host.readSheets(['说明']);
    expect(snap!.values.map((r) => r[0])).toEqual(['=SUM(B1:B9)', '205', null]);
    expect(snap!.formulas.map((r) => r[0])).toEqual([null, null, '=1+1']);
  });
});

describe('OfficeWorkbook.listSheets', () => {
  test('two syncs, emptiness from the used range', async () => {
    const wb = new WorkbookState();
    wb.addSheet('有数', [[1]]);
    wb.addSheet('空', []);
    wb.addSheet('深藏', [['x']], { visibility: 'VeryHidden' });
    install(wb);
    expect(await new OfficeWorkbook({ supports: upTo(7) }).listSheets()).toEqual([
      { name: '有数', visibility: 'visible', empty: false },
      { name: '空', visibility: 'visible', empty: true },
      { name: '深藏', visibility: 'veryHidden', empty: false },
    ]);
    expect(wb.last.syncs).toBe(2);
  });
});

test('toA1Grid pads, keeps "=…" formulas, and treats a formula text equal to its value as text', () => {
  expect(toA1Grid("'表 1'!B2:D2", [[1, '', '=x']], [['=A1', '', '=x']])).toEqual({
    values: [
      [null, null, null, null],
      [null, 1, null, '=x'],
    ],
    formulas: [
      [null, null, null, null],
      [null, '=A1', null, null],
    ],
  });
});
