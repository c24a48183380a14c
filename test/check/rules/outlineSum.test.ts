import { outlineSum } from '../../../src/domain/check/rules/outlineSum';
import { runRule, setCell, zxSnapshots } from '../../jiangsu/support';

const PROCUREMENT = '公开12表 政府采购预算表';

describe('outline-sum: each level of the 政府采购预算表 adds up', () => {
  it('passes on the published 政府采购预算表 of 政协办公厅', () => {
    expect(runRule(outlineSum, zxSnapshots())).toEqual([]);
  });

  it('flags a 采购品目大类 that is not the sum of its 专项, and the 合计 that is then not the sum of the 大类', () => {
    const findings = runRule(outlineSum, setCell(zxSnapshots(), PROCUREMENT, 'F5', 351)); // 一、货物A 350.00
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.difference])).toEqual([
      ['outline-sum', 'error', 'F5', 1_000_000],
      ['outline-sum', 'error', 'F4', -1_000_000],
    ]);
    expect(findings[0]!.message).toBe('“公开12表 政府采购预算表”一、货物A为 351.00 万元，下一级各行之和为 350.00 万元，相差 1.00 万元');
  });

  it('flags an item total under a 专项 that does not add up', () => {
    const findings = runRule(outlineSum, setCell(zxSnapshots(), PROCUREMENT, 'F7', 19)); // 台式计算机 18.00 under 办公设备购置费 300.00
    expect(findings).toEqual([expect.objectContaining({ cell: 'F6', difference: -1_000_000 })]);
  });
});
