import { MESSAGES_ZH, MessageId, MessageParams, renderMessage } from '../../src/domain/findings/messages';
import { plainFinding } from '../../src/domain/check/plainFinding';
import { narrativeFinding } from '../../src/domain/narrative/narrativeFinding';
import { projectFinding } from '../../src/domain/projects/projectFinding';
import { unitFinding } from '../../src/domain/consolidate/unitFinding';

// Every message id with a complete set of parameters. The table's type makes it exhaustive: a new
// message without a sample, or a sample missing a parameter, does not compile.

const FIGURES = {
  subject: '“3 支出预算总表”208 社会保障和就业支出【合计】',
  rightLabel: '下级各款之和',
  actual: '1,200 元',
  expected: '1,000 元',
  difference: '200 元',
} as const;
const BOUND = { ...FIGURES, absDifference: '200 元' } as const;

const SAMPLES: { readonly [K in MessageId]: MessageParams<K> } = {
  'build/unknown-code': { code: '〈code〉', edition: 2024, kind: '〈kind〉', name: '〈name〉' },
  'build/duplicate-code': { table: '〈table〉', code: '〈code〉' },
  'build/parent-with-amount': { table: '〈table〉', code: '〈code〉' },
  'build/unknown-column': { table: '〈table〉', code: '〈code〉', column: '〈column〉' },
  'read/bad-amount': { sheet: '〈sheet〉', cell: '〈cell〉', value: '〈value〉' },
  'read/formula-error': { sheet: '〈sheet〉', cell: '〈cell〉', value: '〈value〉' },
  'read/bad-code': { sheet: '〈sheet〉', cell: '〈cell〉', value: '〈value〉' },
  'read/row-without-code': { sheet: '〈sheet〉', cell: '〈cell〉' },
  'read/no-header': { sheet: '〈sheet〉', cell: '〈cell〉', title: '〈title〉' },
  'read/hidden-sheet': { sheet: '〈sheet〉', state: '〈state〉', title: '〈title〉' },
  'read/duplicate-table': { sheet: '〈sheet〉', cell: '〈cell〉', title: '〈title〉' },
  'compare/table-missing': { title: '〈title〉', sheet: '〈sheet〉' },
  'compare/table-added': { title: '〈title〉', sheet: '〈sheet〉' },
  'compare/column-missing': { sheet: '〈sheet〉', column: '〈column〉' },
  'compare/column-added': { sheet: '〈sheet〉', column: '〈column〉' },
  'compare/changed': { item: '〈item〉', column: '〈column〉', before: '〈before〉', after: '〈after〉', difference: '〈difference〉' },
  'compare/formula-to-value': { item: '〈item〉', column: '〈column〉', formula: '〈formula〉', before: '〈before〉', after: '〈after〉' },
  'compare/value-to-formula': { item: '〈item〉', column: '〈column〉', before: '〈before〉', formula: '〈formula〉', after: '〈after〉' },
  'compare/added': { item: '〈item〉', after: '〈after〉' },
  'compare/removed': { item: '〈item〉', cell: '〈cell〉', before: '〈before〉' },
  'compare/renamed': { code: '〈code〉', before: '〈before〉', after: '〈after〉' },
  'compare/table-summary': { sheet: '〈sheet〉', count: 3, totals: '〈totals〉' },
  'rollover/no-tables': {},
  'rollover/no-year': {},
  'rollover/target-not-later': { target: 2025, source: 2024 },
  'rollover/no-department': {},
  'rollover/moved': {
    from: '〈from〉',
    fromName: '〈fromName〉',
    to: '〈to〉',
    toName: '〈toName〉',
    fromEdition: 2023,
    toEdition: 2024,
    tables: '〈tables〉',
  },
  'rollover/merged': {
    from: '〈from〉',
    fromName: '〈fromName〉',
    to: '〈to〉',
    toName: '〈toName〉',
    fromEdition: 2023,
    toEdition: 2024,
    tables: '〈tables〉',
  },
  'rollover/renamed': { from: '〈from〉', fromName: '〈fromName〉', toEdition: 2024, toName: '〈toName〉', tables: '〈tables〉' },
  'rollover/unmapped': { basis: '〈basis〉', from: '〈from〉', fromName: '〈fromName〉', toEdition: 2024, tables: '〈tables〉' },
  'rollover/table-dropped': { toEdition: 2024, table: '〈table〉', count: 3 },
  'rollover/extra-sheet-reference': { sheet: '〈sheet〉', count: 3, cell: '〈cell〉', formula: '〈formula〉' },
  'rollover/stale-sheet': { sheet: '〈sheet〉', source: 2024, target: 2025 },
  'rollover/replaced-sheet': { sheet: '〈sheet〉', what: '〈what〉', action: '〈action〉' },
  'consolidate/unit-finding': { file: '〈file〉', detail: '〈detail〉' },
  'consolidate/unreadable-file': { file: '〈file〉', reason: '〈reason〉' },
  'consolidate/no-tables': { file: '〈file〉' },
  'consolidate/leaf-total-mismatch': {
    file: '〈file〉',
    sheet: '〈sheet〉',
    cell: '〈cell〉',
    code: '〈code〉',
    total: '〈total〉',
    parts: '〈parts〉',
  },
  'consolidate/duplicate-code': { file: '〈file〉', table: '〈table〉', row: 12, code: '〈code〉' },
  'consolidate/sangong-vehicle-unsplit': { file: '〈file〉', sheet: '〈sheet〉', cell: '〈cell〉', wan: 12.5 },
  'consolidate/no-units': { count: 3 },
  'consolidate/year-unknown': { file: '〈file〉', expected: 2025 },
  'consolidate/year-mismatch': { file: '〈file〉', year: 2025, expected: 2025 },
  'consolidate/edition-mismatch': { file: '〈file〉', edition: 2024, year: 2025, expected: 2025 },
  'consolidate/table-missing': { file: '〈file〉', table: '〈table〉' },
  'consolidate/department-missing': { count: 3, name: '〈name〉' },
  'consolidate/duplicate-unit': { file: '〈file〉', other: '〈other〉' },
  'consolidate/name-conflict': { table: '〈table〉', code: '〈code〉', names: '〈names〉', used: '〈used〉' },
  'consolidate/level-conflict': { file: '〈file〉', sheet: '〈sheet〉', code: '〈code〉', yuan: '〈yuan〉' },
  'consolidate/table-not-in-edition': { file: '〈file〉', sheet: '〈sheet〉', edition: 2024, code: '〈code〉', yuan: '〈yuan〉' },
  'projects/build-budget-mismatch': {
    project: '〈project〉',
    sum: '〈sum〉',
    unit: '〈unit〉',
    budget: '〈budget〉',
    difference: '〈difference〉',
  },
  'projects/sub-items-sum': {
    project: '〈project〉',
    budget: '〈budget〉',
    unit: '〈unit〉',
    sum: '〈sum〉',
    difference: '〈difference〉',
    hint: '〈hint〉',
  },
  'projects/sub-item-amount-missing': { project: '〈project〉', item: '〈item〉' },
  'projects/budget-missing': { project: '〈project〉' },
  'projects/current-exceeds-total': { project: '〈project〉', budget: '〈budget〉', unit: '〈unit〉', total: '〈total〉' },
  'projects/cross-sheet-budget': {
    project: '〈project〉',
    performanceBudget: '〈performanceBudget〉',
    explanationAt: '〈explanationAt〉',
    explanationBudget: '〈explanationBudget〉',
    difference: '〈difference〉',
  },
  'projects/total-vs-expenditure': {
    count: 3,
    scope: '〈scope〉',
    sum: '〈sum〉',
    total: '〈total〉',
    difference: '〈difference〉',
    explanation: '〈explanation〉',
  },
  'projects/indicator-level1': { project: '〈project〉', value: '〈value〉', allowed: '〈allowed〉' },
  'projects/output-level2': { project: '〈project〉', value: '〈value〉' },
  'projects/target-missing': { project: '〈project〉', indicator: '〈indicator〉' },
  'projects/target-comparator': { project: '〈project〉', indicator: '〈indicator〉', value: '〈value〉' },
  'projects/target-unit': { project: '〈project〉', indicator: '〈indicator〉', value: '〈value〉' },
  'projects/no-indicators': { project: '〈project〉' },
  'projects/date-outside-year': { project: '〈project〉', field: '〈field〉', value: '〈value〉', year: 2025 },
  'projects/date-order': { project: '〈project〉', start: '〈start〉', end: '〈end〉' },
  'projects/previous-overrun': {
    project: '〈project〉',
    executed: '〈executed〉',
    unit: '〈unit〉',
    previous: '〈previous〉',
    difference: '〈difference〉',
  },
  'projects/read-missing-name': { sheet: '〈sheet〉', cell: '〈cell〉' },
  'projects/read-bad-date': { sheet: '〈sheet〉', cell: '〈cell〉', project: '〈project〉', value: '〈value〉' },
  'projects/read-bad-flag': { sheet: '〈sheet〉', cell: '〈cell〉', project: '〈project〉', value: '〈value〉' },
  'projects/read-sub-item-without-name': { sheet: '〈sheet〉', cell: '〈cell〉', project: '〈project〉' },
  'projects/read-invalid': { sheet: '〈sheet〉', cell: '〈cell〉', project: '〈project〉', detail: '〈detail〉' },
  'projects/import-invalid': { index: 2, project: '〈project〉', path: '〈path〉', detail: '〈detail〉' },
  'projects/import-bad-amount': { project: '〈project〉', field: '〈field〉', value: '〈value〉' },
  'projects/import-bad-date': { project: '〈project〉', field: '〈field〉', value: '〈value〉' },
  'projects/csv-bad-row': { line: 7, detail: '〈detail〉' },
  'projects/text-row-repaired': { line: 7, reading: '〈reading〉' },
  'projects/text-unrecognized': { line: 7, value: '〈value〉' },
  'projects/text-bad-amount': { line: 7, project: '〈project〉', field: '〈field〉', value: '〈value〉' },
  'projects/text-bad-date': { line: 7, project: '〈project〉', field: '〈field〉', value: '〈value〉' },
  'read/no-tables': { sheets: 4, names: '〈names〉' },
  'read/uncalculated': { sheet: '〈sheet〉', cell: '〈cell〉', formula: '〈formula〉' },
  'read/catalog-row': { problem: '〈problem〉' },
  'read/edition': { edition: '〈edition〉', count: 3, of: 9 },
  'read/edition-tables-missing': { edition: '〈edition〉', tables: '〈tables〉' },
  'read/mixed-editions': { mine: '〈mine〉', edition: '〈edition〉', sheets: '〈sheets〉' },
  rounding: { ...FIGURES, children: 5, tolerance: '0.05 元' },
  'tree-sum': FIGURES,
  'total-sum': FIGURES,
  'row-identity': FIGURES,
  'summary-identity': FIGURES,
  'sangong-identity': FIGURES,
  'summary-balance': FIGURES,
  'income-vs-expenditure': { ...FIGURES, missing: '（“3 支出预算总表”没有该科目行）' },
  'fiscal-funds': { ...FIGURES, missing: '' },
  'expenditure-vs-funds': { ...BOUND, missing: '' },
  'finance-summary-vs-tables': FIGURES,
  'fiscal-summary-vs-tables': FIGURES,
  'economic-vs-general-public': FIGURES,
  'sangong-vs-economic': BOUND,
  'office-operation': BOUND,
  'code-unknown': { partial: 0, code: '2019999', name: '其他支出', source: '内置', edition: 2024, kind: '功能分类' },
  'code-name': { name: '〈name〉', code: '〈code〉', official: '〈official〉', lastEdition: 3, edition: 2024 },
  'code-parent': { code: '〈code〉', name: '〈name〉', parent: '〈parent〉', parentName: '〈parentName〉' },
  'code-duplicate': { code: '〈code〉', name: '〈name〉', firstRow: 8 },
  'code-order': { code: '〈code〉', name: '〈name〉', previousRow: 9, previous: '〈previous〉' },
  'amount-negative': { what: '〈what〉', amount: '〈amount〉' },
  'amount-decimals': { what: '〈what〉', value: '〈value〉', unit: '〈unit〉', decimals: 2 },
  'amount-text': { what: '〈what〉', amount: '〈amount〉' },
  'unit-scale': { what: '〈what〉', amount: '〈amount〉', detail: '〈detail〉' },
  'formula-typed-over': { what: '〈what〉', amount: '〈amount〉', others: '〈others〉', formula: '〈formula〉' },
  'fix/restore-formula': { sheet: '〈sheet〉', cell: '〈cell〉', formula: '〈formula〉', old: '〈old〉' },
  'fix/insert-parent': { sheet: '〈sheet〉', row: 12, code: '〈code〉', name: '〈name〉' },
  'summary-breakdown-blank': { sheet: '〈sheet〉', parent: '〈parent〉', amount: '〈amount〉', subs: '〈subs〉' },
  'empty-table-note': { sheet: '〈sheet〉', note: '〈note〉', figures: '〈figures〉' },
  'form-identity': FIGURES,
  'table-tie': { ...FIGURES, why: '两表同为一般公共预算财政拨款' },
  'table-bound': { ...BOUND, relation: 'ge', why: '支出总表包含全部资金来源' },
  'outline-sum': FIGURES,
  'catalog/edition-before-first': { year: 2025, edition: 2024 },
  'root-cause': {
    kind: 'missing-row',
    sheet: '3 支出预算总表',
    row: 12,
    code: '2080505',
    name: '机关事业单位基本养老保险缴费支出',
    sources: '“4 财政拨款收支总表”',
    values: '合计应为 1,000 元',
    count: 3,
  },
  'narrative/no-year': {},
  'narrative/no-department': {},
  'narrative/missing-figure': { section: '〈section〉', figures: '〈figures〉' },
  'narrative/missing-material': { inputs: '〈inputs〉', cells: '〈cells〉', section: '〈section〉', effect: '〈effect〉' },
  'narrative/missing-reason': {
    item: '〈item〉',
    prevYear: 2024,
    direction: '〈direction〉',
    diff: '〈diff〉',
    cell: '〈cell〉',
    sheet: '〈sheet〉',
  },
  'narrative/rounding': {
    total: '〈total〉',
    totalShown: '〈totalShown〉',
    parts: '〈parts〉',
    partsShown: '〈partsShown〉',
    diffShown: '〈diffShown〉',
  },
  'narrative/parts-mismatch': { total: '〈total〉', totalExact: '〈totalExact〉', parts: '〈parts〉', partsExact: '〈partsExact〉' },
  'narrative/purpose-from-name': { name: '〈name〉', code: '〈code〉', text: '〈text〉' },
  'narrative/unused-purpose': { code: '〈code〉' },
  'narrative/bad-material': { sheet: '〈sheet〉', cell: '〈cell〉', label: '〈label〉', value: '〈value〉', expected: '〈expected〉' },
  'narrative/bad-previous': { sheet: '〈sheet〉', cell: '〈cell〉', label: '〈label〉', value: '〈value〉' },
  'narrative/previous-year': { previousYear: 2024, year: 2025 },
  'narrative/previous-inconsistent': {
    total: '〈total〉',
    totalShown: '〈totalShown〉',
    parts: '〈parts〉',
    partsShown: '〈partsShown〉',
    sheet: '〈sheet〉',
    cell: '〈cell〉',
  },
  'narrative/no-previous': {},
  'narrative/no-materials': { sheet: '〈sheet〉' },
  'narrative/procurement-exceeds': {
    part: '〈part〉',
    partShown: '〈partShown〉',
    whole: '〈whole〉',
    wholeShown: '〈wholeShown〉',
    sheet: '〈sheet〉',
    cell: '〈cell〉',
  },
  'narrative/performance-exceeds-project': { funds: '〈funds〉', project: '〈project〉', projectSource: '〈projectSource〉' },
  'narrative/vehicles-without-purchase': { vehicles: 2 },
  'narrative/purchase-without-vehicles': { purchase: '〈purchase〉' },
  'narrative-check/figure-mismatch': {
    where: '〈where〉',
    claim: '〈claim〉',
    stated: '〈stated〉',
    expected: '〈expected〉',
    source: '〈source〉',
  },
  'narrative-check/comparison-mismatch': { where: '〈where〉', item: '〈item〉', stated: '〈stated〉', expected: '〈expected〉' },
  'narrative-check/no-previous': { where: '〈where〉', items: '〈items〉', count: 3 },
  'narrative-check/missing-reason': { where: '〈where〉', item: '〈item〉', stated: '〈stated〉' },
  'narrative-check/unrecognised': { where: '〈where〉', context: '〈context〉', stated: '〈stated〉' },
  'narrative-check/count-mismatch': {
    where: '〈where〉',
    claim: '〈claim〉',
    stated: '〈stated〉',
    expected: '〈expected〉',
    source: '〈source〉',
  },
  'narrative-check/project-items': { where: '〈where〉', total: '〈total〉', items: '〈items〉' },
  'narrative/purpose-default': { name: '〈name〉', code: '〈code〉', text: '〈text〉' },
  'narrative/bad-list-choice': { label: '〈label〉', value: '〈value〉', choices: '〈choices〉', cell: '〈cell〉', sheet: '〈sheet〉' },
  'narrative-check/figure-truncated': {
    where: '〈where〉',
    claim: '〈claim〉',
    stated: '〈stated〉',
    exact: '〈exact〉',
    source: '〈source〉',
    expected: '〈expected〉',
  },
  'narrative-check/figure-more-decimals': {
    where: '〈where〉',
    claim: '〈claim〉',
    stated: '〈stated〉',
    expected: '〈expected〉',
    source: '〈source〉',
  },
  'narrative-check/figure-fewer-decimals': {
    where: '〈where〉',
    claim: '〈claim〉',
    stated: '〈stated〉',
    expected: '〈expected〉',
    source: '〈source〉',
    exact: '〈exact〉',
  },
  'narrative-check/unknown-line': { where: '〈where〉', name: '〈name〉' },
  'narrative-check/ambiguous-line': { where: '〈where〉', name: '〈name〉', candidates: '〈candidates〉' },
  'narrative-check/line-path': { where: '〈where〉', written: '〈written〉', table: '〈table〉' },
  'narrative-check/list-incomplete': { where: '〈where〉', lines: '〈lines〉' },
  'narrative-check/no-previous-text': { count: 3 },
  'narrative-check/rate-from-zero': { where: '〈where〉', item: '〈item〉', stated: '〈stated〉' },
  'narrative-check/rate-arithmetic': { where: '〈where〉', item: '〈item〉', stated: '〈stated〉', expected: '〈expected〉' },
  'narrative-check/text-sum': { where: '〈where〉', total: '〈total〉', stated: '〈stated〉', parts: '〈parts〉', sum: '〈sum〉' },
  'narrative-check/text-exceeds': {
    where: '〈where〉',
    part: '〈part〉',
    partShown: '〈partShown〉',
    whole: '〈whole〉',
    wholeShown: '〈wholeShown〉',
  },
  'narrative-check/performance-exceeds-project': { where: '〈where〉', stated: '〈stated〉', project: '〈project〉', source: '〈source〉' },
  'narrative-check/vehicle-sum': { where: '〈where〉', stated: '〈stated〉', sum: 6 },
};

