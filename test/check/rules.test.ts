import { amountDecimals } from '../../src/domain/check/rules/amountDecimals';
import { amountNegative } from '../../src/domain/check/rules/amountNegative';
import { amountText } from '../../src/domain/check/rules/amountText';
import { codeDuplicate } from '../../src/domain/check/rules/codeDuplicate';
import { codeOrder } from '../../src/domain/check/rules/codeOrder';
import { codeParent } from '../../src/domain/check/rules/codeParent';
import { economicVsGeneralPublic } from '../../src/domain/check/rules/economicVsGeneralPublic';
import { expenditureCoversFunds } from '../../src/domain/check/rules/expenditureCoversFunds';
import { fiscalFunds } from '../../src/domain/check/rules/fiscalFunds';
import { formulaTypedOver } from '../../src/domain/check/rules/formulaTypedOver';
import { ALL_RULES } from '../../src/domain/check/rules';
import { incomeVsExpenditure } from '../../src/domain/check/rules/incomeVsExpenditure';
import { rowIdentity } from '../../src/domain/check/rules/rowIdentity';
import { sangongIdentity } from '../../src/domain/check/rules/sangongIdentity';
import { summaryBalance } from '../../src/domain/check/rules/summaryBalance';
import { totalSum } from '../../src/domain/check/rules/totalSum';
import { unitScale } from '../../src/domain/check/rules/unitScale';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { isMessageId } from '../../src/domain/findings/messages';
import { publishedSnapshots } from './support/publishedWorkbook';
import { ruleTester } from './support/ruleTester';
import { ECO, EXP, exp, formulaTable, FS, GP, INC, published, set, SG, SHEET } from './support/ruleFixtures';
import { Cell, snapshot, tableSheet, withCell } from './support/snapshots';

ruleTester(totalSum, {
  valid: [
    { name: 'balanced', sheets: exp() },
    { name: 'published 2024 figures, 合计 rows', sheets: () => publishedSnapshots().then((s) => s.filter((x) => !/^8 /.test(x.name))) },
  ],
  invalid: [
    {
      name: '合计 ≠ Σ 类',
      sheets: exp((_r, t) => (t[2] = 260)),
      findings: [
        {
          sheet: SHEET,
          cell: 'G15',
          column: '项目支出',
          severity: 'error',
          difference: 1000,
          message: /“部门支出预算总表”合计【项目支出】为 260 元，各类之和为 250 元，相差 10 元/,
        },
      ],
    },
    {
      name: 'economic table 合计 in the published budget: 1 元 rounding',
      sheets: () => publishedSnapshots(),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          sheet: '8 基本支出经济分类预算表',
          cell: 'D46',
          difference: -100,
          message: /1,090,008,402 元，各类之和为 1,090,008,403 元，相差 -1 元.*尾差/,
        },
      ],
    },
  ],
});

ruleTester(rowIdentity, {
  valid: [{ name: 'balanced', sheets: exp() }],
  invalid: [
    {
      name: '合计 ≠ 基本支出 + 项目支出',
      sheets: exp((r) => set(r, '2080501', 0, 110)),
      findings: [
        { cell: 'E11', code: '2080501', column: '合计', difference: 1000, message: /【合计】为 110 元，基本支出\+项目支出为 100 元/ },
      ],
    },
    {
      name: 'income table: 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入',
      sheets: [
        tableSheet({
          kind: 'income',
          rows: [
            ['205', '教育支出', 100, 60, 10, 0, 20],
            ['20508', '进修及培训', 100, 60, 10, 0, 30],
            ['2050803', '培训支出', 100, 60, 10, 0, 30],
          ],
        }),
      ],
      findings: [
        {
          cell: 'E6',
          code: '205',
          severity: 'error',
          difference: 1000,
          message: /财政拨款收入\+事业收入\+事业单位经营收入\+其他收入为 90 元/,
        },
      ],
    },
  ],
});

