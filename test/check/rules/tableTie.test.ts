import { tableTie } from '../../../src/domain/check/rules/tableTie';
import { runRule, setCell, zxSnapshots } from '../../jiangsu/support';

describe('table-tie: figures the edition takes from another table', () => {
  it('passes on the published tables of 政协办公厅', () => {
    expect(runRule(tableTie, zxSnapshots())).toEqual([]);
  });

  it('flags 财政拨款收支总表 基本支出 that is not the 财政拨款基本支出（经济科目）合计', () => {
    const findings = runRule(tableTie, setCell(zxSnapshots(), '公开04表 财政拨款收支预算总表', 'D6', 6452.75));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'table-tie',
        severity: 'error',
        sheet: '公开04表 财政拨款收支预算总表',
        cell: 'D6',
        difference: 10_000_000,
      }),
    ]);
    expect(findings[0]!.message).toBe(
      '“公开04表 财政拨款收支预算总表”一、基本支出为 6,452.75 万元，“公开06表 财政拨款基本支出(经济)”合计为 6,442.75 万元，相差 10.00 万元（同一数字在两表中应一致）',
    );
  });

  it('flags a 财政拨款 功能科目 row that is not 一般公共预算 + 政府性基金 for its code', () => {
    // 公开05表 row 7: 2010201 行政运行 5,223.22
    const findings = runRule(tableTie, setCell(zxSnapshots(), '公开05表 财政拨款支出(功能)', 'C7', 5223.02));
    expect(findings).toEqual([expect.objectContaining({ cell: 'C7', code: '2010201', difference: -200_000 })]);
    expect(findings[0]!.message).toContain('财政拨款 = 一般公共预算 + 政府性基金（逐科目）');
  });

  it('reports a difference of 0.01 万元 as a 尾差 提示', () => {
    const findings = runRule(tableTie, setCell(zxSnapshots(), '公开04表 财政拨款收支预算总表', 'D6', 6442.76));
    expect(findings).toEqual([expect.objectContaining({ rule: 'rounding', severity: 'info', cell: 'D6', difference: 10_000 })]);
  });
});
