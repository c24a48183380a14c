import { codeParent } from '../../../src/domain/check/rules/codeParent';
import { publishedSnapshots } from '../support/publishedWorkbook';
import { exp, SHEET } from '../support/ruleFixtures';
import { ruleTester } from '../support/ruleTester';

// code-parent: the parent of every 款 and 项 has its own row in the table.

ruleTester(codeParent, {
  valid: [
    { name: 'every parent listed', sheets: exp() },
    { name: 'one code column', sheets: exp(() => {}, { codes: 'single' }) },
    { name: 'published 2024', sheets: () => publishedSnapshots() },
  ],
  invalid: [
    {
      name: '款 row missing',
      sheets: exp((r) => r.splice(4, 1)),
      findings: [
        {
          sheet: SHEET,
          cell: 'A10',
          code: '2080501',
          severity: 'error',
          message: '科目 2080501（行政单位离退休）的上级科目 20805 行政事业单位养老支出 没有列在表中；上级科目应单列一行并等于其下级之和',
        },
      ],
    },
    {
      name: '类 row missing: reported at its first 款',
      sheets: exp((r) => r.splice(6, 1)),
      findings: [
        {
          sheet: SHEET,
          cell: 'A12',
          code: '22102',
          severity: 'error',
          message: '科目 22102（住房改革支出）的上级科目 221 住房保障支出 没有列在表中；上级科目应单列一行并等于其下级之和',
        },
      ],
    },
  ],
});