ruleTester(summaryBalance, {
  valid: [{ name: 'published 2024', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '支出总计 changed',
      sheets: published((s) => withCell(s, FS, 'D12', 2535662800)),
      findings: [
        {
          sheet: FS,
          cell: 'B12',
          severity: 'error',
          difference: 5000,
          message: /“1 财务收支预算总表”收入总计 2,535,662,850 元 不等于支出总计 2,535,662,800 元，收支不平，相差 50 元/,
        },
      ],
    },
  ],
});

ruleTester(sangongIdentity, {
  valid: [{ name: 'published 2024 (万元)', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '三公合计 off by 1 万元',
      sheets: published((s) => withCell(s, SG, 'A6', 1157.59)),
      findings: [
        {
          sheet: SG,
          cell: 'A6',
          difference: 10_000 * 100,
          message: /“三公”经费合计为 1,157.59 万元，因公出国\(境\)费\+公务接待费\+公务用车购置及运行费为 1,156.59 万元，相差 1.00 万元/,
        },
      ],
    },
    {
      name: '公务用车 小计 ≠ 购置费 + 运行费, within 0.02 万元 is a 尾差',
      sheets: published((s) => withCell(withCell(s, SG, 'D6', 462.41), SG, 'A6', 1156.6)),
      findings: [
        {
          rule: 'rounding',
          severity: 'info',
          cell: 'D6',
          message: /公务用车购置及运行费为 462.41 万元，购置费\+运行费为 462.40 万元，相差 0.01 万元.*尾差/,
        },
      ],
    },
  ],
});

ruleTester(incomeVsExpenditure, {
  valid: [{ name: 'published 2024', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: 'a 项 changed in 收入预算总表 with its parents (the difference is reported once, at the 项)',
      sheets: published((s) =>
        ['E12', 'E10', 'E9', 'E43'].reduce(
          (acc, c) => withCell(acc, INC, c, (acc.find((x) => x.name === INC)!.values[Number(c.slice(1)) - 1]![4] as number) + 100),
          s,
        ),
      ),
      findings: [
        {
          sheet: EXP,
          cell: 'E12',
          code: '2080102',
          column: '合计',
          difference: -10000,
          message:
            /“3 支出预算总表”2080102 一般行政管理事务【合计】为 116,635,201 元，与“2 收入预算总表”2080102【合计】 116,635,301 元 不一致，相差 -100 元/,
        },
      ],
    },
    {
      name: 'a row missing from 支出预算总表',
      sheets: published((s) => withCell(withCell(withCell(s, EXP, 'A42', null), EXP, 'B42', null), EXP, 'C42', null)),
      findings: [{ sheet: INC, cell: 'E42', code: '2210203', message: /（“3 支出预算总表”没有该科目行）/ }],
    },
  ],
});

ruleTester(fiscalFunds, {
  valid: [{ name: 'published 2024', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '一般公共预算 row differs from 收入预算总表 财政拨款收入',
      sheets: published((s) => withCell(s, GP, 'E13', 177450000)),
      findings: [
        {
          sheet: INC,
          cell: 'F13',
          code: '2080104',
          column: '财政拨款收入',
          difference: 41200,
          message:
            /应等于“5 一般公共预算支出功能分类”2080104【合计】\+“6 政府性基金预算支出功能分类”2080104【合计】\+“7 国有资本经营预算支出功能分类”2080104【合计】之和 177,450,000 元/,
        },
      ],
    },
  ],
});

ruleTester(expenditureCoversFunds, {
  valid: [{ name: 'published 2024 (非财政拨款 其他收入 in 2080104)', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '一般公共预算 项目支出 above 支出预算总表',
      sheets: published((s) => withCell(s, GP, 'G12', 116635300)),
      findings: [
        {
          sheet: EXP,
          cell: 'G12',
          code: '2080102',
          column: '项目支出',
          severity: 'error',
          difference: -9900,
          message: /小于.*之和 116,635,300 元（少 99 元）/,
        },
      ],
    },
  ],
});

