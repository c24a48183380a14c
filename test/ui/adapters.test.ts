import { buildDemoWorkbook } from '../../src/cli/demo';
import { fixToPlan } from '../../src/domain/check/fixes';
import { fixesByFinding, fixFor, fixLabel } from '../../src/taskpane/checkFixes';
import { csvSnapshot, parseCsv } from '../../src/taskpane/csvGrid';
import { groupFindings } from '../../src/taskpane/findingGroups';
import { checkAll } from '../../src/taskpane/runChecks';
import { catalogRowsFromSheet, importCatalogRows } from '../../src/domain/catalog/catalogSheet';
import { signedYuan, yuan } from '../../src/taskpane/yuan';

// The pane's pure adapters between the domain and the components.

test('amounts in 元 with thousands separators, cents only when present', () => {
  expect(yuan(182_068_659_100)).toBe('1,820,686,591 元');
  expect(yuan(123_456)).toBe('1,234.56 元');
  expect(signedYuan(-3_362_659_100)).toBe('-33,626,591 元');
  expect(signedYuan(100)).toBe('+1 元');
});

describe('the planted typed-over 合计 in the sample workbook', () => {
  let run: ReturnType<typeof checkAll>;
  let book: Awaited<ReturnType<typeof buildDemoWorkbook>>['workbook'];
  beforeAll(async () => {
    book = (await buildDemoWorkbook()).workbook;
    book.workbook.getWorksheet('3 支出预算总表')!.getCell('E9').value = 1_787_060_000;
    run = checkAll(await book.readSheets());
  });

  test('the checker’s fix for E9 (the SUM of its 款) is offered on the findings it resolves', () => {
    const fixes = fixesByFinding(run.fixes);
    const atE9 = run.findings.filter((f) => f.sheet === '3 支出预算总表' && f.cell === 'E9');
    // The root-cause headline names E9 too.
    expect(atE9.map((f) => f.rule).sort()).toEqual([
      'formula-typed-over',
      'income-vs-expenditure',
      'root-cause',
      'row-identity',
      'tree-sum',
    ]);
    const offered = atE9.map((f) => fixFor(fixes, f)).filter((x) => x !== undefined);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    for (const fix of offered) {
      expect(fix.kind).toBe('restore-formula');
      expect(fixLabel(fix)).toBe('修复：恢复公式');
      expect(fix.apply).toEqual([{ kind: 'set', sheet: '3 支出预算总表', cell: 'E9', value: '=SUM(E10,E22,E28,E30)' }]);
    }
    // income-vs-expenditure compares two tables: restoring E9 settles it, but it is not the fix's own claim.
    expect(
      fixFor(
        fixes,
        atE9.find((f) => f.rule === 'tree-sum')!,
      ),
    ).toBeDefined();
    // The 合计 row's identity breaks as a consequence; its own formula is intact, so no fix there.
    const total = run.findings.find((f) => f.sheet === '3 支出预算总表' && f.cell === 'E43');
    expect(total).toBeDefined();
    expect(fixFor(fixes, total!)).toBeUndefined();
  });

  test('groups by sheet in workbook order, then severity', () => {
    const groups = groupFindings(run.findings);
    const spending = groups.find((g) => g.sheet === '3 支出预算总表')!;
    expect(spending.bySeverity.map((s) => s.severity)).toEqual(['error', 'warning']);
    expect(spending.counts.error).toBe(spending.bySeverity[0]!.findings.length);
    const order = groups.map((g) => g.sheet);
    expect(order.indexOf('1 财务收支预算总表')).toBeLessThan(order.indexOf('3 支出预算总表'));
  });

  test('applied through the port the fix clears E9, and its undo puts the typed number back', async () => {
    const fix = run.fixes.find((f) => f.sheet === '3 支出预算总表' && f.cell === 'E9')!;
    const plan = fixToPlan(fix);
    await book.applyEdits(plan.apply);
    const fixed = checkAll(await book.readSheets());
    expect(fixed.findings.filter((f) => f.sheet === '3 支出预算总表' && f.cell === 'E9')).toEqual([]);
    await book.applyEdits(plan.undo);
    expect(book.workbook.getWorksheet('3 支出预算总表')!.getCell('E9').value).toBe(1_787_060_000);
  });
});

test('CSV catalog files read like sheets: quotes, GB-style 分类 column, tabs', () => {
  expect(parseCsv('编码,名称\r\n"2080101","行政运行"\r\n"30101","基本工资, 津贴"\n')).toEqual([
    ['编码', '名称'],
    ['2080101', '行政运行'],
    ['30101', '基本工资, 津贴'],
  ]);
  const snap = csvSnapshot(
    '科目.csv',
    '\uFEFF分类\t科目编码\t科目名称\n支出功能分类\t2089901\t其他社会保障和就业支出\n经济分类\t30101\t基本工资\n',
  );
  const { rows, headerFound } = catalogRowsFromSheet(snap);
  expect(headerFound).toBe(true);
  expect(rows.map((r) => [r.kind, r.code, r.name, r.cell])).toEqual([
    ['functional', '2089901', '其他社会保障和就业支出', 'B2'],
    ['economic', '30101', '基本工资', 'B3'],
  ]);
  const imported = importCatalogRows(2024, rows);
  expect(imported.problems).toEqual([]);
  expect(imported.catalogs.functional.entries().some((e) => e.code === '2089901')).toBe(true);
});
