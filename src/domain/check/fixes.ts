import { cellAddress, parseCellAddress } from '../a1';
import { parentCode, splitCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import { sumFormula } from '../plan/buildClassifiedSheet';
import type { PlanCell } from '../plan/sheetPlan';
import type { ParsedClassifiedTable, ParsedWorkbook } from '../read/parsedTables';
import { expectationsAfter } from '../port/editExpectations';
import type { CellValue, SheetOverlay, SheetSnapshot, WorkbookEdit } from '../port/workbookPort';
import { catalogFor } from './catalogFor';
import type { CheckContext } from './checkContext';
import { formulaSlots } from './restoreFormula';
import { classifiedTables } from './tables';

// Fixes the checker is sure about, as data: the pane shows them, applies the steps through the
// workbook host and keeps the undo steps (old values and formulas) to take them back.

/** One edit, applied through the port's applyEdits. */
export type FixStep = WorkbookEdit;

export interface Fix {
  /** Stable id: kind + sheet + cell. */
  readonly id: string;
  readonly kind: 'restore-formula' | 'insert-parent';
  readonly sheet: string;
  /** The cell fixed; for an inserted row, its code cell. */
  readonly cell: string;
  /** zh-CN, for the pane's button. */
  readonly description: string;
  /** The findings the fix resolves. */
  readonly resolves: ReadonlyArray<{ readonly rule: string; readonly sheet: string; readonly cell?: string }>;
  /** Steps in order. */
  readonly apply: readonly FixStep[];
  /** Steps that restore the workbook as it was, in order. */
  readonly undo: readonly FixStep[];
}

/** What the pane needs to apply one fix: the steps, the undo steps and a highlight of the touched cells. */
export interface FixPlan {
  readonly apply: readonly FixStep[];
  readonly undo: readonly FixStep[];
  readonly highlight: SheetOverlay;
}

export const FIX_HIGHLIGHT = '#E2EFDA';

function oldContent(snapshots: ReadonlyMap<string, SheetSnapshot>, sheet: string, cell: string): PlanCell {
  const snap = snapshots.get(sheet);
  const { row, col } = parseCellAddress(cell);
  const formula = snap?.formulas[row - 1]?.[col - 1] ?? null;
  if (formula) return formula;
  const v: CellValue = snap?.values[row - 1]?.[col - 1] ?? null;
  return v;
}

function describeOld(old: PlanCell): string {
  if (old === null || old === '') return '空白';
  if (typeof old === 'string' && old.startsWith('=')) return `公式 ${old}`;
  return `数值 ${String(old)}`;
}

const ARITHMETIC_IN_TABLE = new Set(['tree-sum', 'total-sum', 'row-identity', 'formula-typed-over']);

/**
 * Fixes for the findings where the remedy is certain:
 * - a total typed over, or a wrong total formula, in a table whose totals are formulas → the SUM
 *   (or 合计 = parts) formula back in that cell;
 * - a missing 类/款 row → insert it above its first child, named from the catalog, its amounts the
 *   SUM of its children; the row above it (or 合计) re-pointed to include it when that is a formula.
 * Tables made of typed numbers get no automatic fix: which figure is wrong is the officer's call.
 */
export function proposeFixes(
  snapshots: readonly SheetSnapshot[],
  parsed: ParsedWorkbook,
  findings: readonly Finding[],
  ctx: CheckContext,
): Fix[] {
  const snaps = new Map(snapshots.map((s) => [s.name, s]));
  const fixes = new Map<string, Fix>();
  for (const table of classifiedTables(parsed)) {
    const slots = formulaSlots(table);
    const formulaBased = slots.filter((s) => s.row.amounts[s.columnKey]?.formula).length * 2 >= slots.length && slots.length > 0;
    const bySlotCell = new Map(slots.map((s) => [s.cell, s]));
    for (const f of findings) {
      if (f.sheet !== table.sheet || !f.cell || f.severity === 'info' || !ARITHMETIC_IN_TABLE.has(f.rule)) continue;
      const slot = bySlotCell.get(f.cell);
      if (!slot) continue;
      const formula = slot.row.amounts[slot.columnKey]?.formula ?? null;
      // A wrong formula is always fixable; a typed number only when the table's totals are formulas.
      if (!(formula !== null ? normalizeFormula(formula) !== normalizeFormula(slot.formula) : formulaBased)) continue;
      const id = `restore-formula:${table.sheet}!${slot.cell}`;
      const existing = fixes.get(id);
      if (existing) {
        fixes.set(id, { ...existing, resolves: [...existing.resolves, { rule: f.rule, sheet: table.sheet, cell: f.cell }] });
        continue;
      }
      const old = oldContent(snaps, table.sheet, slot.cell);
      fixes.set(id, {
        id,
        kind: 'restore-formula',
        sheet: table.sheet,
        cell: slot.cell,
        description: renderMessage('fix/restore-formula', {
          sheet: table.sheet,
          cell: slot.cell,
          formula: slot.formula,
          old: describeOld(old),
        }),
        resolves: [{ rule: f.rule, sheet: table.sheet, cell: f.cell }],
        apply: [{ kind: 'set', sheet: table.sheet, cell: slot.cell, value: slot.formula }],
        undo: [{ kind: 'set', sheet: table.sheet, cell: slot.cell, value: old }],
      });
    }
    for (const f of findings) {
      if (f.sheet !== table.sheet || f.rule !== 'code-parent' || !f.params) continue;
      const fix = insertParentFix(table, String(f.params.parent), snaps, ctx, formulaBased);
      if (fix) fixes.set(fix.id, { ...fix, resolves: [{ rule: f.rule, sheet: table.sheet, ...(f.cell ? { cell: f.cell } : {}) }] });
    }
  }
  return [...fixes.values()];
}

function normalizeFormula(f: string): string {
  return f.replace(/\s/g, '').replace(/\$/g, '').toUpperCase();
}

function insertParentFix(
  table: ParsedClassifiedTable,
  parent: string,
  snaps: ReadonlyMap<string, SheetSnapshot>,
  ctx: CheckContext,
  formulaBased: boolean,
): Omit<Fix, 'resolves'> | null {
  const children = table.rows.filter((r) => r.code && parentCode(r.code) === parent);
  const [codeCol] = table.codeColumns;
  if (children.length === 0 || codeCol === undefined) return null;
  const at = Math.min(...children.map((c) => c.row));
  const shift = (r: number) => (r >= at ? r + 1 : r);
  const sumOf = (col: number, rows: readonly number[]) =>
    sumFormula(
      col,
      [...rows].sort((a, b) => a - b),
    );
  const name = catalogFor(table, ctx).name(parent) ?? '';
  const apply: FixStep[] = [{ kind: 'insertRows', sheet: table.sheet, row: at, count: 1 }];
  const parts = splitCode(parent);
  if (table.codeColumns.length === 1) apply.push({ kind: 'set', sheet: table.sheet, cell: cellAddress(at, codeCol), value: parent });
  else
    parts.forEach((p, i) => {
      const col = table.codeColumns[i];
      if (col !== undefined) apply.push({ kind: 'set', sheet: table.sheet, cell: cellAddress(at, col), value: p });
    });
  apply.push({ kind: 'set', sheet: table.sheet, cell: cellAddress(at, table.nameColumn), value: name });
  const childRows = children.map((c) => shift(c.row));
  for (const col of table.columns)
    apply.push({ kind: 'set', sheet: table.sheet, cell: cellAddress(at, col.col), value: sumOf(col.col, childRows) });

  // The row above the new one (its own parent, or 合计 for a new 类) must now sum it instead of
  // its children; re-pointed only where it already is a formula.
  const undo: FixStep[] = [{ kind: 'deleteRows', sheet: table.sheet, row: at, count: 1 }];
  const grand = parentCode(parent);
  const siblings = table.rows.filter(
    (r) => r.code && (grand === null ? parentCode(r.code) === null : parentCode(r.code) === grand) && r.code !== parent,
  );
  const upper = grand === null ? table.total : table.rows.find((r) => r.code === grand);
  if (upper && (formulaBased || table.columns.some((c) => upper.amounts[c.key]?.formula))) {
    const rows = [...siblings.map((s) => shift(s.row)), at];
    for (const col of table.columns) {
      const a = upper.amounts[col.key];
      if (!a?.formula) continue;
      const newCell = cellAddress(shift(upper.row), col.col);
      apply.push({ kind: 'set', sheet: table.sheet, cell: newCell, value: sumOf(col.col, rows) });
      undo.push({ kind: 'set', sheet: table.sheet, cell: a.cell, value: oldContent(snaps, table.sheet, a.cell) });
    }
  }
  const cell = cellAddress(at, codeCol);
  return {
    id: `insert-parent:${table.sheet}!${parent}`,
    kind: 'insert-parent',
    sheet: table.sheet,
    cell,
    description: renderMessage('fix/insert-parent', { sheet: table.sheet, row: at, code: parent, name }),
    apply,
    undo,
  };
}

/** The steps, their undo, and a highlight of the cells the fix writes (after it is applied). */
export function fixToPlan(fix: Fix): FixPlan {
  const cells = fix.apply.filter((s): s is Extract<FixStep, { kind: 'set' }> => s.kind === 'set');
  return {
    apply: fix.apply,
    // The undo first checks that every cell the fix wrote still holds it; otherwise it changes nothing.
    undo: [...expectationsAfter(fix.apply), ...fix.undo],
    highlight: { sheet: fix.sheet, fills: cells.map((s) => ({ range: s.cell, color: FIX_HIGHLIGHT })) },
  };
}
