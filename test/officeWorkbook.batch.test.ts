import { OfficeMockObject } from 'office-addin-mock';
import { fixToPlan, type Fix } from '../src/domain/check/fixes';
import { EditConflictError } from '../src/domain/port/workbookPort';
import { rowBlocks, withTimeout } from '../src/hosts/office/batch';
import { TimeoutError, translateError, WriteBlockedError } from '../src/hosts/office/errors';
import { OfficeWorkbook, toBase64 } from '../src/hosts/office/officeWorkbook';
import { detectHost, requirementNotices, SLOW_READY_NOTICE } from '../src/hosts/office/requirements';
import { RichApiError, WorkbookState } from './support/fakeExcel';
import { ALL_SETS, install, uninstall, upTo } from './support/officeFixtures';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum, and the manifest
// package's index pulls an ESM-only dependency jest's CommonJS runtime cannot load. Serve the real
// enum from its own (dependency-free) file instead.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: jest.requireActual<{ OfficeApp: unknown }>('office-addin-manifest/lib/officeApp').OfficeApp,
}));

afterEach(uninstall);

const SHEET = '3 支出预算总表';

function typedOver(): { wb: WorkbookState; fix: Fix } {
  const wb = new WorkbookState().supportApi(20);
  wb.addSheet(SHEET, [
    [1, 2, 3],
    [4, 5, 999],
  ]);
  const fix: Fix = {
    id: `restore-formula:${SHEET}!C2`,
    kind: 'restore-formula',
    sheet: SHEET,
    cell: 'C2',
    description: '恢复公式',
    resolves: [],
    apply: [{ kind: 'set', sheet: SHEET, cell: 'C2', value: '=SUM(A2:B2)' }],
    undo: [{ kind: 'set', sheet: SHEET, cell: 'C2', value: 999 }],
  };
  return { wb, fix };
}

describe('applyEdits: fixes and the pane’s undo', () => {
  test('a fix is one sync; its undo reads the cells first (2 syncs) and puts the old number back', async () => {
    const { wb, fix } = typedOver();
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const plan = fixToPlan(fix);
    await host.applyEdits(plan.apply);
    expect(wb.last.syncs).toBe(1);
    expect(wb.sheet(SHEET).cell(2, 3).formula).toBe('=SUM(A2:B2)');
    await host.applyEdits(plan.undo);
    expect(wb.last.syncs).toBe(2);
    expect(wb.sheet(SHEET).cell(2, 3).value).toBe(999);
  });

  test('the undo refuses, changing nothing, when a cell no longer holds what the fix wrote', async () => {
    const { wb, fix } = typedOver();
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const plan = fixToPlan(fix);
    await host.applyEdits(plan.apply);
    wb.sheet(SHEET).cell(2, 3).formula = 1234; // the officer typed a new figure over the restored formula
    wb.sheet(SHEET).cell(2, 3).value = 1234;
    const before = wb.fingerprint();
    const err = await host.applyEdits(plan.undo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditConflictError);
    expect((err as Error).message).toBe(
      '“3 支出预算总表”C2 已不是修复写入的内容（修复写入 =SUM(A2:B2)，现在是 1234），为免覆盖您之后的修改，未做任何撤销。',
    );
    expect(wb.fingerprint()).toBe(before);
  });

  test('an inserted row: the undo expects the cells at their final addresses', async () => {
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(SHEET, [['208'], ['20801']]);
    install(wb);
    const host = new OfficeWorkbook({ supports: ALL_SETS });
    const fix: Fix = {
      id: 'x',
      kind: 'insert-parent',
      sheet: SHEET,
      cell: 'A2',
      description: '插入',
      resolves: [],
      apply: [
        { kind: 'insertRows', sheet: SHEET, row: 2, count: 1 },
        { kind: 'set', sheet: SHEET, cell: 'A2', value: '208' },
        { kind: 'set', sheet: SHEET, cell: 'A1', value: '=A2' },
        { kind: 'insertRows', sheet: SHEET, row: 1, count: 1 },
      ],
      undo: [
        { kind: 'deleteRows', sheet: SHEET, row: 1, count: 1 },
        { kind: 'deleteRows', sheet: SHEET, row: 2, count: 1 },
        { kind: 'set', sheet: SHEET, cell: 'A1', value: '208' },
      ],
    };
    const plan = fixToPlan(fix);
    // The formula set before the last row insertion is rewritten by Excel (=A2 → =A3): not expected.
    expect(plan.undo[0]).toEqual({ kind: 'expect', sheet: SHEET, cell: 'A3', value: '208' });
    expect(plan.undo[1]?.kind).toBe('deleteRows');
    await host.applyEdits(plan.apply);
    // The code written into the inserted row went in with the text prefix: it stays the text "208".
    expect(wb.sheet(SHEET).cell(3, 1).value).toBe('208');
    await host.applyEdits(plan.undo);
    expect(wb.sheet(SHEET).cell(1, 1).value).toBe('208');
  });

  test('with ExcelApi 1.20 each write is one undo group; reads are not; every run waits out cell edit', async () => {
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(SHEET, [[1]]);
    install(wb);
    const host = new OfficeWorkbook({ supports: (s, v) => wb.supports(s, v) });
    await host.applyEdits([{ kind: 'set', sheet: SHEET, cell: 'A1', value: 2 }]);
    expect(wb.last.options).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    await host.readSheets();
    expect(wb.last.options).toEqual({ delayForCellEdit: true });

    const older = new WorkbookState().supportApi(19);
    older.addSheet(SHEET, [[1]]);
    install(older);
    await new OfficeWorkbook({ supports: (s, v) => older.supports(s, v) }).applyEdits([
      { kind: 'set', sheet: SHEET, cell: 'A1', value: 2 },
    ]);
    expect(older.last.options).toEqual({ delayForCellEdit: true });
  });

  test('in cell-edit mode the batch waits (delayForCellEdit) and goes through when the edit ends', async () => {
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(SHEET, [[1]]);
    install(wb);
    wb.enterCellEdit();
    let done = false;
    const p = new OfficeWorkbook({ supports: ALL_SETS })
      .applyEdits([{ kind: 'set', sheet: SHEET, cell: 'A1', value: 5 }])
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(wb.sheet(SHEET).cell(1, 1).value).toBe(1);
    wb.exitCellEdit();
    await p;
    expect(wb.sheet(SHEET).cell(1, 1).value).toBe(5);
  });
});

