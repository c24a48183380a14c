import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { readProjectSheets } from '../../src/domain/projects/readProjectSheets';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { GENERATED_SHEET_NAMES, isGeneratedSheet } from '../../src/domain/read/tableTitles';
import { readSnapshotsFast } from '../../src/hosts/xlsx/readSnapshotsFast';

// The sheets the product writes for itself (校验, 上年数, 说明素材, 编制说明) are never read as
// budget tables or project sheets. A pasted 编制说明 names the tables in its headings ("三、支出预算
// 总表"): read as a title, each was an error "找不到标准表头" on a correct workbook (before this
// change the demo with such a text gave two read/no-header errors on 编制说明 A2 and A3).

let demo: SheetSnapshot[];
beforeAll(async () => {
  demo = readSnapshotsFast(await (await buildDemoWorkbook()).workbook.toBuffer());
});

/** The sheet with `lines` put in column A above what it holds (a new sheet of those lines when there is none). */
function withLines(sheets: readonly SheetSnapshot[], name: string, lines: readonly string[]): SheetSnapshot[] {
  if (!sheets.some((s) => s.name === name)) {
    const values = lines.map((t): CellValue[] => [t]);
    return [...sheets, { name, visibility: 'visible', values, formulas: values.map(() => [null]), merges: [] }];
  }
  return sheets.map((s) => {
    if (s.name !== name) return s;
    const width = Math.max(1, s.values[0]?.length ?? 1);
    const head = lines.map((t): CellValue[] => [t, ...new Array<CellValue>(width - 1).fill(null)]);
    const values = [...head, ...s.values];
    return { ...s, values, formulas: values.map((r) => r.map(() => null)) };
  });
}

const TABLE_TITLES = ['2024年部门预算编制说明', '三、支出预算总表', '一般公共预算支出功能分类预算表', '项目名称'];

describe('the product’s own sheets', () => {
  it('are the four named ones', () => {
    expect(Object.values(GENERATED_SHEET_NAMES)).toEqual(['校验', '上年数', '说明素材', '编制说明']);
    expect(isGeneratedSheet('编制说明')).toBe(true);
    expect(isGeneratedSheet('3 支出预算总表')).toBe(false);
  });

  it.each(['编制说明', '说明素材', '上年数', '校验'])(
    'a %s sheet naming the tables gives no reader finding and no second table',
    (name) => {
      const sheets = withLines(demo, name, TABLE_TITLES);
      const read = readBudgetTables(sheets);
      expect(read.findings.filter((f) => f.sheet === name)).toEqual([]);
      expect(read.workbook.tables.map((t) => t.sheet)).toEqual(readBudgetTables(demo).workbook.tables.map((t) => t.sheet));
      expect(readProjectSheets(sheets).records.map((r) => r.sheet)).toEqual(readProjectSheets(demo).records.map((r) => r.sheet));
      const found = checkAllSheets(sheets).unfolded.filter((f) => f.sheet === name && f.rule.startsWith('read/'));
      expect(found).toEqual([]);
    },
  );

  it('the same lines on a sheet of the officer’s own are still read as a title', () => {
    const sheets = [
      ...demo,
      { name: '附表', visibility: 'visible' as const, values: [['三、支出预算总表']], formulas: [[null]], merges: [] },
    ];
    const read = readBudgetTables(sheets);
    expect(read.findings.filter((f) => f.sheet === '附表').map((f) => [f.rule, f.cell])).toEqual([['read/no-header', 'A1']]);
  });
});
