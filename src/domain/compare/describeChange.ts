import { renderMessage } from '../findings/messages';
import { formatThousands } from '../money';
import type { Change, TableChanges } from './change';

/** 分 → "1,234" or "1,234.56" 元 text; "空" for a blank, "未知" for a formula never calculated. */
export function yuanText(fen: number | null, blank = '空'): string {
  if (fen === null) return blank;
  return formatThousands(fen / 100, fen % 100 === 0 ? 0 : 2);
}

export function signedYuanText(fen: number | null): string {
  if (fen === null) return '—';
  return `${fen > 0 ? '+' : ''}${yuanText(fen)}`;
}

function itemText(c: Change): string {
  if (c.code === null) return c.name === c.columnLabel ? '' : c.name; // 三公: the column says it all
  if (c.tableId === 'financeSummary' || c.tableId === 'fiscalSummary') return c.name;
  return `${c.code} ${c.name}`;
}

/** One line of zh-CN describing a change, as listed in 修改对照 and by `budget compare`. */
export function describeChange(c: Change): string {
  const item = itemText(c);
  switch (c.kind) {
    case 'added':
      return renderMessage('compare/added', { item, after: yuanText(c.after, '0') });
    case 'removed':
      return renderMessage('compare/removed', { item, cell: c.submittedCell ?? '', before: yuanText(c.before, '0') });
    case 'renamed':
      return renderMessage('compare/renamed', { code: c.code ?? '', before: c.nameBefore, after: c.nameAfter });
    case 'changed': {
      const column = c.columnLabel ?? c.column ?? '';
      if (c.formulaChange === 'formula→value') {
        return renderMessage('compare/formula-to-value', {
          item,
          column,
          formula: c.formula ?? '',
          before: yuanText(c.before, '未计算'),
          after: yuanText(c.after),
        });
      }
      if (c.formulaChange === 'value→formula') {
        return renderMessage('compare/value-to-formula', {
          item,
          column,
          formula: c.formula ?? '',
          before: yuanText(c.before),
          after: yuanText(c.after, '未计算'),
        });
      }
      return renderMessage('compare/changed', {
        item,
        column,
        before: yuanText(c.before),
        after: yuanText(c.after),
        difference: signedYuanText(c.difference),
      });
    }
  }
}

/** "2 收入预算总表：3 处修改；合计 −10,000 元（财政拨款收入 −10,000 元）" */
export function describeTable(t: TableChanges): string {
  const moved = t.totals.filter((x) => x.difference !== null && x.difference !== 0);
  const totals =
    moved.length === 0
      ? '表内合计不变'
      : `表内合计变动 ${moved.map((x) => `${x.columnLabel} ${signedYuanText(x.difference)} 元`).join('，')}`;
  return renderMessage('compare/table-summary', { sheet: t.sheet, count: t.changes.length, totals });
}
