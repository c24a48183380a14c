import { wanToFen } from '../../src/domain/money';
import { buildNarrative } from '../../src/domain/narrative/buildNarrative';
import type { FactValue, NarrativeFacts } from '../../src/domain/narrative/facts';
import type { SectionId } from '../../src/domain/narrative/wording';
import { wordingEdition, wordingForYear } from '../../src/domain/narrative/wordingEditions';

// Golden sentences from small hand-made facts: [facts, expected sentence].

const w = (wan: string, previous?: string): FactValue => ({
  fen: wanToFen(wan),
  ...(previous !== undefined ? { previous: wanToFen(previous) } : {}),
});

function facts(over: Partial<NarrativeFacts> = {}): NarrativeFacts {
  return {
    year: 2024,
    previousYear: 2023,
    department: '某某局',
    amounts: {},
    classes: [],
    counts: {},
    texts: {},
    purposes: {},
    lineReasons: {},
    inputCells: {},
    ...over,
    lines: over.lines ?? over.classes ?? [],
  };
}

function sectionText(f: NarrativeFacts, id: SectionId): string[] {
  return buildNarrative(f)
    .paragraphs.filter((p) => p.section === id && p.kind !== 'heading')
    .map((p) => p.text);
}

const SANGONG_2024 = {
  'sangong.total': w('1156.59', '998.09'),
  'sangong.abroad': w('534.30', '534.30'),
  'sangong.vehicle': w('462.40', '303.90'),
  'sangong.vehiclePurchase': w('162.00', '0'),
  'sangong.vehicleOperation': w('300.40', '303.90'),
  'sangong.reception': w('159.89'),
};

describe('三公 sentences', () => {
  test.each<[string, NarrativeFacts, string]>([
    ['持平 (2024 wording: 与…持平)', facts({ amounts: { ...SANGONG_2024 } }), '（一）因公出国（境）费534.30万元，与2023年预算持平。'],
    [
      '持平 (2020 wording: 比…持平)',
      facts({ year: 2020, previousYear: 2019, amounts: { ...SANGONG_2024 } }),
      '（一）因公出国（境）费534.30万元，比2019年预算持平。',
    ],
    ['no previous figure: no comparison', facts({ amounts: { ...SANGONG_2024 } }), '（三）公务接待费159.89万元。'],
    [
      'decrease with reason, 2020 change printed without trailing zeros',
      facts({
        year: 2020,
        previousYear: 2019,
        amounts: { ...SANGONG_2024, 'sangong.reception': w('173.90', '176.90') },
        texts: { 'reason.sangong.reception': '主要原因是厉行节约。' },
      }),
      '（三）公务接待费173.90万元，比2019年预算减少3万元，主要原因是厉行节约。',
    ],
    [
      'decrease with reason, 2024 change printed to the 分',
      facts({
        amounts: { ...SANGONG_2024, 'sangong.reception': w('173.90', '176.90') },
        texts: { 'reason.sangong.reception': '厉行节约' },
      }),
      '（三）公务接待费173.90万元，比2023年预算减少3.00万元，主要原因是厉行节约。',
    ],
    [
      'total: increase, reason left to the items',
      facts({ amounts: { ...SANGONG_2024 } }),
      '2024年“三公”经费预算数为1,156.59万元，比2023年预算增加158.50万元。其中：',
    ],
  ])('%s', (_what, f, expected) => {
    expect(sectionText(f, 'sangong')).toContain(expected);
  });

  test('a change without a reason is written without one and reported at the 说明素材 cell', () => {
    const f = facts({
      amounts: { ...SANGONG_2024, 'sangong.reception': w('159.89', '170.00') },
      inputCells: { 'reason.sangong.reception': { sheet: '说明素材', cell: 'B15' } },
    });
    const r = buildNarrative(f);
    expect(r.paragraphs.map((p) => p.text)).toContain('（三）公务接待费159.89万元，比2023年预算减少10.11万元。');
    const missing = r.findings.filter((x) => x.rule === 'narrative/missing-reason');
    // 公务用车 (+158.50), 购置费 (+162.00), 运行费 (−3.50) and 接待费 have no reasons here; the total never needs one.
    expect(missing.map((x) => x.params?.item)).toEqual(['公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费']);
    const reception = missing.find((x) => x.params?.item === '公务接待费')!;
    expect(reception).toMatchObject({ severity: 'warning', sheet: '说明素材', cell: 'B15' });
    expect(reception.message).toBe(
      '公务接待费比2023年预算减少10.11万元，说明素材未填写原因（工作表“说明素材”B15），编制说明中未写“主要原因是……”',
    );
  });

  test('2024 splits 公务用车 into 购置费 and 运行费; 2020 does not', () => {
    const f = facts({
      amounts: { ...SANGONG_2024 },
      texts: {
        'reason.sangong.vehicle': '车辆更新',
        'reason.sangong.vehiclePurchase': '车辆更新',
        'reason.sangong.vehicleOperation': '压减',
      },
    });
    expect(sectionText(f, 'sangong')).toContain(
      '（二）公务用车购置及运行费462.40万元，比2023年预算增加158.50万元，主要原因是车辆更新。其中：公务用车购置费162.00万元，比2023年预算增加162.00万元，主要原因是车辆更新；公务用车运行费300.40万元，比2023年预算减少3.50万元，主要原因是压减。',
    );
    expect(sectionText({ ...f, year: 2020, previousYear: 2019 }, 'sangong')).toContain(
      '（二）公务用车购置及运行费462.40万元，比2019年预算增加158.5万元，主要原因是车辆更新。',
    );
  });
});