describe('errors and timeouts', () => {
  test('InvalidOperation and InvalidOperationInCellEditMode become zh-CN messages; others pass through', () => {
    const edit = translateError(new RichApiError('InvalidOperationInCellEditMode', 'x'), '写入工作表') as Error;
    expect(edit.message).toBe('写入工作表失败：Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。');
    const op = translateError(new RichApiError('InvalidOperation', 'x'), '清除标注') as Error;
    expect(op.message).toMatch(/^清除标注失败：Excel 拒绝了这一操作/);
    const big = translateError(new RichApiError('ResponsePayloadSizeLimitExceeded', 'x'), '读取工作表') as Error;
    expect(big.message).toContain('5 MB');
    const bug = new TypeError('x is undefined');
    expect(translateError(bug, '读取工作表')).toBe(bug);
  });

  test('after a 30 s timeout writes are refused until the timed-out Excel.run settles; reads still run', async () => {
    let release: () => void = () => undefined;
    const wb = new WorkbookState().supportApi(20);
    wb.addSheet(SHEET, [[1]]);
    const fake = install(wb);
    const hanging = new Promise<void>((r) => (release = r));
    let first = true;
    (globalThis as unknown as { Excel: unknown }).Excel = {
      ...fake,
      run: async (options: unknown, batch: unknown) => {
        if (first) {
          first = false;
          await hanging;
        }
        return fake.run(options, batch);
      },
    };
    const host = new OfficeWorkbook({ supports: ALL_SETS, timeoutMs: 20 });
    await expect(host.applyEdits([{ kind: 'set', sheet: SHEET, cell: 'A1', value: 2 }])).rejects.toThrow(TimeoutError);
    expect(host.writesBlocked).toBe(true);
    const blocked = await host.applyEdits([{ kind: 'set', sheet: SHEET, cell: 'A1', value: 3 }]).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(WriteBlockedError);
    expect((blocked as Error).message).toMatch(/^修改单元格未执行：上一次操作超时后可能仍在 Excel 中进行/);
    expect((await host.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(host.writesBlocked).toBe(false);
    expect(wb.sheet(SHEET).cell(1, 1).value).toBe(2); // the timed-out write did finish, later
    await host.applyEdits([{ kind: 'set', sheet: SHEET, cell: 'A1', value: 3 }]);
    expect(wb.sheet(SHEET).cell(1, 1).value).toBe(3);
  });

  test('withTimeout rejects with the zh-CN message when the promise hangs, passes results through otherwise', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20, '同步超时')).rejects.toThrow(new TimeoutError('同步超时'));
    await expect(withTimeout(Promise.resolve(7), 1000, '不会超时')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('原错误')), 1000, '不会超时')).rejects.toThrow('原错误');
  });

  test('rowBlocks keeps every block under the budget and covers all rows once', () => {
    const grid = Array.from({ length: 100 }, (_, i) => [`第${i}行`, i, '=A1']);
    const blocks = rowBlocks(grid, 200);
    expect(blocks.reduce((n, [, c]) => n + c, 0)).toBe(100);
    blocks.forEach(([start, count], i) => {
      if (i > 0) expect(start).toBe(blocks[i - 1]![0] + blocks[i - 1]![1]);
      expect(count).toBeGreaterThan(0);
    });
    expect(rowBlocks(grid, 1e9)).toEqual([[0, 100]]);
  });
});

