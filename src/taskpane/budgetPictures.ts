import { narrativeFromSheets } from '../domain/narrative/narrativeFromSheets';
import type { ParsedWorkbook } from '../domain/read/parsedTables';
import { classifiedTable } from '../domain/read/parsedTables';
import type { SheetSnapshot } from '../domain/port/workbookPort';

// The figures behind the pane's pictures, from the workbook's own tables and 上年数 sheet (分).

export interface ClassBar {
  readonly code: string;
  readonly name: string;
  /** 财政拨款支出 this year. */
  readonly current: number;
  readonly previous: number;
  /** current − previous. */
  readonly change: number;
}

export interface ClassComparison {
  readonly year: number;
  readonly previousYear: number;
  readonly classes: readonly ClassBar[];
}

/** 本年 vs 上年 by 类 (财政拨款支出): null when no 类 has a 上年数. */
export function classComparison(snapshots: readonly SheetSnapshot[]): ClassComparison | null {
  const { facts } = narrativeFromSheets({ sheets: snapshots });
  if (!facts) return null;
  const classes = facts.classes.flatMap((c) =>
    c.previous !== undefined ? [{ code: c.code, name: c.name, current: c.fen, previous: c.previous, change: c.fen - c.previous }] : [],
  );
  return classes.length > 0 ? { year: facts.year, previousYear: facts.previousYear, classes } : null;
}

export interface Composition {
  /** "支出按性质", "基本支出按经济分类". */
  readonly title: string;
  readonly sheet: string;
  readonly parts: ReadonlyArray<{ readonly label: string; readonly fen: number; readonly cell: string }>;
  readonly total: number;
}

/** Where the money goes: 基本支出 / 项目支出 (支出预算总表) and 人员经费 / 公用经费 (基本支出经济分类表). */
export function compositions(parsed: ParsedWorkbook): Composition[] {
  const out: Composition[] = [];
  const of = (id: 'expenditure' | 'economic', title: string, keys: readonly string[]) => {
    const t = classifiedTable(parsed, id);
    const row = t?.total;
    if (!t || !row) return;
    const parts = keys.flatMap((k) => {
      const a = row.amounts[k];
      const col = t.columns.find((c) => c.key === k);
      return a && col && (a.fen ?? 0) > 0 ? [{ label: col.label, fen: a.fen ?? 0, cell: a.cell }] : [];
    });
    const total = parts.reduce((s, p) => s + p.fen, 0);
    if (parts.length > 0 && total > 0) out.push({ title, sheet: t.sheet, parts, total });
  };
  of('expenditure', '支出按性质：基本支出与项目支出', ['basic', 'project']);
  of('economic', '基本支出按经济分类：人员经费与公用经费', ['personnel', 'public']);
  return out;
}

/** "1,234.56 万元"; signed when asked: "+12.30 万元", "-5.00 万元". */
export function wan(fen: number, signed = false): string {
  const text = (Math.abs(fen) / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sign = fen < 0 ? '-' : signed && fen > 0 ? '+' : '';
  return `${sign}${text} 万元`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
