import { codeUnknown } from '../../../src/domain/check/rules/codeUnknown';
import { ruleTester } from '../support/ruleTester';
import { tableSheet, TableSpec } from '../support/snapshots';

// Rows start at sheet row 6 (A 类, B 款, C 项, D 名称); each case is one small 支出预算总表.
type Rows = TableSpec['rows'];
const SHEET = '部门支出预算总表';
const table = (rows: Rows, year = 2024, kind: TableSpec['kind'] = 'expenditure') => [tableSheet({ kind, rows, year })];
const row = (code: string, name: string): Rows[number] => [code, name, 1, 1, null];

const SIFA: Rows = [row('204', '公共安全支出'), row('20406', '司法')];

ruleTester(codeUnknown, {
  valid: [
    {
      name: '司法 项 of the built-in catalog (基层司法业务, 普法宣传)',
      sheets: table([...SIFA, row('2040604', '基层司法业务'), row('2040605', '普法宣传')]),
    },
    {
      name: '人社 劳动人事争议调解仲裁 in 2024',
      sheets: table([row('208', '社会保障和就业支出'), row('20801', '人力资源和社会保障管理事务'), row('2080112', '劳动人事争议调解仲裁')]),
    },
    {
      name: '2019 edition: 20805 items of that year',
      sheets: table(
        [row('208', '社会保障和就业支出'), row('20805', '行政事业单位离退休'), row('2080504', '未归口管理的行政单位离退休')],
        2019,
      ),
    },
    {
      name: 'economic 款 of the catalog',
      sheets: table(
        [
          ['302', '商品和服务支出', 1, 0, 1],
          ['30201', '办公费', 1, 0, 1],
        ],
        2024,
        'economic',
      ),
    },
  ],
  invalid: [
    {
      name: 'a 项 the built-in catalog lacks, under a known 款: 提示',
      sheets: table([...SIFA, row('2040698', '某专项业务')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'A8',
          code: '2040698',
          severity: 'info',
          message: '未收录于内置科目表：2040698 某专项业务（请导入当年官方科目表核对）',
        },
      ],
    },
    {
      name: 'a 款 that does not exist: 警告',
      sheets: table([row('204', '公共安全支出'), row('20497', '某款'), row('2049701', '某项')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'A7',
          code: '20497',
          severity: 'warning',
          message: '科目编码 20497（某款）不在内置的 2024 年支出功能分类科目表中；如确为当年有效科目，请导入官方科目表后再校验',
        },
        {
          sheet: SHEET,
          cell: 'A8',
          code: '2049701',
          severity: 'warning',
          message: '科目编码 2049701（某项）不在内置的 2024 年支出功能分类科目表中；如确为当年有效科目，请导入官方科目表后再校验',
        },
      ],
    },
    {
      name: 'a 类 that does not exist: 警告',
      sheets: table([row('298', '某类')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'A6',
          code: '298',
          severity: 'warning',
          message: '科目编码 298（某类）不在内置的 2024 年支出功能分类科目表中；如确为当年有效科目，请导入官方科目表后再校验',
        },
      ],
    },
    {
      name: 'a code gone from the edition: 2011007 in 2024 (its 款 20110 was abolished) is a 警告',
      sheets: table([row('201', '一般公共服务支出'), row('20110', '人力资源事务'), row('2011007', '博士后日常经费')]),
      findings: [
        {
          sheet: SHEET,
          cell: 'A7',
          code: '20110',
          severity: 'warning',
          message: '科目编码 20110（人力资源事务）不在内置的 2024 年支出功能分类科目表中；如确为当年有效科目，请导入官方科目表后再校验',
        },
        {
          sheet: SHEET,
          cell: 'A8',
          code: '2011007',
          severity: 'warning',
          message: '科目编码 2011007（博士后日常经费）不在内置的 2024 年支出功能分类科目表中；如确为当年有效科目，请导入官方科目表后再校验',
        },
      ],
    },
    {
      name: 'an economic 款 the catalog lacks, under a known 类: 提示',
      sheets: table(
        [
          ['302', '商品和服务支出', 1, 0, 1],
          ['30297', '某费用', 1, 0, 1],
        ],
        2024,
        'economic',
      ),
      findings: [
        {
          sheet: '部门一般公共预算基本支出部门预算经济分类预算表',
          cell: 'A7',
          code: '30297',
          severity: 'info',
          message: '未收录于内置科目表：30297 某费用（请导入当年官方科目表核对）',
        },
      ],
    },
  ],
});
