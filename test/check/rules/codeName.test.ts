import { codeName } from '../../../src/domain/check/rules/codeName';
import { ruleTester } from '../support/ruleTester';
import { tableSheet, TableSpec } from '../support/snapshots';

type Rows = TableSpec['rows'];
const SHEET = '部门支出预算总表';
const table = (rows: Rows, year = 2024, kind: TableSpec['kind'] = 'expenditure') => [tableSheet({ kind, rows, year })];
const row = (code: string, name: string): Rows[number] => [code, name, 1, 1, null];
const HEALTH: Rows = [row('210', '卫生健康支出'), row('21011', '行政事业单位医疗'), row('2101101', '行政单位医疗')];

ruleTester(codeName, {
  valid: [
    { name: 'catalog names', sheets: table(HEALTH) },
    {
      name: 'a leading "*" and spaces',
      sheets: table([row('210', '*卫生健康支出'), row('21011', '行政事业单位 医疗'), row('2101101', '＊ 行政单位医疗')]),
    },
    {
      name: 'half- and full-width brackets',
      sheets: table([row('201', '一般公共服务支出'), row('20103', '政府办公厅(室)及相关机构事务'), row('2010301', '行政运行')]),
    },
    {
      name: 'economic brackets',
      sheets: table(
        [
          ['302', '商品和服务支出', 3, 0, 3],
          ['30212', '因公出国(境)费用', 1, 0, 1],
          ['30213', '维修(护)费', 2, 0, 2],
        ],
        2024,
        'economic',
      ),
    },
    {
      name: 'the 2019 name in a 2019 workbook',
      sheets: table([row('208', '社会保障和就业支出'), row('20805', '行政事业单位离退休')], 2019),
    },
  ],
  invalid: [
    {
      name: 'a different name',
      sheets: table([row('210', '卫生健康支出'), row('21011', '行政事业单位医疗'), row('2101101', '行政单位医疗费')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'D8',
          code: '2101101',
          severity: 'warning',
          message: '科目 2101101 的名称“行政单位医疗费”与 2024 年科目表名称“行政单位医疗”不一致',
        },
      ],
    },
    {
      name: 'an older edition’s name: 医疗卫生与计划生育支出 → 卫生健康支出',
      sheets: table([row('210', '医疗卫生与计划生育支出'), row('21011', '行政事业单位医疗'), row('2101101', '行政单位医疗')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'D6',
          code: '210',
          severity: 'warning',
          message: '科目 210 的名称“医疗卫生与计划生育支出”是 2018 年及以前的科目名称，2024 年科目表名称为“卫生健康支出”',
        },
      ],
    },
    {
      name: 'the 2019 name in a 2025 workbook: 行政事业单位离退休 → 行政事业单位养老支出',
      sheets: table([row('208', '社会保障和就业支出'), row('20805', '行政事业单位离退休')], 2025),
      findings: [
        {
          sheet: SHEET,
          cell: 'D7',
          code: '20805',
          severity: 'warning',
          message: '科目 20805 的名称“行政事业单位离退休”是 2019 年及以前的科目名称，2025 年科目表名称为“行政事业单位养老支出”',
        },
      ],
    },
    {
      name: '扶贫 in a 2024 workbook',
      sheets: table([row('213', '农林水支出'), row('21305', '扶贫')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'D7',
          code: '21305',
          severity: 'warning',
          message: '科目 21305 的名称“扶贫”是 2020 年及以前的科目名称，2024 年科目表名称为“巩固脱贫衔接乡村振兴”',
        },
      ],
    },
    {
      name: 'no name',
      sheets: table([row('210', '')]),
      findings: [
        { sheet: SHEET, cell: 'D6', code: '210', severity: 'warning', message: '科目 210 没有填写科目名称，科目表名称为“卫生健康支出”' },
      ],
    },
  ],
});
