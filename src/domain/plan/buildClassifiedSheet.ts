import { cellAddress, columnLetter, rangeAddress } from '../a1';
import type { Catalog } from '../catalog/catalog';
import { codeLevel, leafLevel, parentCode, splitCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import { renderMessage } from '../findings/messages';
import type { LineItem } from '../model/budgetData';
import { titleFor } from '../templates/editions';
import type { ClassifiedTableDef } from '../templates/types';
import type { PlanCell, RowMeta, RowRole, SheetPlan, StyledRange } from './sheetPlan';
import {
  BODY_STYLE,
  CODE_STYLE,
  HEADER_STYLE,
  NAME_STYLE,
  PARENT_STYLE,
  SUBTITLE_LEFT,
  SUBTITLE_RIGHT,
  TITLE_STYLE,
  TOTAL_LABEL_STYLE,
  yuanFormat,
} from './styles';

export const CLASSIFIED_HEADER_ROWS = 5;

interface TreeRow {
  code: string;
  name: string;
  children: string[];
  amounts: Record<string, number> | null; // leaf input in 分; null for parents
}

export interface ClassifiedBuildInput {
  readonly def: ClassifiedTableDef;
  readonly year: number;
  readonly department: string;
  readonly lines: readonly LineItem[];
  readonly catalog: Catalog;
}

/**
 * Lays out one 类/款/项 table: parents inserted from the catalog in code order, every parent and
 * the 合计 row a SUM over its children, every leaf 合计 the row identity over its parts.
 */
export function buildClassifiedSheet(input: ClassifiedBuildInput): { sheet: SheetPlan; findings: Finding[] } {
  const { def } = input;
  const findings: Finding[] = [];
  const title = titleFor(def, input.year);
  const tree = buildTree(input, findings);
  const codes = [...tree.keys()].sort();

  const codeCols = leafLevel(def.codeKind); // 3 functional, 2 economic
  const nameCol = codeCols + 1;
  const firstAmountCol = nameCol + 1;
  const colOf: Record<string, number> = {};
  def.columns.forEach((c, i) => (colOf[c.key] = firstAmountCol + i));
  const colAt = (key: string): number => {
    const col = colOf[key];
    if (col === undefined) throw new Error(`${def.id}: no column with key "${key}"`);
    return col;
  };
  const lastCol = firstAmountCol + def.columns.length - 1;
  const firstDataRow = CLASSIFIED_HEADER_ROWS + 1;
  const totalRow = firstDataRow + codes.length;
  const rowOf = new Map<string, number>(codes.map((c, i) => [c, firstDataRow + i]));
  const rowAt = (code: string): number => {
    const row = rowOf.get(code);
    if (row === undefined) throw new Error(`${def.id}: no row for code ${code}`);
    return row;
  };

  const grid: PlanCell[][] = [];
  const blank = (): PlanCell[] => new Array<PlanCell>(lastCol).fill(null);
  for (let r = 0; r < totalRow; r++) grid.push(blank());
  const set = (row: number, col: number, v: PlanCell) => {
    const line = grid[row - 1];
    if (!line) throw new RangeError(`${def.id}: row ${row} is outside the sheet (1–${grid.length})`);
    line[col - 1] = v;
  };

  // Header block, as published.
  set(1, 1, title);
  set(2, 1, `编制部门：${input.department}`);
  set(2, lastCol, `单位：${def.unit}`);
  set(3, 1, def.projectHeader);
  set(3, firstAmountCol, def.groupLabel);
  set(4, 1, def.codeHeader);
  set(4, nameCol, def.nameHeader);
  def.columns.forEach((c) => set(4, colAt(c.key), c.label));
  ['类', '款', '项'].slice(0, codeCols).forEach((l, i) => set(5, i + 1, l));
  const merges = [
    rangeAddress(1, 1, 1, lastCol),
    rangeAddress(2, 1, 2, nameCol),
    rangeAddress(3, 1, 3, nameCol),
    rangeAddress(3, firstAmountCol, 3, lastCol),
    rangeAddress(4, 1, 4, codeCols),
    rangeAddress(4, nameCol, 5, nameCol),
    ...def.columns.map((c) => rangeAddress(4, colAt(c.key), 5, colAt(c.key))),
    rangeAddress(totalRow, 1, totalRow, nameCol),
  ];
  if (def.columns.length === 1) merges.splice(3, 1); // a one-cell group label is not merged

  const rows: RowMeta[] = [];
  const parts = def.columns.filter((c) => !c.sumOf);
  const totalDef = def.columns.find((c) => c.sumOf);
  const allFen: number[] = [];

  for (const [code, node] of [...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = rowAt(code);
    splitCode(code).forEach((p, i) => set(row, i + 1, p));
    set(row, nameCol, node.name);
    const level = codeLevel(code);
    const role: RowRole = level === 1 ? 'class' : level === 2 && codeCols === 3 ? 'kuan' : 'item';
    rows.push({ row, role, code, label: node.name });
    if (node.children.length > 0) {
      const childRows = node.children.map(rowAt).sort((a, b) => a - b);
      for (const c of def.columns) set(row, colAt(c.key), sumFormula(colAt(c.key), childRows));
    } else {
      for (const c of parts) {
        const v = node.amounts?.[c.key];
        if (v !== undefined && v !== 0) {
          set(row, colAt(c.key), v / 100);
          allFen.push(v);
        }
      }
      if (totalDef) set(row, colAt(totalDef.key), identityFormula(row, (totalDef.sumOf ?? []).map(colAt)));
    }
  }

  set(totalRow, 1, def.totalLabel);
  const classRows = codes.filter((c) => c.length === 3).map(rowAt);
  for (const c of def.columns) set(totalRow, colAt(c.key), sumFormula(colAt(c.key), classRows));
  rows.push({ row: totalRow, role: 'total', label: def.totalLabel });

  const amountFormat = yuanFormat(allFen);
  const styles: StyledRange[] = [
    { range: rangeAddress(1, 1, 1, lastCol), style: TITLE_STYLE },
    { range: rangeAddress(2, 1, 2, nameCol), style: SUBTITLE_LEFT },
    { range: cellAddress(2, lastCol), style: SUBTITLE_RIGHT },
    { range: rangeAddress(3, 1, CLASSIFIED_HEADER_ROWS, lastCol), style: HEADER_STYLE },
    { range: rangeAddress(firstDataRow, 1, totalRow, lastCol), style: BODY_STYLE },
    { range: rangeAddress(firstDataRow, 1, totalRow, codeCols), style: CODE_STYLE },
    { range: rangeAddress(firstDataRow, nameCol, totalRow, nameCol), style: NAME_STYLE },
    { range: rangeAddress(firstDataRow, firstAmountCol, totalRow, lastCol), style: { numberFormat: amountFormat, hAlign: 'right' } },
    ...rows.filter((r) => r.role === 'class').map((r) => ({ range: rangeAddress(r.row, 1, r.row, lastCol), style: PARENT_STYLE })),
    { range: rangeAddress(totalRow, 1, totalRow, lastCol), style: PARENT_STYLE },
    { range: rangeAddress(totalRow, 1, totalRow, nameCol), style: TOTAL_LABEL_STYLE },
  ];

  const sheet: SheetPlan = {
    name: def.sheetName,
    cells: grid,
    styles,
    merges,
    // Two code columns must still fit "部门预算经济分类科目编码" over them.
    columnWidths: [...new Array<number>(codeCols).fill(codeCols === 2 ? 10 : 6), 36, ...def.columns.map(() => 17)],
    rowHeights: { 1: 30, 4: 28, 5: 20 },
    freeze: { rows: CLASSIFIED_HEADER_ROWS, columns: nameCol },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `3:${CLASSIFIED_HEADER_ROWS}`, centerHorizontally: true },
    conditionalFormats: [],
    layout: {
      tableId: def.id,
      title,
      unit: def.unit,
      headerRows: CLASSIFIED_HEADER_ROWS,
      firstDataRow,
      lastDataRow: totalRow,
      columns: colOf,
      rows,
    },
  };
  return { sheet, findings };
}

/** SUM over child rows: a range when they are contiguous, a list otherwise. */
export function sumFormula(col: number, childRows: readonly number[]): string {
  const letter = columnLetter(col);
  const [first] = childRows;
  const last = childRows[childRows.length - 1];
  if (first === undefined || last === undefined) return '=0';
  const contiguous = childRows.every((r, i) => r === first + i);
  if (contiguous) return childRows.length === 1 ? `=SUM(${letter}${first})` : `=SUM(${letter}${first}:${letter}${last})`;
  return `=SUM(${childRows.map((r) => `${letter}${r}`).join(',')})`;
}

function identityFormula(row: number, cols: readonly number[]): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const [first] = sorted;
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) throw new Error(`row ${row}: a 合计 column must sum at least one column`);
  const contiguous = sorted.every((c, i) => c === first + i);
  if (contiguous) return `=SUM(${cellAddress(row, first)}:${cellAddress(row, last)})`;
  return `=${sorted.map((c) => cellAddress(row, c)).join('+')}`;
}

