import type { CatalogChange } from '../catalogChange';

// Transcribed data, no logic: how each edition of 支出功能分类科目 differs from the one before.
// Each change says where the team knows it from. `docs` name documents (paths under /work/shared,
// copied verbatim to test/fixtures) that print the code on either side of the change.
// Where the year of a change is not confirmed, the note says so and the change is placed in the
// latest edition it can be in: a code used earlier than that is then only a 提示, never a 警告.

const SEED_2020 = 'seeds/000_07a5929564726e7a.txt';
const SEED_2024 = 'seeds/004_68c49af72df8697e.txt';
const JS_2019 = 'corpus/jiangsu/2019_江苏省人民检察院_2019年度部门预算公开.txt';
const SH_2025 = 'corpus/shanghai/2025_普陀区万里街道办事处_部门预算.txt';

const OFFICIAL = '官方科目表（团队所知）';
const MOVE_20110 = `${OFFICIAL}：随人力资源事务款撤销移入 208 01；年度未经核实（2020 年版仍有 201 10，2024 年版已在 208 01）`;
const REFORM_2018 = '2018 年机构改革后的 2019 年版科目表（团队所知）';

export const FUNCTIONAL_CHANGES: Readonly<Record<number, readonly CatalogChange[]>> = {
  // Names before 2019: the base already carries the 2019 names; these renames record the old ones
  // that older workbooks still print, so the checker can name the current one.
  2019: [
    { kind: 'renamed', code: '207', from: '文化体育与传媒支出', name: '文化旅游体育与传媒支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '20701', from: '文化', name: '文化和旅游', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '2070199', from: '其他文化支出', name: '其他文化和旅游支出', source: { note: REFORM_2018 } },
    {
      kind: 'renamed',
      code: '20799',
      from: '其他文化体育与传媒支出',
      name: '其他文化旅游体育与传媒支出',
      source: { note: REFORM_2018 },
    },
    { kind: 'renamed', code: '210', from: '医疗卫生与计划生育支出', name: '卫生健康支出', source: { note: REFORM_2018 } },
    {
      kind: 'renamed',
      code: '21001',
      from: '医疗卫生与计划生育管理事务',
      name: '卫生健康管理事务',
      source: { note: REFORM_2018 },
    },
    {
      kind: 'renamed',
      code: '2100199',
      from: '其他医疗卫生与计划生育管理事务支出',
      name: '其他卫生健康管理事务支出',
      source: { note: REFORM_2018 },
    },
    { kind: 'renamed', code: '21099', from: '其他医疗卫生与计划生育支出', name: '其他卫生健康支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '2109901', from: '其他医疗卫生与计划生育支出', name: '其他卫生健康支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '21301', from: '农业', name: '农业农村', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '2130199', from: '其他农业支出', name: '其他农业农村支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '21302', from: '林业', name: '林业和草原', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '2130299', from: '其他林业支出', name: '其他林业和草原支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '220', from: '国土海洋气象等支出', name: '自然资源海洋气象等支出', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '22001', from: '国土资源事务', name: '自然资源事务', source: { note: REFORM_2018 } },
    { kind: 'renamed', code: '2200199', from: '其他国土资源事务支出', name: '其他自然资源事务支出', source: { note: REFORM_2018 } },
    {
      kind: 'renamed',
      code: '22099',
      from: '其他国土海洋气象等支出',
      name: '其他自然资源海洋气象等支出',
      source: { note: REFORM_2018 },
    },
  ],
  2020: [
    {
      kind: 'renamed',
      code: '20805',
      from: '行政事业单位离退休',
      name: '行政事业单位养老支出',
      source: { note: OFFICIAL, docs: [JS_2019, SEED_2020] },
    },
    {
      kind: 'merged',
      from: ['2080501', '2080504'],
      to: '2080501',
      name: '行政单位离退休',
      source: {
        note: `${OFFICIAL}：归口管理的行政单位离退休与未归口管理的行政单位离退休合并为行政单位离退休`,
        docs: [JS_2019, SEED_2020],
      },
    },
    {
      kind: 'renamed',
      code: '2080599',
      from: '其他行政事业单位离退休支出',
      name: '其他行政事业单位养老支出',
      source: { note: OFFICIAL, docs: [SEED_2020] },
    },
    {
      kind: 'added',
      code: '21016',
      name: '老龄卫生健康事务',
      source: { note: `${OFFICIAL}；增设年度未经核实，2020 年版已有` },
    },
    { kind: 'added', code: '2101601', name: '老龄卫生健康事务', source: { note: `${OFFICIAL}；增设年度未经核实，2020 年版已有` } },
    { kind: 'added', code: '234', name: '抗疫特别国债安排的支出', source: { note: `${OFFICIAL}：2020 年年中增设` } },
    { kind: 'added', code: '23401', name: '基础设施建设', source: { note: OFFICIAL } },
    { kind: 'added', code: '23402', name: '抗疫相关支出', source: { note: OFFICIAL } },
  ],
  2021: [
    { kind: 'removed', code: '234', source: { note: `${OFFICIAL}：抗疫特别国债仅 2020 年发行` } },
    { kind: 'removed', code: '23401', source: { note: OFFICIAL } },
    { kind: 'removed', code: '23402', source: { note: OFFICIAL } },
    { kind: 'renamed', code: '21305', from: '扶贫', name: '巩固脱贫衔接乡村振兴', source: { note: OFFICIAL } },
    { kind: 'renamed', code: '2130599', from: '其他扶贫支出', name: '其他巩固脱贫衔接乡村振兴支出', source: { note: OFFICIAL } },
    {
      kind: 'renamed',
      code: '2081105',
      from: '残疾人就业和扶贫',
      name: '残疾人就业',
      source: { note: `${OFFICIAL}；随扶贫科目调整，年度未经核实` },
    },
    {
      kind: 'renamed',
      code: '22404',
      from: '煤矿安全',
      name: '矿山安全',
      source: { note: `${OFFICIAL}：国家煤矿安全监察局更名为国家矿山安全监察局；年度未经核实` },
    },
  ],
  2022: [],
  2023: [],
  2024: [
    // 人力资源事务 abolished: its specific 项 moved to 208 01; its generic 项 have no single
    // successor (a 人社 department books them under 208 01, another department elsewhere).
    {
      kind: 'removed',
      code: '20110',
      source: {
        note: `${OFFICIAL}：人力资源事务款撤销，其专项项级科目并入 208 01；团队记得为 2021 年版，未经核实，按最晚可能的 2024 年版记录`,
        docs: [SEED_2020, SEED_2024],
      },
    },
    ...(['2011001', '2011002', '2011003', '2011050', '2011099'] as const).map((code): CatalogChange => ({
      kind: 'removed',
      code,
      source: { note: `${OFFICIAL}：随人力资源事务款撤销，没有对所有部门都成立的新科目` },
    })),
    { kind: 'moved', from: '2011004', to: '2080113', name: '政府特殊津贴', source: { note: MOVE_20110 } },
    { kind: 'moved', from: '2011005', to: '2080114', name: '资助留学回国人员', source: { note: MOVE_20110 } },
    { kind: 'moved', from: '2011007', to: '2080115', name: '博士后日常经费', source: { note: MOVE_20110, docs: [SEED_2020, SEED_2024] } },
    { kind: 'moved', from: '2011008', to: '2080116', name: '引进人才费用', source: { note: MOVE_20110 } },
    {
      kind: 'moved',
      from: '2089901',
      to: '2089999',
      name: '其他社会保障和就业支出',
      source: {
        note: `种子文档 2020 年为 208 99 01、2025 年文档为 208 99 99；改号年度未经核实，按最晚可能的 2024 年版记录`,
        docs: [SEED_2020, SH_2025],
      },
    },
    {
      kind: 'moved',
      from: '2109901',
      to: '2109999',
      name: '其他卫生健康支出',
      source: {
        note: `种子文档 2020 年为 210 99 01、2024 年为 210 99 99；改号年度未经核实，按最晚可能的 2024 年版记录`,
        docs: [SEED_2020, SEED_2024],
      },
    },
    // After the 2023 reform (中央社会工作部, 国家信访局 directly under the State Council).
    ...(
      [
        ['20139', '社会工作事务'],
        ['2013901', '行政运行'],
        ['2013902', '一般行政管理事务'],
        ['2013903', '机关服务'],
        ['2013950', '事业运行'],
        ['2013999', '其他社会工作事务支出'],
        ['20140', '信访事务'],
        ['2014001', '行政运行'],
        ['2014002', '一般行政管理事务'],
        ['2014003', '机关服务'],
        ['2014050', '事业运行'],
        ['2014099', '其他信访事务支出'],
      ] as const
    ).map(([code, name]): CatalogChange => ({
      kind: 'added',
      code,
      name,
      source: { note: `${OFFICIAL}：2023 年机构改革后增设；年度按团队所知` },
    })),
    {
      kind: 'removed',
      code: '2010308',
      source: { note: `${OFFICIAL}：信访事务改设 201 40 信访事务款；项级对应关系请按官方科目表核对` },
    },
    {
      kind: 'added',
      code: '2080112',
      name: '劳动人事争议调解仲裁',
      source: { note: `${OFFICIAL}；增设年度未经核实，2024 年版已有`, docs: [SEED_2024] },
    },
    { kind: 'added', code: '2050804', name: '退役士兵能力提升', source: { note: `${OFFICIAL}；增设年度未经核实，2024 年版已有` } },
    { kind: 'added', code: '2210108', name: '老旧小区改造', source: { note: `${OFFICIAL}；增设年度未经核实，2024 年版已有` } },
  ],
  2025: [],
  2026: [],
};