describe('numbers: 万元 in the text, Excel rounding, separators', () => {
  const income = (fiscal: string, other: string, previous?: string): NarrativeFacts =>
    facts({
      amounts: {
        'income.total': w(String(Number(fiscal) + Number(other))),
        'income.fiscal': w(fiscal, previous),
        'income.business': { fen: null },
        'income.operating': { fen: null },
        'income.other': w(other),
      },
    });
  test.each<[string, NarrativeFacts, string]>([
    [
      'half a 万元 rounds away from zero',
      income('12345.5', '0'),
      '2024年，某某局收入预算12,346万元，其中：财政拨款收入12,346万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    ],
    [
      'just under half rounds down',
      income('12345.4999', '0'),
      '2024年，某某局收入预算12,345万元，其中：财政拨款收入12,345万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    ],
    [
      'the change is the difference of the printed figures',
      income('250203.285', '3363', '247831'),
      '2024年，某某局收入预算253,566万元，其中：财政拨款收入250,203万元，比2023年预算增加2,372万元；事业收入0万元；事业单位经营收入0万元；其他收入3,363万元。',
    ],
    [
      'a decrease',
      income('1000', '0', '1200.6'),
      '2024年，某某局收入预算1,000万元，其中：财政拨款收入1,000万元，比2023年预算减少201万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    ],
    [
      'equal when printed: 持平',
      income('1000.2', '0', '999.9'),
      '2024年，某某局收入预算1,000万元，其中：财政拨款收入1,000万元，与2023年预算持平；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    ],
  ])('%s', (_what, f, expected) => {
    expect(sectionText(f, 'budget')).toContain(expected);
  });

  test('rounded parts that do not add up to the rounded total give a 提示, not an error', () => {
    const r = buildNarrative(income('10000.4', '10000.4'));
    expect(r.paragraphs.map((p) => p.text)).toContain(
      '2024年，某某局收入预算20,001万元，其中：财政拨款收入10,000万元；事业收入0万元；事业单位经营收入0万元；其他收入10,000万元。',
    );
    const tip = r.findings.filter((x) => x.rule === 'narrative/rounding');
    expect(tip).toHaveLength(1);
    expect(tip[0]).toMatchObject({ severity: 'info', expected: 20_001_000_000, actual: 20_000_000_000 });
    expect(tip[0]!.message).toBe(
      '编制说明中收入预算为20,001万元，财政拨款收入、事业收入、事业单位经营收入、其他收入各自四舍五入后合计20,000万元，相差1万元；这是四舍五入造成的尾差，表内数据相符，可照此发布或在文中注明',
    );
  });

  test('parts that really differ from the total are a warning about the tables', () => {
    const f = income('100', '50');
    const r = buildNarrative({ ...f, amounts: { ...f.amounts, 'income.total': w('151') } });
    const tables = r.findings.filter((x) => x.rule === 'narrative/parts-mismatch' || x.rule === 'narrative/rounding');
    expect(tables.map((x) => [x.rule, x.severity, x.difference])).toEqual([['narrative/parts-mismatch', 'warning', 1_000_000]]);
  });
});

describe('类 lines', () => {
  test.each<[string, NarrativeFacts, string]>([
    [
      'default wording from the catalog 说明 (反映政府卫生健康方面的支出)',
      facts({ classes: [{ code: '210', name: '卫生健康支出', fen: wanToFen('4834.7394') }] }),
      '1. “卫生健康支出”科目4,835万元，主要用于政府卫生健康方面的支出。',
    ],
    [
      '说明素材 wording overrides the library',
      facts({ classes: [{ code: '205', name: '教育支出', fen: wanToFen('69020.286') }], purposes: { '205': '主要用于职业院校办学。' } }),
      '1. “教育支出”科目69,020万元，主要用于职业院校办学。',
    ],
    [
      'no wording anywhere: made from the name',
      facts({ classes: [{ code: '21204', name: '城乡社区规划与管理', fen: wanToFen('300') }], texts: { 'list.level': '款' } }),
      '1. “城乡社区规划与管理”科目300万元，主要用于城乡社区规划与管理方面的支出。',
    ],
    [
      'with last year given, the line compares',
      facts({
        classes: [{ code: '221', name: '住房保障支出', fen: wanToFen('16483.4087'), previous: wanToFen('15000') }],
        purposes: { '221': '行政、事业单位缴纳的住房公积金支出' },
      }),
      '1. “住房保障支出”科目16,483万元，比2023年预算增加1,483万元，主要用于行政、事业单位缴纳的住房公积金支出。',
    ],
  ])('%s', (_what, f, expected) => {
    expect(sectionText(f, 'budget')).toContain(expected);
  });

  test('a default phrase (catalog or name) is a 提示 asking the officer to confirm it; the 说明素材 wording is not', () => {
    const r = buildNarrative(
      facts({
        classes: [
          { code: '205', name: '教育支出', fen: wanToFen('100') },
          { code: '212', name: '城乡社区支出', fen: wanToFen('300') },
        ],
        purposes: { '205': '职业院校办学' },
      }),
    );
    expect(r.findings.filter((x) => x.rule.startsWith('narrative/purpose')).map((x) => [x.rule, x.severity, x.code, x.message])).toEqual([
      [
        'narrative/purpose-default',
        'info',
        '212',
        '“城乡社区支出”（212）的“主要用于”用语取自科目说明：“政府城乡社区事务支出”，请核对是否符合本部门实际，可在说明素材“七、财政拨款支出主要用途”中改写',
      ],
    ]);
    const byName = buildNarrative(
      facts({ classes: [{ code: '21204', name: '城乡社区规划与管理', fen: 1 }], texts: { 'list.level': '款' } }),
    );
    expect(byName.findings.find((x) => x.rule === 'narrative/purpose-from-name')).toMatchObject({ severity: 'info', code: '21204' });
  });
});

describe('说明素材 sections', () => {
  test('政府采购 of zero is said in words', () => {
    const f = facts({
      amounts: {
        'procurement.total': { fen: 0 },
        'procurement.goods': { fen: 0 },
        'procurement.works': { fen: 0 },
        'procurement.services': { fen: 0 },
      },
    });
    expect(sectionText(f, 'procurement')).toEqual(['2024年度本部门未安排政府采购预算。']);
  });

  test('政府采购 not entered: nothing invented, a warning', () => {
    const r = buildNarrative(facts());
    expect(r.paragraphs.filter((p) => p.section === 'procurement' && p.kind === 'body')).toEqual([]);
    expect(r.findings.find((x) => x.rule === 'narrative/missing-material' && x.params?.section === '政府采购预算情况')?.message).toBe(
      '说明素材未填写“政府采购货物、工程、服务预算”，“政府采购预算情况”中的一段未生成',
    );
  });

  test('机关运行经费 without the unit counts drops that clause and says so', () => {
    const f = facts({
      amounts: { office: w('15460.88') },
      inputCells: { 'office.agencies': { sheet: '说明素材', cell: 'B6' }, 'office.civilServiceUnits': { sheet: '说明素材', cell: 'B7' } },
    });
    const r = buildNarrative(f);
    expect(r.paragraphs.map((p) => p.text)).toContain('2024年某某局（部门）财政拨款的机关运行经费预算为15,460.88万元。');
    expect(r.findings.find((x) => x.rule === 'narrative/missing-material' && x.params?.section === '机关运行经费预算')).toMatchObject({
      severity: 'warning',
      sheet: '说明素材',
      cell: 'B6',
      message: '说明素材未填写“机关家数”、“参公事业单位家数”（说明素材!B6、说明素材!B7），“机关运行经费预算”中相应的句子已省略',
    });
  });

  test('a missing table figure is an error and the paragraph is not written', () => {
    const r = buildNarrative(facts());
    const missing = r.findings.filter((x) => x.rule === 'narrative/missing-figure');
    expect(missing[0]).toMatchObject({ severity: 'error' });
    expect(missing[0]!.message).toBe(
      '“2024年部门预算编制说明”需要收入预算、财政拨款收入、事业收入、事业单位经营收入、其他收入，工作簿中没有相应的表或行，该段未生成',
    );
  });
});

test('wording editions are chosen by year: the newest not later than the year', () => {
  expect(wordingForYear(2020).edition).toBe(2020);
  expect(wordingForYear(2023).edition).toBe(2020);
  expect(wordingForYear(2024).edition).toBe(2024);
  expect(wordingForYear(2026).edition).toBe(2024);
  expect(wordingForYear(2018).edition).toBe(2020);
  expect(() => wordingEdition(2019)).toThrow('没有 2019 年版编制说明用语');
});
