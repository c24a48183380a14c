import { canonicalName } from '../catalog/catalog';
import type { Fen } from '../money';
import {
  classifiedTable,
  sangongTable,
  summaryTable,
  type ParsedAmount,
  type ParsedClassifiedTable,
  type ParsedSummaryTable,
  type ParsedWorkbook,
} from '../read/parsedTables';
import { removeSpace } from '../read/tableTitles';
import type { CodeTableDef } from '../templates/formTypes';
import { provinceEditionOf } from '../templates/provinceEditions';
import { isAmountKey, isPreviousKey, type AmountKey, type CellRef, type ClassFact, type PreviousKey } from './facts';

// The figures the 编制说明 quotes, taken from whichever standard tables the workbook has: the
// summary tables first (what the public reads), the detail tables when a summary is missing.
// Used for this year's workbook and, the same way, for last year's.

export interface TableFigure {
  /** 分; null when the cell is blank (the line exists, so the narrative prints 0). */
  readonly fen: Fen | null;
  readonly source: CellRef;
}

export interface TableFigures {
  readonly amounts: Readonly<Partial<Record<PreviousKey, TableFigure>>>;
  /** Figures only a province edition's tables give (no 上年数 line holds them). */
  readonly province: Readonly<Partial<Record<AmountKey, TableFigure>>>;
  /** 支出预算 by 类 as a province edition's 收支预算总表 lists them (see NarrativeFacts.expenditureClasses). */
  readonly expenditureClasses?: ReadonlyArray<{ readonly name: string; readonly fen: Fen; readonly source: CellRef }>;
  /** 财政拨款支出 by 类 (一般公共预算 + 政府性基金 + 国有资本经营), code order. */
  readonly classes: readonly ClassFact[];
  /** The same for every 类, 款 and 项 row, code order (a 项-level list is checked against these). */
  readonly lines: readonly ClassFact[];
  /** 项目支出 total of the 支出预算总表: the ceiling for 绩效目标 funds. */
  readonly projectTotal?: TableFigure;
}

const SANGONG_KEYS: ReadonlyArray<readonly [PreviousKey, string]> = [
  ['sangong.total', 'total'],
  ['sangong.abroad', 'abroad'],
  ['sangong.reception', 'reception'],
  ['sangong.vehicle', 'vehicle'],
  ['sangong.vehiclePurchase', 'vehiclePurchase'],
  ['sangong.vehicleOperation', 'vehicleOperation'],
  ['office', 'officeOperation'],
];

const INCOME_LINES: ReadonlyArray<readonly [PreviousKey, string, string]> = [
  ['income.fiscal', '财政拨款收入', 'fiscal'],
  ['income.business', '事业收入', 'business'],
  ['income.operating', '事业单位经营收入', 'operating'],
  ['income.other', '其他收入', 'other'],
];

function fig(sheet: string, a: ParsedAmount | undefined): TableFigure | undefined {
  return a ? { fen: a.fen, source: { sheet, cell: a.cell } } : undefined;
}

function totalOf(t: ParsedClassifiedTable | undefined, column: string): TableFigure | undefined {
  return t?.total ? fig(t.sheet, t.total.amounts[column]) : undefined;
}

function incomeLine(fs: ParsedSummaryTable | undefined, name: string): TableFigure | undefined {
  const line = fs?.income.find((l) => canonicalName(l.name) === canonicalName(name));
  return fs && line ? fig(fs.sheet, line.amounts.income) : undefined;
}

