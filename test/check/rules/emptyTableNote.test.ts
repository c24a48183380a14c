import { emptyTableNote } from '../../../src/domain/check/rules/emptyTableNote';
import { corpusSnapshots, corpusWith, FINANCE_BUREAU, PUTUO_OFFICE_DEPT, WANLI_2024, WANLI_2025 } from '../../corpus/support/corpus';
import { ruleTester } from '../support/ruleTester';
import { snapshot } from '../support/snapshots';

// empty-table-note: "注：本部门…无…，故本表为空表" is the published form of an empty table (nothing to
// report); the same note under a table that prints figures contradicts them.

const GOV_FUND = '部门政府性基金拨款表';

/** A 政府性基金 table published empty: header, 合计 row without figures, and the note. */
function emptyGovFund(extra: Array<Array<string | number | null>> = []) {
  return [
    snapshot(GOV_FUND, [
      [],
      ['2025年部门政府性基金预算支出功能分类预算表'],
      [],
      ['编制部门：某局', null, null, null, null, null, '单位：元'],
      [],
      ['项目', null, null, null, '政府性基金预算支出'],
      ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      ...extra,
      ['合计'],
      ['注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。'],
    ]),
  ];
}

ruleTester(emptyTableNote, {
  valid: [
    { name: 'an empty table with its note', sheets: emptyGovFund() },
    { name: 'the body written "无"', sheets: emptyGovFund([['无', null, null, '无', '无', '无', '无']]) },
    { name: 'a row of zeros without a code', sheets: emptyGovFund([[null, null, null, null, 0, 0, 0]]) },
    { name: `corpus: ${WANLI_2025} (two empty tables with notes)`, sheets: () => corpusSnapshots(WANLI_2025) },
    { name: `corpus: ${PUTUO_OFFICE_DEPT}`, sheets: () => corpusSnapshots(PUTUO_OFFICE_DEPT) },
    { name: `corpus: ${FINANCE_BUREAU} (empty tables without a note)`, sheets: () => corpusSnapshots(FINANCE_BUREAU) },
  ],
  invalid: [
    {
      // 2024_普陀区万里街道办事处_部门预算.txt line 791 prints the 三公 figures (合计 47.91 万元 …),
      // line 794 under them: "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
      name: 'corpus: the 三公 table prints figures under a note saying it is empty',
      sheets: () => corpusSnapshots(WANLI_2024),
      findings: [
        {
          severity: 'warning',
          sheet: '部门“三公”经费和机关运行费预算表',
          cell: 'A8',
          message:
            '“部门“三公”经费和机关运行费预算表”的表注称“本部门2024年无“三公”经费和机关运行经费预算，故本表为空表”，但表中列有数字（A7 为 47.91 万元），表注与表中数字不符，请核对',
        },
      ],
    },
    {
      name: 'a figure in the 合计 row of a table noted empty',
      sheets: corpusWith(WANLI_2025, GOV_FUND, 'E9', 1000),
      findings: [
        {
          severity: 'warning',
          sheet: GOV_FUND,
          cell: 'A10',
          message:
            '“部门政府性基金拨款表”的表注称“本部门2025年无政府性基金预算财政拨款安排的预算 ，故本表为空表”，但表中列有数字（E9 为 1,000 元），表注与表中数字不符，请核对',
        },
      ],
    },
  ],
});
