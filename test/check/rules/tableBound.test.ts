import { tableBound } from '../../../src/domain/check/rules/tableBound';
import { runRule, setCell, zxSnapshots } from '../../jiangsu/support';

const SANGONG = '公开09表 三公经费会议费培训费';

describe('table-bound: a wider figure is not below a narrower one', () => {
  it('passes on the published tables of 政协办公厅', () => {
    expect(runRule(tableBound, zxSnapshots())).toEqual([]);
  });

  it('warns when 公务用车运行维护费 is below the 30231 of the 基本支出 经济科目 table', () => {
    const findings = runRule(tableBound, setCell(zxSnapshots(), SANGONG, 'F6', 150));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'table-bound', severity: 'warning', sheet: SANGONG, cell: 'F6', difference: -6_600_000 }),
    ]);
    expect(findings[0]!.message).toBe(
      '“公开09表 三公经费会议费培训费”公务用车运行维护费 150.00 万元 小于“公开08表 一般公共预算基本支出(经济)”30231 公务用车运行维护费 156.60 万元（少 6.60 万元）；公务用车运行维护费（基本支出加项目支出）不小于基本支出经济科目 30231，请核对两表口径',
    );
  });

  it('warns when a 机关运行经费 row exceeds the same code of 一般公共预算基本支出', () => {
    // 公开11表 row 6: 30201 办公费 110.00
    const findings = runRule(tableBound, setCell(zxSnapshots(), '公开11表 机关运行经费支出', 'C6', 120));
    expect(findings).toEqual([expect.objectContaining({ cell: 'C6', code: '30201', difference: 10_000_000 })]);
  });

  it('warns when a 收支总表 类 line is below the 财政拨款 类 of the same name', () => {
    // 收支总表 D18: 十八、住房保障支出 2,247.04; 公开05表 221 住房保障支出 2,247.04
    const findings = runRule(tableBound, setCell(zxSnapshots(), '公开01表 收支预算总表', 'D23', 2000));
    expect(findings).toEqual([expect.objectContaining({ cell: 'D23', code: '221', difference: -247_040_000 })]);
  });
});