ruleTester(economicVsGeneralPublic, {
  valid: [{ name: 'published 2024', sheets: () => publishedSnapshots() }],
  invalid: [
    {
      name: '经济分类 合计 ≠ 一般公共预算 基本支出 合计',
      sheets: published((s) => withCell(s, ECO, 'D46', 1090000000)),
      findings: [
        { sheet: ECO, cell: 'D46', difference: -840200, message: /应等于“5 一般公共预算支出功能分类”合计【基本支出】 1,090,008,402 元/ },
      ],
    },
  ],
});

// code-unknown and code-name: test/catalog/rules/.
ruleTester(codeParent, {
  valid: [{ name: 'every parent listed', sheets: exp() }],
  invalid: [
    {
      name: '款 row missing',
      sheets: exp((r) => r.splice(4, 1)),
      findings: [
        {
          cell: 'A10',
          code: '2080501',
          severity: 'error',
          message: '科目 2080501（行政单位离退休）的上级科目 20805 行政事业单位养老支出 没有列在表中；上级科目应单列一行并等于其下级之和',
        },
      ],
    },
  ],
});

ruleTester(codeDuplicate, {
  valid: [{ name: 'unique codes', sheets: exp() }],
  invalid: [
    {
      name: 'a 项 twice',
      sheets: exp((r) => r.splice(4, 0, ['2080102', '一般行政管理事务', 0, null, null])),
      findings: [{ cell: 'A10', code: '2080102', message: '科目 2080102（一般行政管理事务）重复出现，第 9 行已有该科目' }],
    },
  ],
});

ruleTester(codeOrder, {
  valid: [{ name: 'code order', sheets: exp() }],
  invalid: [
    {
      name: '221 before 208',
      sheets: exp((r) => r.unshift(...r.splice(6, 3))),
      findings: [{ cell: 'A9', code: '208', message: '科目 208（社会保障和就业支出）排在第 8 行的 2210201 之后，未按科目编码顺序排列' }],
    },
  ],
});

ruleTester(amountNegative, {
  valid: [{ name: 'no negative figures', sheets: exp() }],
  invalid: [
    {
      name: 'a negative 项 (also as "(100)" text)',
      sheets: exp((r) => {
        set(r, '2080501', 1, -50);
        set(r, '2080101', 1, '(300)');
      }),
      findings: [
        { cell: 'F8', message: '2080101 行政运行【基本支出】为负数 -300 元，预算数不应为负' },
        { cell: 'F11', code: '2080501', column: '基本支出', message: /为负数 -50 元/ },
      ],
    },
  ],
});

ruleTester(amountDecimals, {
  valid: [
    { name: 'whole 元 and 分', sheets: exp((r) => set(r, '2080101', 1, 300.25)) },
    { name: '万元 to 6 decimals', sheets: () => publishedSnapshots() },
  ],
  invalid: [
    {
      name: 'fractions of a 分 in an 元 table',
      sheets: exp((r) => set(r, '2080101', 1, 300.125)),
      findings: [{ cell: 'F8', message: /300.125元 超过 2 位小数/ }],
    },
    {
      name: 'fractions of a 分 in the 三公 table (万元)',
      sheets: published((s) => withCell(s, SG, 'C6', 159.8900001)),
      findings: [{ sheet: SG, cell: 'C6', message: /159.8900001万元 超过 6 位小数/ }],
    },
  ],
});

ruleTester(amountText, {
  valid: [{ name: 'text amounts in a table of typed numbers are read as numbers', sheets: exp((r) => set(r, '2080101', 0, '300')) }],
  invalid: [
    {
      name: 'a text amount in a formula table',
      sheets: formulaTable({ textAmount: true }),
      findings: [{ cell: 'G11', code: '2080501', message: /以文本形式存放，本表的求和公式会忽略它/ }],
    },
  ],
});

