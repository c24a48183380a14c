import type { NarrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { narrative2024, seedParagraphs } from './support';

// Seed 004 (上海市人社局 2024): the generated 编制说明 must say exactly what was published, every
// figure derived from the demo workbook, the 上年数 sheet (2023 figures implied by the seed text)
// and the 说明素材 sheet.

let r: NarrativeFromSheets;
beforeAll(async () => {
  r = await narrative2024();
});

const texts = () => r.paragraphs.map((p) => p.text);

test('部门预算编制说明 is the published text, paragraph for paragraph', () => {
  const published = seedParagraphs('004_68c49af72df8697e.txt', '2024年部门预算编制说明', '2024年部门财务收支预算总表');
  const ours = r.paragraphs.filter((p) => p.section === 'budget').map((p) => p.text);
  expect(ours).toEqual(published);
});

test('其他相关情况说明 is the published text, paragraph for paragraph', () => {
  const published = seedParagraphs('004_68c49af72df8697e.txt', '\n其他相关情况说明\n', '职业培训基础能力建设资助项目经费情况说明');
  const ours = r.paragraphs.filter((p) => p.section !== 'budget').map((p) => p.text);
  expect(ours).toEqual(published);
});

test.each([
  [
    '收入预算 with 财政拨款 compared with 2023',
    '2024年，上海市人力资源和社会保障局收入预算253,566万元，其中：财政拨款收入250,203万元，比2023年预算增加2,372万元；事业收入0万元；事业单位经营收入0万元；其他收入3,363万元。',
  ],
  [
    '支出预算 by source',
    '支出预算253,566万元，其中：财政拨款支出预算250,203万元，比2023年预算增加2,372万元。财政拨款支出预算中，一般公共预算拨款支出预算250,203万元，比2023年预算增加2,372万元；政府性基金拨款支出预算0万元；国有资本经营预算拨款支出预算为0万元。',
  ],
  ['类 205', '1. “教育支出”科目50,179万元，主要用于地方教育附加安排的支出。'],
  [
    '类 208 (财政拨款 only, not the 其他收入 part)',
    '2. “社会保障和就业支出”科目178,706万元，主要用于人力资源和社会保障与就业事务方面的支出；行政、事业单位缴纳的基本养老保险、职业年金等方面的支出。',
  ],
  ['类 210', '3. “卫生健康支出”科目4,835万元，主要用于行政、事业单位缴纳的医疗保险费等方面的支出。'],
  ['类 221', '4. “住房保障支出”科目16,483万元，主要用于行政、事业单位缴纳的住房公积金支出。'],
  ['三公 total', '2024年“三公”经费预算数为1,156.59万元，比2023年预算增加158.50万元。其中：'],
  ['因公出国 持平', '（一）因公出国（境）费534.30万元，与2023年预算持平。'],
  [
    '公务用车 with reasons',
    '（二）公务用车购置及运行费462.40万元，比2023年预算增加158.50万元，主要原因是用于公务用车的更新。其中：公务用车购置费162.00万元，比2023年预算增加162.00万元，主要原因是用于公务用车的更新；公务用车运行费300.40万元，比2023年预算减少3.50万元，主要原因是公务用车运行费预算减少。',
  ],
  ['公务接待 持平', '（三）公务接待费159.89万元，与2023年预算持平。'],
  ['机关运行经费', '2024年上海市人力资源和社会保障局（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为15,460.88万元。'],
  [
    '政府采购',
    '2024年度本部门政府采购预算31,816.91万元，其中：政府采购货物预算1,022.19万元、政府采购工程预算1,437.81万元、政府采购服务预算29,356.91万元。',
  ],
  [
    '中小企业预留',
    '2024年本部门面向中小企业预留政府采购项目预算金额15,202.08万元，其中，预留给小型和微型企业的政府采购项目预算为613.66万元。',
  ],
  [
    '绩效目标',
    '按照本市预算绩效管理工作的总体要求，本部门14个预算单位开展了2024年项目预算绩效目标编报工作，编报绩效目标的项目105个，涉及项目预算资金143,532.78万元。',
  ],
])('%s', (_what, sentence) => {
  expect(texts()).toContain(sentence);
});

test('the headings are numbered in order', () => {
  expect(r.paragraphs.filter((p) => p.kind === 'title' || p.kind === 'heading').map((p) => p.text)).toEqual([
    '2024年部门预算编制说明',
    '其他相关情况说明',
    '一、2024年“三公”经费预算情况说明',
    '二、机关运行经费预算',
    '三、政府采购预算情况',
    '四、绩效目标设置情况',
    '五、国有资产占有使用情况',
  ]);
});

test('nothing is left to fix: no errors, warnings or 提示 for the seed', () => {
  expect(r.findings.map((f) => f.message)).toEqual([]);
});

test('the figures come from the workbook cells, not the JSON', () => {
  const f = r.facts!;
  // The workbook adds up its 项 lines, which in the published tables come to 1 元 more than the printed 合计.
  expect(f.amounts['income.total']).toMatchObject({ fen: 253_566_285_100, source: { sheet: '1 财务收支预算总表', cell: 'B12' } });
  expect(f.amounts['income.fiscal']).toMatchObject({
    fen: 250_203_285_100,
    previous: 247_831_000_000,
    previousSource: { sheet: '上年数' },
  });
  expect(f.amounts['sangong.vehiclePurchase']).toMatchObject({ fen: 162_000_000, previous: 0, previousSource: { sheet: '上年数' } });
  expect(f.amounts['procurement.goods']?.source?.sheet).toBe('说明素材');
  expect(f.classes.map((c) => [c.code, c.fen])).toEqual([
    ['205', 50_179_477_900],
    ['208', 178_705_659_100],
    ['210', 4_834_739_400],
    ['221', 16_483_408_700],
  ]);
});
