import type ExcelJS from 'exceljs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { CHECK_SHEET_COLUMNS, CHECK_SHEET_NAME, checkSheetLayout, VERDICT_ZH } from '../../src/domain/check/buildCheckSheet';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { proposeFixes } from '../../src/domain/check/fixes';
import type { Finding } from '../../src/domain/findings/finding';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { POISON, recalculate } from '../support/libreOffice';
import { readFileSync } from 'node:fs';
import { buildCheckSheet } from '../../src/domain/check/buildCheckSheet';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { publishedSnapshots, publishedWorkbook } from './support/publishedWorkbook';

// The demo workbook (every 类/款/合计 a formula) with errors planted the way officers make them.

let demoBuffer: Uint8Array;
beforeAll(async () => {
  demoBuffer = await (await buildDemoWorkbook()).workbook.toBuffer();
});

async function plant(edit: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const book = await XlsxWorkbook.fromBuffer(demoBuffer);
  edit(book.workbook);
  return book;
}

async function check(book: XlsxWorkbook) {
  const snaps = await book.readSheets();
  return { ...checkSnapshots(snaps), snaps };
}

const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
const EXP = '3 支出预算总表';
const INC = '2 收入预算总表';
const FS = '1 财务收支预算总表';

test('no findings at all on the demo workbook', async () => {
  const { findings, parsed } = await check(await XlsxWorkbook.fromBuffer(demoBuffer));
  expect(parsed.tables).toHaveLength(9);
  expect(findings).toEqual([]);
});

