import type { NarrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { narrative2020, seedParagraphs } from './support';

// Seed 000 (上海市人社局 2020): the 2020 edition words the same facts differently ("预算支出总额为",
// "比2019年预算持平", "减少15万元", "45261.9万元", "预算绩效情况", no 国有资产 section). The
// generator switches wording tables by year; the figures come from the 2020 workbook, the 2019
// figures in sh-hrss-2020-previous.json (laid into the 上年数 sheet) and the 说明素材 sheet.

let r: NarrativeFromSheets;
beforeAll(async () => {
  r = await narrative2020();
});

const FILE = '000_07a5929564726e7a.txt';

test('部门预算编制说明 is the published text, paragraph for paragraph', () => {
  const published = seedParagraphs(FILE, '2020年部门预算编制说明', '单位：元');
  expect(r.paragraphs.filter((p) => p.section === 'budget').map((p) => p.text)).toEqual(published);
});

test('其他相关情况说明 is the published text, paragraph for paragraph', () => {
  const published = seedParagraphs(FILE, '其他相关情况说明', '社会保险服务费项目经费情况说明')
    // The published 公务接待费 line has a stray full stop before its comparison ("173.90万元。比2019年…").
    .map((p) => p.replace('公务接待费173.90万元。比2019年', '公务接待费173.90万元，比2019年'));
  expect(r.paragraphs.filter((p) => p.section !== 'budget').map((p) => p.text)).toEqual(published);
});

test.each([
  [
    '预算支出总额 and 财政拨款, 政府性基金 持平',
    '2020年，上海市人力资源和社会保障局预算支出总额为261,051万元，其中：财政拨款支出预算258,785万元，比2019年预算增加36,889万元。财政拨款支出预算中，一般公共预算拨款支出预算258,785万元，比2019年预算增加36,889万元；政府性基金拨款支出预算0万元，比2019年预算持平。财政拨款支出主要内容如下：',
  ],
  ['类 201 (财政拨款 part only)', '1. “一般公共服务支出”科目45,990万元，主要用于人力资源事务、人才发展等方面的支出。'],
  ['类 205, wording from the 说明素材 sheet', '2. “教育支出”科目69,020万元，主要用于地方教育费附加安排的支出。'],
  [
    '类 208, wording from the 说明素材 sheet',
    '3. “社会保障和就业支出”科目128,332万元，主要用于社会保障与就业事务，行政、事业单位缴纳的基本养老保险、职业年金等方面的支出。',
  ],
  ['类 210', '4. “卫生健康支出”科目4,193万元，主要用于行政、事业单位缴纳的医疗保险费等方面的支出。'],
  ['类 221', '5. “住房保障支出”科目11,250万元，主要用于行政、事业单位缴纳的住房公积金支出。'],
  ['三公 total, change without trailing zeros', '2020年“三公”经费预算数为1,058.70万元，比2019年预算减少15万元。其中：'],
  ['因公出国 with reason', '（一）因公出国（境）费549.30万元，比2019年预算减少10万元，主要原因是机构改革，出国费划出。'],
  ['公务用车, no 购置/运行 split in 2020', '（二）公务用车购置及运行费335.50万元，比2019年预算减少2万元，主要原因是车辆购置费减少。'],
  ['机关运行经费', '2020年上海市人力资源和社会保障局（部门）下属1家机关和5家参公事业单位财政拨款的机关运行经费预算为13,059.61万元。'],
  [
    '政府采购 without separators, one paragraph',
    '2020年本部门政府采购预算45261.9万元，其中：政府采购货物预算2954.1万元、政府采购工程预算533万元、政府采购服务预算41774.8万元。2020年本部门面向中小企业预留政府采购项目预算金额13512万元，其中，预留给小型和微型企业的政府采购项目预算为5968万元。',
  ],
  [
    '绩效',
    '按照本市预算绩效管理工作的总体要求，本部门15个预算单位开展了2020年项目预算绩效目标编报工作，编报绩效目标的项目133个，涉及项目预算资金173360万元。',
  ],
])('%s', (_what, sentence) => {
  expect(r.paragraphs.map((p) => p.text)).toContain(sentence);
});

test('2020 headings: 预算绩效情况, no 国有资产 section', () => {
  expect(r.paragraphs.filter((p) => p.kind !== 'body' && p.kind !== 'item').map((p) => p.text)).toEqual([
    '2020年部门预算编制说明',
    '其他相关情况说明',
    '一、2020年“三公”经费预算情况说明',
    '二、机关运行经费预算',
    '三、政府采购预算情况',
    '四、预算绩效情况',
  ]);
});

test('no findings for the seed', () => {
  expect(r.findings.map((f) => f.message)).toEqual([]);
});
