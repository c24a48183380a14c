import { term, withText } from '../arithmetic';
import { roundingTolerance } from '../checkContext';
import { arithmeticRule, KeyedCheck } from '../rule';
import { childrenByParent, classifiedTables, LEVEL_ZH, rowSubject } from '../tables';

/** Each 类 equals the sum of its 款 and each 款 the sum of its 项, in every amount column. */
export const treeSum = arithmeticRule({
  id: 'tree-sum',
  severity: 'error',
  description: '表内：每个类等于其下各款之和、每个款等于其下各项之和（各金额列）',
  checks(wb, ctx) {
    const out: KeyedCheck[] = [];
    for (const table of classifiedTables(wb)) {
      const kids = childrenByParent(table);
      for (const parent of table.rows) {
        const code = parent.code;
        const children = code ? kids.get(code) : undefined;
        const childCode = children?.[0]?.code;
        if (!code || !children || childCode === undefined) continue;
        const level = LEVEL_ZH[childCode.length] ?? '科目';
        for (const col of table.columns) {
          const amount = parent.amounts[col.key];
          if (!amount) continue;
          out.push(
            withText(
              {
                rule: 'tree-sum',
                relation: 'eq',
                left: [term(table.sheet, amount, table.unit)],
                right: children
                  .map((c) => c.amounts[col.key])
                  .filter((a) => a !== undefined)
                  .map((a) => term(table.sheet, a, table.unit)),
                tolerance: roundingTolerance(ctx, table.unit, children.length),
                children: children.length,
                at: { sheet: table.sheet, cell: amount.cell, code, column: col.label },
              },
              () => {
                const subject = rowSubject(table, parent, col.label);
                return { description: `${subject} = 下级各${level}之和`, params: { subject, rightLabel: `下级各${level}之和`, level } };
              },
            ),
          );
        }
      }
    }
    return out;
  },
});