function buildTree(input: ClassifiedBuildInput, findings: Finding[]): Map<string, TreeRow> {
  const { def, catalog } = input;
  const tree = new Map<string, TreeRow>();
  const kindZh = def.codeKind === 'functional' ? '支出功能分类' : '部门预算支出经济分类';
  const known = new Set(def.columns.map((c) => c.key));
  for (const line of input.lines) {
    const existing = tree.get(line.code);
    for (const key of Object.keys(line.amounts)) {
      if (!known.has(key)) {
        findings.push({
          rule: 'build/unknown-column',
          severity: 'warning',
          sheet: def.sheetName,
          code: line.code,
          column: key,
          message: renderMessage('build/unknown-column', { table: def.sheetName, code: line.code, column: key }),
        });
      }
    }
    if (existing?.amounts) {
      findings.push({
        rule: 'build/duplicate-code',
        severity: 'warning',
        sheet: def.sheetName,
        code: line.code,
        message: renderMessage('build/duplicate-code', { table: def.sheetName, code: line.code }),
      });
      for (const [k, v] of Object.entries(line.amounts)) existing.amounts[k] = (existing.amounts[k] ?? 0) + v;
      continue;
    }
    const name = catalog.name(line.code) ?? line.name ?? '';
    if (!catalog.has(line.code)) {
      findings.push({
        rule: 'build/unknown-code',
        severity: 'warning',
        sheet: def.sheetName,
        code: line.code,
        message: renderMessage('build/unknown-code', { code: line.code, edition: catalog.edition, kind: kindZh, name: line.name ?? '' }),
      });
    }
    tree.set(line.code, { code: line.code, name, children: [], amounts: { ...line.amounts } });
  }
  // Insert the missing 款 and 类 above every line, named from the catalog.
  for (const code of [...tree.keys()]) {
    let child = code;
    let parent = parentCode(child);
    while (parent !== null) {
      let node = tree.get(parent);
      if (!node) {
        node = { code: parent, name: catalog.name(parent) ?? '', children: [], amounts: null };
        tree.set(parent, node);
        if (!catalog.has(parent)) {
          findings.push({
            rule: 'build/unknown-code',
            severity: 'warning',
            sheet: def.sheetName,
            code: parent,
            message: renderMessage('build/unknown-code', { code: parent, edition: catalog.edition, kind: kindZh, name: '' }),
          });
        }
      }
      if (!node.children.includes(child)) node.children.push(child);
      child = parent;
      parent = parentCode(child);
    }
  }
  for (const node of tree.values()) {
    if (node.children.length > 0 && node.amounts && Object.values(node.amounts).some((v) => v !== 0)) {
      findings.push({
        rule: 'build/parent-with-amount',
        severity: 'warning',
        sheet: def.sheetName,
        code: node.code,
        message: renderMessage('build/parent-with-amount', { table: def.sheetName, code: node.code }),
      });
    }
    if (node.children.length > 0) node.amounts = null;
    node.children.sort();
  }
  return tree;
}