describe('Office.onReady and the host', () => {
  test('slow onReady inside Excel: a notice, then still Excel — never the in-memory workbook', async () => {
    const wb = new WorkbookState().supportApi(20);
    const target = globalThis as unknown as Record<string, unknown>;
    const { installFake } = await import('./support/fakeExcel');
    installFake(target, wb, { readyAfterMs: 80 });
    const notices: string[] = [];
    const host = await detectHost({ onSlow: (n) => notices.push(n), slowAfterMs: 10, search: '?_host_Info=Excel$Win32$16.01$zh-CN' });
    expect(host).toBe('excel');
    expect(notices).toEqual([SLOW_READY_NOTICE]);
  });

  test('office.js missing in a page Office opened is an error; in a plain browser tab it is standalone', async () => {
    await expect(detectHost({ search: '?_host_Info=Excel$Win32$16.01$zh-CN' })).rejects.toThrow(/office\.js 未能加载.*OFFICE_JS=local/);
    await expect(detectHost({ search: '' })).resolves.toBe('standalone');
  });

  test('createWorkbook: the rolled-forward workbook opens in Excel with ExcelApi 1.8; false without it', async () => {
    const wb = new WorkbookState().supportApi(8);
    install(wb);
    const bytes = new Uint8Array([80, 75, 3, 4, 0, 255]);
    expect(await new OfficeWorkbook({ supports: (s, v) => wb.supports(s, v) }).openNewWorkbook(bytes)).toBe(true);
    expect(wb.created).toEqual([Buffer.from(bytes).toString('base64')]);
    expect(toBase64(bytes)).toBe('UEsDBAD/');
    expect(await new OfficeWorkbook({ supports: upTo(7) }).openNewWorkbook(bytes)).toBe(false);
    expect(wb.created).toHaveLength(1);
  });

  test('requirement notices name what is missing, in Chinese', () => {
    expect(requirementNotices(() => true)).toEqual([]);
    const notices = requirementNotices((_set, v) => v === '1.9');
    expect(notices.join('')).toContain('ExcelApi 1.13');
    expect(notices.join('')).toContain('ExcelApi 1.18');
  });
});

describe('OfficeWorkbook.activate', () => {
  test('activates the sheet and selects the cell in one sync (office-addin-mock)', async () => {
    let syncs = 0;
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              activated: false,
              range: {
                address: '',
                selected: false,
                select() {
                  this.selected = true;
                },
              },
              activate() {
                this.activated = true;
              },
              getRange(address: string) {
                this.range.address = address;
                return this.range;
              },
            },
            getItem(name: string) {
              return name === SHEET ? this.sheet : undefined;
            },
          },
        },
      },
      run: async function (_options: unknown, batch: (ctx: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as unknown as {
      context: {
        sync: () => Promise<void>;
        workbook: { worksheets: { sheet: { activated: boolean; range: { address: string; selected: boolean } } } };
      };
    };
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = async () => {
      syncs++;
      await sync();
    };
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    await new OfficeWorkbook({ supports: ALL_SETS }).activate(SHEET, 'E9');
    const sheet = mock.context.workbook.worksheets.sheet;
    expect([sheet.activated, sheet.range.address, sheet.range.selected, syncs]).toEqual([true, 'E9', true, 1]);
  });

  test('a missing sheet is a RangeError naming it', async () => {
    const wb = new WorkbookState();
    wb.addSheet('Sheet1');
    install(wb);
    await expect(new OfficeWorkbook().activate('不存在', 'A1')).rejects.toThrow('activate: 工作表“不存在”不存在');
  });
});