/** The other shapes of the messages that read a parameter only in one of their wordings. */
const VARIANTS: ReadonlyArray<{ [K in MessageId]: readonly [K, MessageParams<K>] }[MessageId]> = [
  ['code-unknown', { partial: 1, code: '2019999', name: '其他支出' }],
  ['code-name', { name: '', code: '2010101', official: '行政运行', edition: 2024 }],
  ['code-name', { name: '一般行政管理事务', code: '2010101', official: '行政运行', edition: 2024 }],
  ['rollover/unmapped', { basis: '', from: '2089901', fromName: '其他支出', toEdition: 2024, tables: '3 支出预算总表' }],
  ['table-bound', { ...BOUND, relation: 'le', why: '机关运行经费是公用经费的一部分' }],
  [
    'root-cause',
    {
      kind: 'formula',
      subject: '“3 支出预算总表”合计',
      cell: 'C8',
      expected: '1,000 元',
      actual: '1,200 元',
      difference: '200 元',
      formula: '=SUM(C9:C20)',
      scale: '的 1 万倍',
      count: 2,
      alternatives: '',
    },
  ],
  [
    'root-cause',
    {
      kind: 'unit',
      subject: 'x',
      cell: 'C8',
      expected: '1 元',
      actual: '10,000 元',
      difference: '9,999 元',
      formula: '',
      scale: '的 1 万倍',
      count: 1,
      alternatives: 'y（C9，应为 1 元）',
    },
  ],
  [
    'root-cause',
    {
      kind: 'value',
      subject: 'x',
      cell: 'C8',
      expected: '1 元',
      actual: '2 元',
      difference: '1 元',
      formula: '',
      scale: '',
      count: 1,
      alternatives: '',
    },
  ],
  ['projects/import-invalid', { index: 0, project: '（清单）', path: '', detail: '缺少项目名称' }],
  ['read/mixed-editions', { mine: '', edition: '江苏省 2019 年版', sheets: '“部门收入预算总表”' }],
];

