import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetDataFromPublished } from '../../src/domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { planSnapshots } from '../../src/domain/rollover/planSnapshots';
import { zxSnapshots } from './support';

// The edition is detected from the tables' titles, never assumed.

function shanghaiSnapshots() {
  const seed: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'sh-hrss-2024.json'), 'utf8'));
  return planSnapshots(buildBudgetWorkbook(budgetDataFromPublished(seed)).plan);
}

test('a 江苏 workbook is read as the 江苏 edition, a Shanghai one as before', () => {
  expect(readBudgetTables(zxSnapshots()).workbook.edition).toBe('jiangsu-2019');
  const sh = readBudgetTables(shanghaiSnapshots());
  expect(sh.workbook.edition).toBeUndefined();
  expect(sh.workbook.tables).toHaveLength(9);
  expect(sh.findings.filter((f) => f.rule.startsWith('read/edition'))).toEqual([]);
});

test('a workbook mixing the 江苏 tables with a Shanghai table is an error naming the sheets', () => {
  const sh = shanghaiSnapshots().filter((s) => s.name === '8 基本支出经济分类预算表');
  const { workbook, findings } = readBudgetTables([...zxSnapshots(), ...sh]);
  expect(workbook.edition).toBe('jiangsu-2019');
  const mixed = findings.filter((f) => f.rule === 'read/mixed-editions');
  expect(mixed).toEqual([expect.objectContaining({ severity: 'error', sheet: '8 基本支出经济分类预算表' })]);
  expect(mixed[0]!.message).toMatch(
    /^工作簿混用了两种表样：“公开01表 收支预算总表”、.*“公开12表 政府采购预算表”是江苏省 2019 年部门预算公开表（12 张，万元），“8 基本支出经济分类预算表”中的是另一版本（上海市九张表）的标准表；只按江苏省 2019 年部门预算公开表（12 张，万元）读取校验，请把两种表分开报送$/,
  );
});

test('a 江苏 workbook missing some tables says which', () => {
  const partial = zxSnapshots().filter((s) => !/^公开1[012]表/.test(s.name));
  const { findings } = readBudgetTables(partial);
  expect(findings.filter((f) => f.rule === 'read/edition-tables-missing').map((f) => f.message)).toEqual([
    '按江苏省 2019 年部门预算公开表（12 张，万元），工作簿中缺少 “财政拨款政府性基金支出预算表”、“一般公共预算机关运行经费支出预算表”、“2019年政府采购预算表”',
  ]);
});

test('a workbook matching no edition gets one error naming its sheets and the editions known', () => {
  const sheets = [
    { name: '封面', visibility: 'visible' as const, values: [['2019年部门预算']], formulas: [[null]], merges: [] },
    { name: 'Sheet2', visibility: 'visible' as const, values: [['项目', '金额']], formulas: [[null, null]], merges: [] },
  ];
  const { findings } = readBudgetTables(sheets);
  expect(findings).toEqual([expect.objectContaining({ rule: 'read/no-tables', severity: 'error', sheet: '封面' })]);
  expect(findings[0]!.message).toBe(
    '工作簿的 2 张工作表（“封面”、“Sheet2”）中没有找到标准预算表（按表名识别：上海市 2020/2024 年版九张表，如“2024年部门收入预算总表”；江苏省 2019 年版十二张公开表，如“财政拨款支出预算表（功能科目）”）',
  );
});