test('the published 2024 figures: only the rounding differences printed in them, as 提示', async () => {
  const { findings } = checkSnapshots(await publishedSnapshots());
  expect(findings.every((f) => f.rule === 'rounding' && f.severity === 'info' && /尾差/.test(f.message))).toBe(true);
  // Σ of the printed children vs the printed parent, recomputed from seeds/sh-hrss-2024.json:
  expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.params?.check} ${(f.difference ?? 0) / 100}`)).toEqual([
    `${INC}!E9 tree-sum 1`,
    `${INC}!F9 tree-sum 1`,
    `${INC}!E10 tree-sum -1`,
    `${INC}!F10 tree-sum -1`,
    `${INC}!E22 tree-sum -1`,
    `${INC}!F22 tree-sum -1`,
    `${EXP}!E9 tree-sum 1`,
    `${EXP}!E10 tree-sum -1`,
    `${EXP}!E10 row-identity -1`,
    `${EXP}!E22 tree-sum -1`,
    `${EXP}!F22 tree-sum -1`,
    '5 一般公共预算支出功能分类!E9 tree-sum 1',
    '5 一般公共预算支出功能分类!E10 tree-sum -1',
    '5 一般公共预算支出功能分类!E10 row-identity -1',
    '5 一般公共预算支出功能分类!E22 tree-sum -1',
    '5 一般公共预算支出功能分类!F22 tree-sum -1',
    '8 基本支出经济分类预算表!D46 total-sum -1',
    '8 基本支出经济分类预算表!D46 row-identity -1',
  ]);
});

test('the 2020 layout (eight tables, no 国有资本经营 table, "1. " sub-lines) checks clean', async () => {
  const { plan } = buildBudgetWorkbook(budgetDataFromPublished(JSON.parse(readFileSync('seeds/sh-hrss-2020.json', 'utf8'))));
  const book = new XlsxWorkbook();
  await book.writePlan(plan, 'fail');
  const { findings, parsed } = checkSnapshots(await book.readSheets());
  expect(parsed.year).toBe(2020);
  expect(parsed.tables.map((t) => t.tableId)).toEqual([
    'financeSummary',
    'income',
    'expenditure',
    'fiscalSummary',
    'generalPublic',
    'govFund',
    'economic',
    'sangong',
  ]);
  expect(findings).toEqual([]);
});

describe('planted errors are found at the right cell with the right message', () => {
  test('a changed 项 value (支出预算总表 2080102 项目支出 +100 元)', async () => {
    const { findings } = await check(await plant((wb) => (wb.getWorksheet(EXP)!.getCell('G12').value = 116635301)));
    expect(brief(findings)).toEqual([`error summary-balance ${FS}!B12`, `error income-vs-expenditure ${EXP}!E12`]);
    expect(findings[1]!.message).toBe(
      '“3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,301 元，与“2 收入预算总表”2080102【合计】 116,635,201 元 不一致，相差 100 元',
    );
    expect(findings[1]).toMatchObject({ code: '2080102', column: '合计', expected: 11663520100, actual: 11663530100, difference: 10000 });
    expect(findings[0]!.message).toBe(
      '“1 财务收支预算总表”收入总计 2,535,662,851 元 不等于支出总计 2,535,662,951 元，收支不平，相差 -100 元',
    );
  });

  test('a parent typed over with the right number: a warning, and the formula can be restored', async () => {
    const book = await plant((wb) => (wb.getWorksheet(EXP)!.getCell('F10').value = 728435079));
    const { findings, parsed, snaps, context } = await check(book);
    expect(brief(findings)).toEqual([`warning formula-typed-over ${EXP}!F10`]);
    expect(findings[0]!.message).toBe(
      '“3 支出预算总表”20801 人力资源和社会保障管理事务【基本支出】是手工填入的数值 728,435,079 元，不是公式；同表其他上级科目和合计都是公式，手工数不会随明细变化，建议恢复公式 =SUM(F11:F21)',
    );
    const [fix] = proposeFixes(snaps, parsed, findings, context);
    expect(fix).toMatchObject({
      kind: 'restore-formula',
      sheet: EXP,
      cell: 'F10',
      apply: [{ kind: 'set', sheet: EXP, cell: 'F10', value: '=SUM(F11:F21)' }],
      undo: [{ kind: 'set', sheet: EXP, cell: 'F10', value: 728435079 }],
    });
  });

  test('a parent typed over with a wrong number', async () => {
    const { findings } = await check(await plant((wb) => (wb.getWorksheet(EXP)!.getCell('F10').value = 728435000)));
    const at = findings.filter((f) => f.sheet === EXP && f.cell === 'F10');
    // Also true: 支出预算总表 (all funds) now shows less 基本支出 than the 一般公共预算 table.
    expect(brief(at)).toEqual([
      `error tree-sum ${EXP}!F10`,
      `error expenditure-vs-funds ${EXP}!F10`,
      `warning formula-typed-over ${EXP}!F10`,
    ]);
    expect(at[0]!.message).toBe(
      '“3 支出预算总表”20801 人力资源和社会保障管理事务【基本支出】为 728,435,000 元，下级各项之和为 728,435,079 元，相差 -79 元',
    );
  });

  test('a wrong code name', async () => {
    const { findings } = await check(await plant((wb) => (wb.getWorksheet(EXP)!.getCell('D11').value = '行政运行费')));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'code-name',
        severity: 'warning',
        sheet: EXP,
        cell: 'D11',
        code: '2080101',
        message: '科目 2080101 的名称“行政运行费”与 2024 年科目表名称“行政运行”不一致',
      }),
    ]);
  });

  test('a table out of balance (收入预算总表 2080104 其他收入 −30,000 元)', async () => {
    const { findings } = await check(await plant((wb) => (wb.getWorksheet(INC)!.getCell('I13').value = 33600000)));
    expect(brief(findings)).toEqual([`error summary-balance ${FS}!B12`, `error income-vs-expenditure ${EXP}!E13`]);
    expect(findings[0]!.message).toMatch(/收入总计 2,535,632,851 元 不等于支出总计 2,535,662,851 元，收支不平，相差 -30,000 元/);
  });
});

/** The status column of the 校验 sheet after LibreOffice recalculated everything. */
function statuses(lo: ExcelJS.Workbook, rows: readonly number[]): unknown[] {
  const ws = lo.getWorksheet(CHECK_SHEET_NAME)!;
  return rows.map((r) => {
    const v = ws.getCell(r, CHECK_SHEET_COLUMNS.status).value as { result?: unknown } | null;
    return v && typeof v === 'object' ? v.result : v;
  });
}

describe("the 校验 sheet recalculated by LibreOffice gives the engine's verdicts", () => {
  test('clean demo: every check 通过', async () => {
    const book = await XlsxWorkbook.fromBuffer(demoBuffer);
    const { parsed, context } = await check(book);
    const layout = checkSheetLayout(parsed, context);
    expect(layout.rows.length).toBeGreaterThan(400);
    const lo = await recalculate(demoBuffer, 'demo.xlsx');
    const got = statuses(
      lo,
      layout.rows.map((r) => r.row),
    );
    expect(got.every((s) => s === VERDICT_ZH.pass)).toBe(true);
    const summary = (lo.getWorksheet(CHECK_SHEET_NAME)!.getCell('B2').value as { result?: unknown }).result;
    expect(summary).toBe(`不平 0 项；尾差 0 项；通过 ${layout.rows.length} 项`);
  }, 240_000);

  test('with a planted error the matching rows say 不平, the rest as the engine says', async () => {
    const book = await plant((wb) => {
      wb.getWorksheet(EXP)!.getCell('G12').value = 116635301; // a 项 changed
      wb.getWorksheet(EXP)!.getCell('F10').value = 728435080; // a parent typed over, 1 元 off: a 尾差
    });
    const { parsed, context } = await check(book);
    const layout = checkSheetLayout(parsed, context);
    // Same structure as when the sheet was written: row for row the same checks.
    const ws = book.workbook.getWorksheet(CHECK_SHEET_NAME)!;
    expect(layout.rows.map((r) => ws.getCell(r.row, CHECK_SHEET_COLUMNS.description).value)).toEqual(
      layout.rows.map((r) => r.check.description),
    );
    const lo = await recalculate(await book.toBuffer(), 'planted.xlsx');
    const got = statuses(
      lo,
      layout.rows.map((r) => r.row),
    );
    expect(got).not.toContain(POISON);
    expect(got).toEqual(layout.rows.map((r) => VERDICT_ZH[r.evaluation.verdict]));
    const failing = layout.rows.filter((r) => r.evaluation.verdict === 'fail').map((r) => r.check.description);
    expect(failing).toEqual(
      expect.arrayContaining([
        '“3 支出预算总表”2080102 一般行政管理事务【合计】 = “2 收入预算总表”2080102【合计】',
        '“1 财务收支预算总表”收入总计 = 支出总计',
      ]),
    );
    const rounding = layout.rows.filter((r) => r.evaluation.verdict === 'rounding').map((r) => r.check.description);
    // The typed 基本支出 is 1 元 above its items; the 合计 column (a SUM of the items) is now 1 元 off
    // 基本支出 + 项目支出 on that row, its 类 row and the 合计 row: all 尾差.
    expect(rounding).toEqual([
      '“3 支出预算总表”20801 人力资源和社会保障管理事务【基本支出】 = 下级各项之和',
      '“3 支出预算总表”208 社会保障和就业支出【合计】 = 基本支出+项目支出',
      '“3 支出预算总表”20801 人力资源和社会保障管理事务【合计】 = 基本支出+项目支出',
      '“3 支出预算总表”合计【合计】 = 基本支出+项目支出',
    ]);
    expect(got.filter((s) => s === VERDICT_ZH.rounding)).toHaveLength(4);
  }, 240_000);
});

test('published figures with a number stored as text: LibreOffice shows the same 尾差 and 不平 as the engine', async () => {
  const book = await publishedWorkbook();
  book.workbook.getWorksheet(INC)!.getCell('F12').value = '116,635,301'; // text, and 100 元 off
  const { parsed, context, findings } = checkSnapshots(await book.readSheets());
  expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
    `tree-sum ${INC}!F10`,
    `row-identity ${INC}!E12`,
    `fiscal-funds ${INC}!F12`,
  ]);
  await book.writePlan({ sheets: [buildCheckSheet(parsed, context)] }, 'fail');
  const layout = checkSheetLayout(parsed, context);
  const lo = await recalculate(await book.toBuffer(), 'published.xlsx');
  const got = statuses(
    lo,
    layout.rows.map((r) => r.row),
  );
  expect(got).toEqual(layout.rows.map((r) => VERDICT_ZH[r.evaluation.verdict]));
  expect(got.filter((x) => x === VERDICT_ZH.rounding)).toHaveLength(findings.filter((f) => f.rule === 'rounding').length);
  expect(got.filter((x) => x === VERDICT_ZH.fail).length).toBeGreaterThanOrEqual(3);
}, 240_000);
