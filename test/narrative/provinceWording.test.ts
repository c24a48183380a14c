import { narrativeFromText } from '../../src/domain/narrative/buildNarrativeSheet';
import { isAmountKey, type ClassFact } from '../../src/domain/narrative/facts';
import { provinceEditions } from '../../src/domain/templates/provinceEditions';
import { resolveLine } from '../../src/domain/narrative/textCheck/resolveLine';
import { scanText } from '../../src/domain/narrative/textCheck/scanText';

// How a 部门预算情况说明 written as 江苏 writes it is read: its parts, its 科目 lines that start at
// the 款 under a "（一）…（类）" line, its names with or without "支出", its comparisons "与上年相比",
// and its text as pdftotext lays it out (printed page numbers, a "（项）" wrapped onto the next line).

const LINES: ClassFact[] = [
  { code: '201', name: '一般公共服务支出', fen: 2_239_550_00 },
  { code: '20101', name: '人大事务', fen: 1_390_780_00 },
  { code: '2010101', name: '行政运行', fen: 762_480_00 },
  { code: '2010199', name: '其他人大事务支出', fen: 628_300_00 },
  { code: '20131', name: '党委办公厅（室）及相关机构事务', fen: 2_239_550_00 },
  { code: '2013101', name: '行政运行', fen: 937_012_00 },
  { code: '208', name: '社会保障和就业支出', fen: 137_463_00 },
  { code: '20805', name: '行政事业单位离退休', fen: 137_463_00 },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', fen: 78_506_00 },
  { code: '2080506', name: '机关事业单位职业年金缴费支出', fen: 31_403_00 },
];

describe('resolveLine', () => {
  test('a path that starts at its 款 (the 类 is the line above), "（项）支出" as 江苏 writes it', () => {
    expect(resolveLine('1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出', LINES)).toEqual({
      kind: 'found',
      line: LINES[5],
    });
  });
  test('a name without its closing 支出 is the same 科目', () => {
    expect(resolveLine('2．人大事务（款）其他人大事务（项）', LINES)).toEqual({ kind: 'found', line: LINES[3] });
    expect(resolveLine('社会保障和就业（类）', LINES)).toEqual({ kind: 'found', line: LINES[6] });
  });
  test('a 项 written short is the one child that holds its name in order, and the path is reported', () => {
    expect(resolveLine('2．行政事业单位离退休（款）机关事业单位基本养老保险费（项）支出', LINES)).toEqual({
      kind: 'path-mismatch',
      line: LINES[8],
      written: '行政事业单位离退休-机关事业单位基本养老保险费',
      table: '社会保障和就业支出-行政事业单位离退休-机关事业单位基本养老保险缴费支出（2080505）',
    });
  });
  test('a 项 that is no child of its 款 is not told, and its figure is not checked against the 款', () => {
    expect(resolveLine('3．行政事业单位离退休（款）未归口管理的行政单位离退休（项）', LINES)).toEqual({
      kind: 'unknown',
      name: '行政事业单位离退休-未归口管理的行政单位离退休',
    });
  });
});

describe('scanText', () => {
  const scanned = (paragraphs: string[]) => scanText({ paragraphs: paragraphs.map((text) => ({ text })) }).paragraphs;

  test('"第三部分 2019年度部门预算情况说明" opens the text checked; the list of 科目 runs from part 五 to part 六', () => {
    const p = scanned([
      '第一部分 部门概况',
      '第三部分    2019年度部门预算情况说明',
      '五、财政拨款支出预算情况说明',
      '（一）一般公共服务（类）',
      '1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，增长16.07%。',
      '六、财政拨款基本支出预算情况说明',
      '1．因公出国（境）费预算支出70万元，与上年预算数一致。',
    ]);
    expect(p.map((x) => [x.section, x.listLine])).toEqual([
      ['unknown', false],
      ['budget', false],
      ['budget', false],
      ['budget', false],
      ['budget', true],
      ['budget', false],
      ['budget', false],
    ]);
  });

  test('"与上年相比增加 2228.78 万元，增长 10.15 %": a comparison, spaced as laid out', () => {
    const [p] = scanned(['（1）一般公共预算收入预算 24,169.74万元，与上年相比增加 2228.78 万元，增长 10.15 %。']);
    expect(
      p?.mentions.map((m) => (m.kind === 'figure' ? ['figure', m.label, m.number.value] : [m.kind, m.direction, m.amount?.value, m.unit])),
    ).toEqual([
      ['figure', '（1）一般公共预算收入预算', 24_169.74],
      ['comparison', '增加', 2228.78, '万元'],
    ]);
  });
  test('a line justified with a space between every character: its figure and its comparison are read', () => {
    const [p] = scanned(['项 目 支 出 预 算 数 为 4,968.34 万 元 。 与 上 年 相 比 增 加1,653.66 万元，增长 49.89%。']);
    expect(
      p?.mentions.map((m) =>
        m.kind === 'figure' ? ['figure', m.label, m.number.value, m.text] : [m.kind, m.against, m.direction, m.amount?.value, m.unit],
      ),
    ).toEqual([
      ['figure', '项目支出预算数', 4_968.34, '4,968.34 万 元'],
      ['comparison', '上年', '增加', 1_653.66, '万元'],
    ]);
  });
});

