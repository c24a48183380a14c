import { countsLine, findingLine, reportText } from '../../src/domain/check/checkReport';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { groupFindings } from '../../src/domain/check/groupFindings';
import { publishedSnapshots } from './support/publishedWorkbook';
import { withCell } from './support/snapshots';

// What the pane lists: findings by table and severity, with counts. A typed-over 支出总计 breaks
// three checks at once (收支平衡, Σ 支出项, = 支出预算总表 合计): all three are reported.

test('grouped by sheet in workbook order, then severity, with counts', async () => {
  let snaps = await publishedSnapshots();
  snaps = withCell(snaps, '3 支出预算总表', 'D11', '行政运行费');
  snaps = withCell(snaps, '1 财务收支预算总表', 'D12', 2535662800);
  const { findings } = checkSnapshots(snaps);
  const g = groupFindings(findings);
  expect(g.counts).toEqual({ error: 3, warning: 1, info: 18 });
  expect(g.groups.map((x) => [x.sheet, x.counts.error, x.counts.warning, x.counts.info])).toEqual([
    ['1 财务收支预算总表', 3, 0, 0],
    ['2 收入预算总表', 0, 0, 6],
    ['3 支出预算总表', 0, 1, 5],
    ['5 一般公共预算支出功能分类', 0, 0, 5],
    ['8 基本支出经济分类预算表', 0, 0, 2],
  ]);
  const exp = g.groups[2]!;
  expect(exp.bySeverity.warning.map((f) => f.cell)).toEqual(['D11']);
  expect(exp.bySeverity.info.map((f) => f.cell)).toEqual(['E9', 'E10', 'E10', 'E22', 'F22']);
  expect(countsLine(findings)).toBe('错误 3 项，警告 1 项，提示 18 项');
  expect(findingLine(exp.bySeverity.warning[0]!)).toBe(
    '警告 3 支出预算总表!D11 2080101 科目 2080101 的名称“行政运行费”与 2024 年科目表名称“行政运行”不一致',
  );
  const text = reportText('校验报告：示例', findings);
  expect(text.split('\n').slice(0, 4)).toEqual([
    '校验报告：示例',
    '错误 3 项，警告 1 项，提示 18 项',
    '',
    '【1 财务收支预算总表】错误 3，警告 0，提示 0',
  ]);
});

test('workbook-level findings group under null', () => {
  const g = groupFindings([{ rule: 'read/no-tables', severity: 'error', message: 'x' }]);
  expect(g.groups).toEqual([
    {
      sheet: null,
      counts: { error: 1, warning: 0, info: 0 },
      totals: { error: 1, warning: 0, info: 0 },
      bySeverity: { error: [expect.objectContaining({ rule: 'read/no-tables' })], warning: [], info: [] },
    },
  ]);
});