export function tableFigures(wb: ParsedWorkbook): TableFigures {
  const amounts: Partial<Record<PreviousKey, TableFigure>> = {};
  const set = (k: PreviousKey, f: TableFigure | undefined) => {
    if (f) amounts[k] = f;
  };
  const fs = summaryTable(wb, 'financeSummary');
  const fiscal = summaryTable(wb, 'fiscalSummary');
  const income = classifiedTable(wb, 'income');
  const expenditure = classifiedTable(wb, 'expenditure');
  const funds = (['generalPublic', 'govFund', 'stateCapital'] as const).map((id) => classifiedTable(wb, id));
  const [gp, gf, sc] = funds;

  set('income.total', (fs?.incomeTotal ? fig(fs.sheet, fs.incomeTotal.amounts.income) : undefined) ?? totalOf(income, 'total'));
  for (const [key, name, column] of INCOME_LINES) set(key, incomeLine(fs, name) ?? totalOf(income, column));

  set(
    'expenditure.total',
    (fs?.expenditureTotal ? fig(fs.sheet, fs.expenditureTotal.amounts.expenditure) : undefined) ?? totalOf(expenditure, 'total'),
  );
  const fiscalTotal = (id: string) => (fiscal?.expenditureTotal ? fig(fiscal.sheet, fiscal.expenditureTotal.amounts[id]) : undefined);
  set('expenditure.generalPublic', totalOf(gp, 'total') ?? fiscalTotal('generalPublic'));
  set('expenditure.govFund', totalOf(gf, 'total') ?? fiscalTotal('govFund'));
  set('expenditure.stateCapital', totalOf(sc, 'total') ?? fiscalTotal('stateCapital'));
  const parts = (['expenditure.generalPublic', 'expenditure.govFund', 'expenditure.stateCapital'] as const)
    .map((k) => amounts[k])
    .filter((f): f is TableFigure => !!f);
  set(
    'expenditure.fiscal',
    fiscalTotal('total') ?? (parts[0] ? { fen: parts.reduce((s, p) => s + (p.fen ?? 0), 0), source: parts[0].source } : undefined),
  );

  const sg = sangongTable(wb);
  if (sg) for (const [key, col] of SANGONG_KEYS) set(key, fig(sg.sheet, sg.amounts[col]));
  // A province edition names in its data which of its figures the text quotes (江苏's 三公 form, its
  // 机关运行经费 table's 合计, its 收支总表's totals); a figure the standard tables gave already stays.
  const province: Partial<Record<AmountKey, TableFigure>> = {};
  for (const [key, f] of provinceFigures(wb)) {
    if (isPreviousKey(key)) {
      if (!amounts[key]) set(key, f);
    } else province[key] ??= f;
  }
  // A 收支预算总表 that sets 上年结转 and 结转下年 apart (江苏) has no 财务收支预算总表: its 收入合计
  // and 支出合计 are the 收入预算 and 支出预算 the text states.
  if (!amounts['income.total']) set('income.total', province['summary.incomeTotal']);
  if (!amounts['expenditure.total']) set('expenditure.total', province['summary.expenditureTotal']);

  const projectTotal = totalOf(expenditure, 'project');
  const lines = codeLines(funds, income);
  const expenditureClasses = provinceClassLines(wb);
  return {
    amounts,
    province,
    classes: lines.filter((l) => l.code.length === 3),
    lines,
    ...(projectTotal ? { projectTotal } : {}),
    ...(expenditureClasses ? { expenditureClasses } : {}),
  };
}

/** One line per code with 财政拨款 spending; the 收入预算总表's 财政拨款 column when the fund tables are absent. */
function codeLines(funds: ReadonlyArray<ParsedClassifiedTable | undefined>, income: ParsedClassifiedTable | undefined): ClassFact[] {
  const present = funds.filter((t): t is ParsedClassifiedTable => !!t);
  const sources: Array<{ t: ParsedClassifiedTable; column: string }> =
    present.length > 0 ? present.map((t) => ({ t, column: 'total' })) : income ? [{ t: income, column: 'fiscal' }] : [];
  const byCode = new Map<string, { name: string; fen: Fen; source: CellRef }>();
  for (const { t, column } of sources) {
    for (const row of t.rows) {
      if (row.role === 'total' || row.code === undefined) continue;
      const a = row.amounts[column];
      const fen = a?.fen ?? 0;
      const prev = byCode.get(row.code);
      if (prev) prev.fen += fen;
      else byCode.set(row.code, { name: row.name, fen, source: { sheet: t.sheet, cell: a?.cell ?? row.codeCell ?? '' } });
    }
  }
  return [...byCode.entries()]
    .filter(([, v]) => v.fen !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, v]) => ({ code, name: v.name, fen: v.fen, source: v.source }));
}

