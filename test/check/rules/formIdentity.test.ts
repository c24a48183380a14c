import { formIdentity } from '../../../src/domain/check/rules/formIdentity';
import { runRule, setCell, zxSnapshots } from '../../jiangsu/support';

const SUMMARY = '公开01表 收支预算总表';

describe('form-identity: figures the edition defines as sums of the same table', () => {
  it('passes on the published 收支预算总表, 收入预算总表, 支出预算总表, 财政拨款收支总表 and 三公 table of 政协办公厅', () => {
    expect(runRule(formIdentity, zxSnapshots())).toEqual([]);
  });

  it('flags 收入合计 that is not 当年收入小计 + 上年结转资金, and 支出合计 no longer equals it', () => {
    const findings = runRule(formIdentity, setCell(zxSnapshots(), SUMMARY, 'B28', 13378.11));
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.difference])).toEqual([
      ['form-identity', 'error', SUMMARY, 'B28', 1_000_000],
      ['form-identity', 'error', SUMMARY, 'F28', -1_000_000],
    ]);
    expect(findings[0]!.message).toBe(
      '“公开01表 收支预算总表”收入合计为 13,378.11 万元，当年收入小计 + 上年结转资金为 13,377.11 万元，相差 1.00 万元',
    );
    expect(findings[1]!.message).toBe('“公开01表 收支预算总表”支出合计为 13,377.11 万元，收入合计为 13,378.11 万元，相差 -1.00 万元');
  });

  it('flags the 类 lines that do not add up to 当年支出小计', () => {
    const findings = runRule(formIdentity, setCell(zxSnapshots(), SUMMARY, 'D13', 860.51)); // 八、社会保障和就业支出 858.51
    expect(findings).toEqual([expect.objectContaining({ rule: 'form-identity', cell: 'F26', difference: -2_000_000 })]);
    expect(findings[0]!.message).toContain('“功能科目名称”各行之和为 13,379.11 万元');
  });

  it('flags “三公”合计 that is not 小计 + 会议费 + 培训费', () => {
    const findings = runRule(formIdentity, setCell(zxSnapshots(), '公开09表 三公经费会议费培训费', 'A6', 2300));
    expect(findings).toEqual([expect.objectContaining({ cell: 'A6', difference: 75_570_000 })]);
  });
});