/** Renders a sample whose id is only known at run time (the typed part is the tables above). */
function render(id: MessageId, params: object): string {
  return (renderMessage as (id: MessageId, params: object) => string)(id, params);
}

const rendered = [
  ...(Object.keys(SAMPLES) as MessageId[]).map((id) => [id, render(id, SAMPLES[id])] as const),
  ...VARIANTS.map(([id, p]) => [id, render(id, p)] as const),
];

describe('message catalog', () => {
  test('the samples cover every id of the catalog', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(MESSAGES_ZH).sort());
  });

  test.each(rendered)('%s renders every parameter it reads', (_id, text) => {
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    expect(text.length).toBeGreaterThan(5);
  });

  test('every sample parameter appears in the wording that reads it', () => {
    // A placeholder "〈name〉" left out of the text means the entry declares a parameter it does not read.
    const unread = (Object.keys(SAMPLES) as MessageId[]).flatMap((id) =>
      Object.entries(SAMPLES[id])
        .filter(([, v]) => typeof v === 'string' && /^〈\w+〉$/.test(v) && !render(id, SAMPLES[id]).includes(v))
        .map(([k]) => `${id}.${k}`),
    );
    expect(unread).toEqual([]);
  });

  test('an unknown id is API misuse and names the id', () => {
    expect(() => renderMessage('no/such-id' as MessageId, {} as never)).toThrow('未登记的消息编号: no/such-id');
  });

  test('the wording is unchanged', () => {
    expect(renderMessage('build/unknown-code', { code: '2010199', edition: 2024, kind: '功能分类', name: '其他一般公共服务' })).toBe(
      '科目编码 2010199 不在 2024 年版功能分类科目表中，已按原名称“其他一般公共服务”列示',
    );
    expect(renderMessage('tree-sum', FIGURES)).toBe(
      '“3 支出预算总表”208 社会保障和就业支出【合计】为 1,200 元，下级各款之和为 1,000 元，相差 200 元',
    );
    expect(
      renderMessage('code-name', { name: '一般行政管理事务', code: '2010101', official: '行政运行', lastEdition: 2023, edition: 2024 }),
    ).toBe('科目 2010101 的名称“一般行政管理事务”是 2023 年及以前的科目名称，2024 年科目表名称为“行政运行”');
    expect(renderMessage('rollover/no-year')).toBe('无法从表头标题识别预算年度，请指定上年年度或目标年度');
    expect(
      renderMessage('rollover/unmapped', { basis: '', from: '2089901', fromName: '其他支出', toEdition: 2024, tables: '3 支出预算总表' }),
    ).toBe('2089901 其他支出 不在 2024 年版科目表中，也没有已知的科目调整关系，已原样保留，请人工核对（涉及：3 支出预算总表）');
    expect(renderMessage('read/row-without-code', { sheet: '收入总表', cell: 'D17' })).toBe(
      '工作表“收入总表”第 17 行有金额但没有科目编码，未纳入校验',
    );
    expect(renderMessage('root-cause', SAMPLES['root-cause'])).toBe(
      '请在“3 支出预算总表”第 12 行补列科目 2080505 机关事业单位基本养老保险缴费支出（“4 财政拨款收支总表”中有该科目）：合计应为 1,000 元；改正后，下列 3 项问题随之消除',
    );
    expect(renderMessage('narrative-check/vehicle-sum', { where: '第 3 段：', stated: '共有车辆5辆', sum: 4 })).toBe(
      '第 3 段：“共有车辆5辆”与所列各类车辆之和 4 辆不符',
    );
  });
});