/** The figures of a province edition's tables that its data marks as quoted by the 编制说明. */
function provinceFigures(wb: ParsedWorkbook): Array<readonly [AmountKey, TableFigure]> {
  const edition = provinceEditionOf(wb);
  if (!edition) return [];
  const out: Array<readonly [AmountKey, TableFigure]> = [];
  for (const def of edition.tables) {
    if (def.kind === 'form') {
      const form = wb.provinceTables?.find((t) => t.kind === 'form' && t.tableId === def.id);
      if (form?.kind !== 'form') continue;
      for (const field of def.fields) {
        const a = form.fields[field.key];
        const f = fig(form.sheet, a);
        if (field.narrative !== undefined && isAmountKey(field.narrative) && f) out.push([field.narrative, f]);
      }
    } else if (def.kind === 'outline' && def.narrative) {
      const outline = wb.provinceTables?.find((t) => t.kind === 'outline' && t.tableId === def.id);
      if (outline?.kind !== 'outline') continue;
      const { total, lines = {} } = def.narrative;
      const f = outline.total ? fig(outline.sheet, outline.total.amount) : undefined;
      if (total !== undefined && isAmountKey(total) && f) out.push([total, f]);
      for (const row of outline.rows) {
        const key = row.level === 0 ? lines[removeSpace(row.label)] : undefined;
        const g = fig(outline.sheet, row.amount);
        if (key !== undefined && isAmountKey(key) && g) out.push([key, g]);
      }
    } else if (def.kind === 'codeTable') {
      const t = classifiedTable(wb, def.id);
      const f = totalOf(t, 'total');
      if (def.narrativeTotal !== undefined && isAmountKey(def.narrativeTotal) && f) out.push([def.narrativeTotal, f]);
      if (t && f && def.narrativeParts) out.push(...classSums(t, def.narrativeParts, f));
    }
  }
  return out;
}

/**
 * Each part's figure: the sum of the code table's 类 it names (or of every 类 the other parts do not
 * name), each 类 its own row or, printed without one, the sum of its 款. Its source is the first row
 * counted, or the table's 合计 when none is (the part is then 0).
 */
function classSums(
  t: ParsedClassifiedTable,
  parts: NonNullable<CodeTableDef['narrativeParts']>,
  total: TableFigure,
): Array<readonly [AmountKey, TableFigure]> {
  const named = new Set(parts.flatMap((p) => (p.classes === 'others' ? [] : p.classes)));
  // The shortest code of each 类 is its top row: the 类 itself, or its 款 when the 类 has no row.
  const top = new Map<string, number>();
  for (const r of t.rows) {
    if (r.code === undefined) continue;
    const cls = r.code.slice(0, 3);
    top.set(cls, Math.min(top.get(cls) ?? Infinity, r.code.length));
  }
  const rows = t.rows.filter((r) => r.code !== undefined && r.code.length === top.get(r.code.slice(0, 3)));
  return parts.flatMap((part) => {
    if (!isAmountKey(part.key)) return [];
    const counts = (cls: string) => (part.classes === 'others' ? !named.has(cls) : part.classes.includes(cls));
    let fen = 0;
    let source: CellRef | undefined;
    for (const r of rows) {
      if (!counts(r.code?.slice(0, 3) ?? '')) continue;
      const a = r.amounts.total;
      fen += a?.fen ?? 0;
      source ??= a ? { sheet: t.sheet, cell: a.cell } : undefined;
    }
    return [[part.key, { fen, source: source ?? total.source }] as const];
  });
}

/** The 类 lines of a province edition's 收支预算总表 that its data marks as quoted (支出预算 by 类). */
function provinceClassLines(wb: ParsedWorkbook): TableFigures['expenditureClasses'] {
  for (const def of provinceEditionOf(wb)?.tables ?? []) {
    if (def.kind !== 'form') continue;
    const list = def.lists?.find((l) => l.narrative === 'expenditureClasses');
    const form = list ? wb.provinceTables?.find((t) => t.kind === 'form' && t.tableId === def.id) : undefined;
    if (!list || form?.kind !== 'form') continue;
    return (form.lists[list.key] ?? [])
      .filter((l) => l.amount.fen !== null)
      .map((l) => ({ name: l.name, fen: l.amount.fen ?? 0, source: { sheet: form.sheet, cell: l.amount.cell } }));
  }
  return undefined;
}