describe('narrativeFromText, pdftotext -layout output', () => {
  test('a printed page number between two pages does not cut the sentence it falls in', () => {
    const text = [
      '  1．行政事业单位离退休（款）未归口管理的行政单位离退',
      '',
      '                           ─ 11 ─',
      '\f休支出（项）271.45万元，与上年相比增加14.69万元。',
      '  2．下一行，',
      '接着的一行文字，足够长，使这段文字被认作排版输出。',
    ].join('\n');
    expect(narrativeFromText(text).paragraphs.map((p) => p.text)).toEqual([
      '1．行政事业单位离退休（款）未归口管理的行政单位离退休支出（项）271.45万元，与上年相比增加14.69万元。',
      '2．下一行，接着的一行文字，足够长，使这段文字被认作排版输出。',
    ]);
  });
  test('an indented line that opens with "（项）" goes on with the line before; a form feed alone still starts a paragraph', () => {
    const text = [
      '  2.行政事业单位离退休（款）机关事业单位基本养老保险缴',
      '费支出',
      '  （项）415.33 万元，',
      '\f  （三）住房保障支出（类）',
      '这一段足够长，使这段文字被认作排版输出的一行。',
    ].join('\n');
    expect(narrativeFromText(text).paragraphs.map((p) => p.text)).toEqual([
      '2.行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）415.33 万元，',
      '（三）住房保障支出（类）这一段足够长，使这段文字被认作排版输出的一行。',
    ]);
  });
});

test('every figure a province edition marks for the 编制说明 names a narrative fact', () => {
  const marked = provinceEditions().flatMap((e) =>
    e.tables.flatMap((t): string[] => {
      if (t.kind === 'form')
        return t.fields.flatMap((f) => (f.narrative !== undefined ? [`${e.id} ${t.id}.${f.key} → ${f.narrative}`] : []));
      if (t.kind === 'codeTable')
        return [
          ...(t.narrativeTotal !== undefined ? [`${e.id} ${t.id} 合计 → ${t.narrativeTotal}`] : []),
          ...(t.narrativeParts ?? []).map((p) => `${e.id} ${t.id} ${p.classes === 'others' ? '其余各类' : p.classes.join('+')} → ${p.key}`),
        ];
      const lines = Object.entries(t.narrative?.lines ?? {}).map(([label, key]) => `${e.id} ${t.id} ${label} → ${key}`);
      return [...(t.narrative?.total !== undefined ? [`${e.id} ${t.id} 合计 → ${t.narrative.total}`] : []), ...lines];
    }),
  );
  // 江苏 2019: 三公 (6), 会议费 and 培训费, the 收支预算总表 (14) and the 财政拨款 基本支出; the 合计 of
  // 机关运行经费 and of 一般公共预算 基本支出, and the 人员经费 and 公用经费 of both 基本支出 tables
  // (code tables); 政府采购 (合计 and three lines).
  expect(marked).toHaveLength(33);
  expect(marked.filter((m) => /\.(personnel|public)$/.test(m))).toEqual([
    'jiangsu-2019 fiscalEconomic 301+303 → fiscal.personnel',
    'jiangsu-2019 fiscalEconomic 其余各类 → fiscal.public',
    'jiangsu-2019 economic 301+303 → generalPublic.personnel',
    'jiangsu-2019 economic 其余各类 → generalPublic.public',
  ]);
  expect(marked.filter((m) => !isAmountKey(m.slice(m.indexOf('→ ') + 2)))).toEqual([]);
});