describe('finding helpers fill in the place and keep the parameters as data', () => {
  test('plainFinding: sheet and cell come from the place', () => {
    const f = plainFinding(
      'amount-negative',
      'error',
      { sheet: '收入总表', cell: 'C9', code: '2010101' },
      { what: '“收入总表”C9', amount: '-5 元' },
    );
    expect(f).toEqual({
      rule: 'amount-negative',
      severity: 'error',
      sheet: '收入总表',
      cell: 'C9',
      code: '2010101',
      params: { sheet: '收入总表', cell: 'C9', what: '“收入总表”C9', amount: '-5 元' },
      message: '“收入总表”C9为负数 -5 元，预算数不应为负',
    });
  });

  test('projectFinding keeps only the caller’s parameters; narrativeFinding and unitFinding keep the place too', () => {
    expect(projectFinding('projects/read-missing-name', 'error', { sheet: '项目', cell: 'A5' }, {}).message).toBe(
      '工作表“项目”A5 处的项目没有填写项目名称，该项目未读取',
    );
    expect(projectFinding('projects/budget-missing', 'warning', {}, { project: '信息化运维' }).params).toEqual({ project: '信息化运维' });
    const n = narrativeFinding('narrative/bad-previous', 'warning', { label: '收入合计', value: 'abc' }, { sheet: '上年数', cell: 'B3' });
    expect(n.message).toBe('工作表“上年数”B3（收入合计）的上年数“abc”无法识别，未采用');
    const u = unitFinding('consolidate/no-tables', 'error', '单位1.xlsx', {});
    expect(u.params).toEqual({ file: '单位1.xlsx', sheet: '', cell: '' });
  });
});