ruleTester(unitScale, {
  valid: [
    { name: 'published 2024', sheets: () => publishedSnapshots() },
    { name: 'small table', sheets: exp() },
  ],
  invalid: [
    {
      name: 'a 项 typed in 万元 into an 元 table (a 提示: small items can be genuine)',
      sheets: [
        tableSheet({
          kind: 'expenditure',
          rows: [
            ['208', '社会保障和就业支出', 6000100, 6000100, null],
            ['20801', '人力资源和社会保障管理事务', 6000100, 6000100, null],
            ['2080101', '行政运行', 3000000, 3000000, null],
            ['2080102', '一般行政管理事务', 2000000, 2000000, null],
            ['2080104', '综合业务管理', 1000000, 1000000, null],
            ['2080105', '劳动保障监察', 100, 100, null],
          ],
        }),
      ],
      findings: [
        {
          cell: 'E11',
          code: '2080105',
          severity: 'info',
          message: /2080105 劳动保障监察【合计】为 100 元，仅为同级其他科目（1,000,000 元 至 3,000,000 元）的约万分之一，疑似元与万元混用/,
        },
        { cell: 'F11', code: '2080105', severity: 'info' },
      ],
    },
    {
      name: 'a parent 10,000× the sum of its children',
      sheets: exp((r) => set(r, '22102', 1, 800000)),
      findings: [
        {
          cell: 'F12',
          code: '221',
          message: /221 住房保障支出【基本支出】为 80 元，约为下级科目之和 800,000 元 的万分之一，疑似元与万元混用/,
        },
        { cell: 'F13', code: '22102', message: /约为下级科目之和 80 元 的 1 万倍/ },
      ],
    },
    {
      name: 'the 三公 table (万元) holding 元 figures',
      sheets: published((s) =>
        ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6'].reduce(
          (acc, c) => withCell(acc, SG, c, (acc.find((x) => x.name === SG)!.values[5]![c.charCodeAt(0) - 65] as number) * 10000),
          s,
        ),
      ),
      findings: [
        {
          sheet: SG,
          cell: 'A6',
          severity: 'error',
          message: /“三公”经费合计为 11,565,900.00 万元，超过了部门支出总计 2,535,662,850 元，该表应以万元为单位，疑似元与万元混用/,
        },
      ],
    },
  ],
});

ruleTester(formulaTypedOver, {
  valid: [
    { name: 'all totals are formulas', sheets: formulaTable() },
    { name: 'a table of typed numbers (export, published figures) is not flagged', sheets: exp() },
  ],
  invalid: [
    {
      name: 'one parent typed over',
      sheets: formulaTable({ typedOver: { cell: 'F7', value: 300 } }),
      findings: [
        {
          cell: 'F7',
          code: '20801',
          column: '基本支出',
          severity: 'warning',
          message:
            '“部门支出预算总表”20801 人力资源和社会保障管理事务【基本支出】是手工填入的数值 300 元，不是公式；同表其他上级科目和合计都是公式，手工数不会随明细变化，建议恢复公式 =SUM(F8:F9)',
        },
      ],
    },
  ],
});

test('every rule has a file, a zh description, and catalog wording', () => {
  const ids = ALL_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  // 24 + the four province-edition rules (form-identity, outline-sum, table-tie, table-bound) + summary-breakdown-blank, empty-table-note
  expect(ids).toHaveLength(30);
  expect([...ids, 'rounding'].filter((id) => !isMessageId(id))).toEqual([]);
});

test('snapshot helper sanity: a one-row sheet', () => {
  expect(snapshot('x', [[1, { f: '=A1' }]]).formulas[0]).toEqual([null, '=A1']);
});

test("a workbook's own 科目表 sheet (an imported official catalog) is what codes are checked against", () => {
  const sheets = exp((r) => ((r[3] as unknown as Cell[])[0] = '2080198'));
  const unknown = (s: ReturnType<typeof exp>) =>
    checkSnapshots(s)
      .findings.filter((f) => f.rule === 'code-unknown')
      .map((f) => f.code);
  expect(unknown(sheets)).toEqual(['2080198']);
  const catalogSheet = snapshot('科目表', [
    ['2024年政府收支分类科目（导入）'],
    ['分类', '科目编码', '科目名称'],
    ['支出功能分类', '2080198', '一般行政管理事务'],
  ]);
  expect(unknown([...sheets, catalogSheet])).toEqual([]);
});
