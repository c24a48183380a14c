import { CENTS_WAN, PLAIN_TRIMMED_WAN, TRIMMED_WAN, WHOLE_WAN } from './wanStyle';
import type { NarrativeWording } from './wording';

// As published in 上海市2020年市级部门预算 (seed 000). Differences from 2024: no 收入 paragraph
// ("预算支出总额为…"), "比2019年预算持平", changes in 三公 printed without trailing zeros
// ("减少15万元"), no 公务用车购置费/运行费 split, 政府采购 and 绩效 figures without separators,
// "预算绩效情况", and no 国有资产占有使用情况 section.

export const WORDING_2020: NarrativeWording = {
  edition: 2020,
  budget: {
    id: 'budget',
    heading: '{year}年部门预算编制说明',
    style: WHOLE_WAN,
    changeStyle: WHOLE_WAN,
    blocks: [
      {
        kind: 'text',
        text:
          '{year}年，{department}预算支出总额为{amt:expenditure.total}{cmp:expenditure.total}，' +
          '其中：财政拨款支出预算{amt:expenditure.fiscal}{cmp:expenditure.fiscal}。' +
          '财政拨款支出预算中，一般公共预算拨款支出预算{amt:expenditure.generalPublic}{cmp:expenditure.generalPublic}' +
          '[；政府性基金拨款支出预算{amt:expenditure.govFund}{cmp:expenditure.govFund}]。财政拨款支出主要内容如下：',
      },
      { kind: 'classLines', text: '{index}. “{name}”科目{amt:class}{cmp:class}，主要用于{purpose}。{executed}' },
    ],
  },
  otherTitle: '其他相关情况说明',
  others: [
    {
      id: 'sangong',
      heading: '{year}年“三公”经费预算情况说明',
      style: CENTS_WAN,
      changeStyle: TRIMMED_WAN,
      blocks: [
        { kind: 'text', text: '{year}年“三公”经费预算数为{amt:sangong.total}{cmp:sangong.total}{reason:sangong.total}。其中：' },
        { kind: 'text', text: '（一）因公出国（境）费{amt:sangong.abroad}{cmp:sangong.abroad}{reason:sangong.abroad}。' },
        { kind: 'text', text: '（二）公务用车购置及运行费{amt:sangong.vehicle}{cmp:sangong.vehicle}{reason:sangong.vehicle}。' },
        { kind: 'text', text: '（三）公务接待费{amt:sangong.reception}{cmp:sangong.reception}{reason:sangong.reception}。' },
      ],
    },
    {
      id: 'office',
      heading: '机关运行经费预算',
      style: CENTS_WAN,
      changeStyle: CENTS_WAN,
      blocks: [
        {
          kind: 'text',
          text:
            '{year}年{department}（部门）[下属{n:office.agencies}家机关和{n:office.civilServiceUnits}家参公事业单位]' +
            '财政拨款的机关运行经费预算为{amt:office}{cmp:office}{reason:office}。',
        },
      ],
    },
    {
      id: 'procurement',
      heading: '政府采购预算情况',
      style: PLAIN_TRIMMED_WAN,
      changeStyle: PLAIN_TRIMMED_WAN,
      blocks: [
        {
          kind: 'text',
          when: { amount: 'procurement.total', is: 'nonzero' },
          text:
            '{year}年本部门政府采购预算{amt:procurement.total}，其中：政府采购货物预算{amt:procurement.goods}、' +
            '政府采购工程预算{amt:procurement.works}、政府采购服务预算{amt:procurement.services}。' +
            '{year}年本部门面向中小企业预留政府采购项目预算金额{amt:procurement.sme}，' +
            '其中，预留给小型和微型企业的政府采购项目预算为{amt:procurement.smeSmall}。',
        },
        { kind: 'text', when: { amount: 'procurement.total', is: 'zero' }, text: '{year}年本部门未安排政府采购预算。' },
      ],
    },
    {
      id: 'performance',
      heading: '预算绩效情况',
      style: PLAIN_TRIMMED_WAN,
      changeStyle: PLAIN_TRIMMED_WAN,
      blocks: [
        {
          kind: 'text',
          text:
            '按照本市预算绩效管理工作的总体要求，本部门{n:performance.units}个预算单位开展了{year}年项目预算绩效目标编报工作，' +
            '编报绩效目标的项目{n:performance.projects}个，涉及项目预算资金{amt:performance.funds}。',
        },
        { kind: 'text', when: { text: 'performance.note', is: 'present' }, text: '{text:performance.note}' },
      ],
    },
  ],
  comparison: {
    up: '，比{prevYear}年预算增加{diff}',
    down: '，比{prevYear}年预算减少{diff}',
    flat: '，比{prevYear}年预算持平',
    reason: '，主要原因是{reason}',
  },
};