// Compile-time checks (tsc -p tsconfig.json and ts-jest type-check this file): a parameter left
// out, misspelled or of the wrong type, and an id not in the catalog, do not compile.
export function compileChecks(): string[] {
  return [
    // @ts-expect-error `name` is missing
    renderMessage('build/unknown-code', { code: '2010199', edition: 2024, kind: '功能分类' }),
    // @ts-expect-error `edtion` is misspelled
    renderMessage('build/unknown-code', { code: '2010199', edtion: 2024, kind: '功能分类', name: 'x' }),
    // @ts-expect-error `edition` is a number
    renderMessage('build/unknown-code', { code: '2010199', edition: '2024', kind: '功能分类', name: 'x' }),
    // @ts-expect-error not a message id
    renderMessage('build/unknown-cod', {}),
    // @ts-expect-error a message that reads parameters needs them
    renderMessage('tree-sum'),
    // @ts-expect-error the helper fills in sheet and cell; `amount` is still the caller's to give
    plainFinding('amount-negative', 'error', { sheet: 's' }, { what: 'x' }).message,
    // @ts-expect-error `project` is missing
    projectFinding('projects/budget-missing', 'warning', {}, {}).message,
    // @ts-expect-error `funds` is misspelled
    narrativeFinding('narrative/performance-exceeds-project', 'warning', { fund: '1', project: '2', projectSource: '表' }).message,
  ];
}
