// Source: 支出功能分类科目, 2020 edition vs 2024 edition (财政部《政府收支分类科目》); moves confirmed by the 上海市人社局 2020/2024 budgets where noted.
// Transcribed data, no logic: functional-code moves/renames between the 2020 and 2024 editions (from = 2020 code, to = 2024 code, name = 2024 name).

export const CODE_MOVES_2020_TO_2024: ReadonlyArray<{ from: string; to: string; name: string; note: string }> = [
  {
    from: '20110',
    to: '20801',
    name: '人力资源和社会保障管理事务',
    note: "款 201 10 人力资源事务 abolished; its 人才 items moved to 208 01 (a 人社 department's 20110 spending is reported under 20801 in 2024).",
  },
  {
    from: '2011001',
    to: '2080101',
    name: '行政运行',
    note: 'Follows the abolition of 20110; generic item, mapping valid for 人社 departments (Shanghai HRSS books 行政运行 under 2080101 in 2024).',
  },
  {
    from: '2011002',
    to: '2080102',
    name: '一般行政管理事务',
    note: 'Follows the abolition of 20110; generic item, mapping valid for 人社 departments.',
  },
  {
    from: '2011003',
    to: '2080103',
    name: '机关服务',
    note: 'Follows the abolition of 20110; generic item, mapping valid for 人社 departments.',
  },
  {
    from: '2011004',
    to: '2080113',
    name: '政府特殊津贴',
    note: 'Moved from 人力资源事务 (201 10) to 人力资源和社会保障管理事务 (208 01).',
  },
  {
    from: '2011005',
    to: '2080114',
    name: '资助留学回国人员',
    note: 'Moved from 人力资源事务 (201 10) to 人力资源和社会保障管理事务 (208 01).',
  },
  {
    from: '2011007',
    to: '2080115',
    name: '博士后日常经费',
    note: 'Moved from 人力资源事务 (201 10) to 人力资源和社会保障管理事务 (208 01); seed 000 (2020) prints 201 10 07 and seed 004 (2024) prints 208 01 15.',
  },
  {
    from: '2011008',
    to: '2080116',
    name: '引进人才费用',
    note: 'Moved from 人力资源事务 (201 10) to 人力资源和社会保障管理事务 (208 01).',
  },
  {
    from: '2011050',
    to: '2080150',
    name: '事业运行',
    note: 'Follows the abolition of 20110; generic item, mapping valid for 人社 departments (Shanghai HRSS 2020 事业运行 was split between 2011050 and 2080150; in 2024 all of it is under 2080150).',
  },
  {
    from: '2011099',
    to: '2080199',
    name: '其他人力资源和社会保障管理事务支出',
    note: 'Follows the abolition of 20110 (was 其他人力资源事务支出); generic item, mapping valid for 人社 departments.',
  },
  {
    from: '2109901',
    to: '2109999',
    name: '其他卫生健康支出',
    note: 'Single 项 of 款 21099 renumbered 01 -> 99; seed 000 prints 210 99 01, seed 004 prints 210 99 99.',
  },
  {
    from: '2089901',
    to: '2089999',
    name: '其他社会保障和就业支出',
    note: 'Single 项 of 款 20899 renumbered 01 -> 99 like 2109901 -> 2109999; lower confidence, the 2024 seed has no 20899 row to confirm it.',
  },
  { from: '21305', to: '21305', name: '巩固脱贫攻坚成果衔接乡村振兴', note: 'Rename only (2020: 扶贫), from the 2021 edition on.' },
  { from: '2081105', to: '2081105', name: '残疾人就业', note: 'Rename only (2020: 残疾人就业和扶贫); lower confidence.' },
  {
    from: '22404',
    to: '22404',
    name: '矿山安全',
    note: 'Rename only (2020: 煤矿安全), after 国家煤矿安全监察局 became 国家矿山安全监察局; lower confidence.',
  },
];
