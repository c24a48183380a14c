import { detachedText } from '../detachedText';
import { cellAddress, parseRangeAddress } from '../a1';
import type { Finding } from '../findings/finding';
import { parseAmount } from '../read/parseAmount';
import { isGeneratedSheet } from '../read/tableTitles';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { projectFinding } from './projectFinding';
import { Indicator, ProjectSchema, SubItem } from './project';
import { parseDateText } from './projectDates';
import { issueZh } from './projectList';
import type { ProjectCellField, ProjectCells, ProjectRecord, ProjectSheetKind } from './projectRecord';
import { LabelField, labelField, labelUnit } from './projectSheetLabels';
import { stringFormulaText } from './projectSheetGrid';
import { evaluateSimpleFormula } from './simpleFormula';

// Reads the project sheets back from any workbook: sheets are recognised by their row labels
// (项目名称, 六、年度预算安排, 申报单位名称, 一级指标 …), not by name or position, so officers may
// rename sheets, insert rows or retype labels in the 2019/2020 wording. Bad cells become findings
// naming the sheet and cell; a block without a 项目名称 is skipped with a finding.

const TEXT_FIELDS: ReadonlySet<ProjectCellField> = new Set([
  'name',
  'applicant',
  'category',
  'performanceType',
  'overview',
  'basis',
  'necessity',
  'measures',
  'implementer',
  'plan',
  'cycle',
  'goal',
  'performance',
  'budgetRemark',
  'remark',
]);
const AMOUNT_FIELDS: ReadonlySet<ProjectCellField> = new Set(['totalBudget', 'budget', 'previousBudget', 'previousExecuted']);
const CELL_FIELDS: ReadonlySet<LabelField> = new Set([...TEXT_FIELDS, ...AMOUNT_FIELDS, 'startDate', 'endDate', 'governmentPurchase']);
const PERFORMANCE_MARKERS: ReadonlySet<LabelField> = new Set([
  'applicant',
  'targetsSection',
  'level1',
  'fundsSection',
  'previousBudget',
  'previousExecuted',
]);
const EXPLANATION_MARKERS: ReadonlySet<LabelField> = new Set(['budgetSection', 'implementer', 'cycle']);

interface SheetView {
  readonly snap: SheetSnapshot;
  readonly labels: ReadonlyMap<number, ReadonlyArray<{ col: number; field: LabelField; text: string }>>;
  readonly masterOf: (row: number, col: number) => { row: number; col: number; lastCol: number };
}

function valueAt(snap: SheetSnapshot, row: number, col: number): CellValue {
  return snap.values[row - 1]?.[col - 1] ?? null;
}

function formulaAt(snap: SheetSnapshot, row: number, col: number): string | null {
  return snap.formulas[row - 1]?.[col - 1] ?? null;
}

/** The cell's value; for a text formula (="=100%") saved without its result, the text it stands for. */
function textAt(snap: SheetSnapshot, row: number, col: number): CellValue {
  const v = valueAt(snap, row, col);
  if (v !== null) return v;
  const f = formulaAt(snap, row, col);
  return f ? stringFormulaText(f) : null;
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * labelField once per distinct text: every string cell of every sheet is tried, texts repeat within
 * a workbook, and across the workbooks of a batch (科目 names, headers). labelField is pure, so the
 * memo is shared; it is emptied when it grows past a bound, and it keeps copies of the texts, not
 * slices of their workbooks' XML (see detachedText), so memory stays flat over any batch.
 */
const LABEL_MEMO_LIMIT = 100_000;
const labelMemo = new Map<string, LabelField | null>();

function cachedLabelField(v: string): LabelField | null {
  let field = labelMemo.get(v);
  if (field === undefined) {
    if (labelMemo.size >= LABEL_MEMO_LIMIT) labelMemo.clear();
    labelMemo.set(detachedText(v), (field = labelField(v)));
  }
  return field;
}

function viewOf(snap: SheetSnapshot): SheetView {
  // Merged areas indexed by row: a sheet with hundreds of projects has thousands of merges.
  const byRow = new Map<number, Array<{ r1: number; c1: number; r2: number; c2: number }>>();
  for (const m of snap.merges) {
    const a = parseRangeAddress(m);
    for (let r = a.r1; r <= a.r2; r++) {
      const list = byRow.get(r) ?? [];
      list.push(a);
      byRow.set(r, list);
    }
  }
  const masterOf = (row: number, col: number) => {
    const m = byRow.get(row)?.find((x) => col >= x.c1 && col <= x.c2);
    return m ? { row: m.r1, col: m.c1, lastCol: m.c2 } : { row, col, lastCol: col };
  };
  const labels = new Map<number, Array<{ col: number; field: LabelField; text: string }>>();
  snap.values.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const field = cachedLabelField(v);
      if (!field) return;
      const list = labels.get(r + 1) ?? [];
      list.push({ col: c + 1, field, text: v });
      labels.set(r + 1, list);
    }),
  );
  return { snap, labels, masterOf };
}

function sheetKind(view: SheetView): ProjectSheetKind | null {
  const fields = new Set([...view.labels.values()].flat().map((l) => l.field));
  if (!fields.has('name')) return null;
  if ([...PERFORMANCE_MARKERS].some((f) => fields.has(f))) return 'performance';
  if ([...EXPLANATION_MARKERS].some((f) => fields.has(f))) return 'explanation';
  return null;
}

function sheetYearAndUnit(view: SheetView, kind: ProjectSheetKind): { year: number | null; unit: '元' | '万元' } {
  let year: number | null = null;
  let unit: '元' | '万元' = kind === 'explanation' ? '万元' : '元';
  for (let r = 1; r <= Math.min(3, view.snap.values.length); r++) {
    for (const v of view.snap.values[r - 1] ?? []) {
      if (typeof v !== 'string') continue;
      const t = v.replace(/[\s\u3000]/g, '');
      const y = /(\d{4})年/.exec(t);
      if (y && year === null) year = Number(y[1]);
      const u = /单位[:：](万元|元)/.exec(t);
      if (u) unit = u[1] === '万元' ? '万元' : '元';
    }
  }
  if (year === null) {
    for (const list of view.labels.values()) {
      const s = list.find((l) => l.field === 'targetsSection');
      if (s) {
        year = Number(/(\d{4})/.exec(s.text)?.[1]);
        break;
      }
    }
  }
  return { year, unit };
}

/** Block start rows: each 申报单位名称 row, and each 项目名称 row not already inside a block that has one. */
function blockStarts(view: SheetView, kind: ProjectSheetKind): number[] {
  const starts: number[] = [];
  let blockHasName = false;
  for (const [r, labels] of [...view.labels].sort(([a], [b]) => a - b)) {
    // The row's leftmost label.
    const first = labels.reduce<(typeof labels)[number] | undefined>((m, l) => (!m || l.col < m.col ? l : m), undefined);
    if (!first) continue;
    if (kind === 'performance' && first.field === 'applicant') {
      starts.push(r);
      blockHasName = false;
    } else if (first.field === 'name') {
      if (starts.length === 0 || blockHasName) starts.push(r);
      blockHasName = true;
    }
  }
  return starts;
}

export interface ReadProjectsResult {
  readonly records: ProjectRecord[];
  readonly findings: Finding[];
}

export function readProjectSheets(sheets: readonly SheetSnapshot[]): ReadProjectsResult {
  const records: ProjectRecord[] = [];
  const findings: Finding[] = [];
  for (const snap of sheets) {
    // The product's own sheets (校验, 编制说明 …) are never project sheets: their texts are not labels.
    if (isGeneratedSheet(snap.name)) continue;
    const view = viewOf(snap);
    const kind = sheetKind(view);
    if (!kind) continue;
    const { year, unit } = sheetYearAndUnit(view, kind);
    const starts = blockStarts(view, kind);
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? snap.values.length + 1) - 1;
      const record = readBlock(view, kind, year, unit, start, end, findings);
      if (record) records.push(record);
    });
  }
  return { records, findings };
}

type Unit = '元' | '万元';
interface FieldCell {
  readonly row: number;
  readonly col: number;
  readonly unit: Unit;
}
interface SubItemCell {
  readonly row: number;
  readonly nameCol: number;
  readonly amountCol: number;
  readonly unit: Unit;
}
interface IndicatorCell {
  readonly row: number;
  readonly cols: readonly [number, number, number, number];
  readonly values: Indicator;
}
interface BlockCells {
  readonly fieldCells: Partial<Record<ProjectCellField, FieldCell>>;
  readonly subItemCells: SubItemCell[];
  readonly indicatorCells: IndicatorCell[];
}

/** One project's block: where its labelled cells, its 子项目 rows and its 绩效指标 rows are. */
function locateBlockCells(view: SheetView, unit: Unit, start: number, end: number): BlockCells {
  const { snap } = view;
  const fieldCells: Partial<Record<ProjectCellField, FieldCell>> = {};
  const subItemCells: SubItemCell[] = [];
  const indicatorCells: IndicatorCell[] = [];
  let mode: 'fields' | 'subItems' | 'indicators' = 'fields';
  let subCols: { name: number; amount: number; unit: Unit } | null = null;
  let indCols: [number, number, number, number] | null = null;

  for (let r = start; r <= end; r++) {
    const rowLabels = (view.labels.get(r) ?? []).slice().sort((a, b) => a.col - b.col);
    const has = (f: LabelField) => rowLabels.find((l) => l.field === f);
    const subName = has('subItemName');
    const subAmount = has('subItemAmount');
    if (subName && subAmount) {
      mode = 'subItems';
      subCols = { name: subName.col, amount: subAmount.col, unit: labelUnit(subAmount.text) ?? unit };
      continue;
    }
    const l1 = has('level1');
    const l2 = has('level2');
    const l3 = has('level3');
    const tg = has('target');
    if (l1 && l2 && l3 && tg) {
      mode = 'indicators';
      indCols = [l1.col, l2.col, l3.col, tg.col];
      continue;
    }
    if (has('targetsSection') || has('fundsSection') || has('subItemsSection')) {
      mode = 'fields';
      continue;
    }
    const cellLabels = rowLabels.filter((l) => CELL_FIELDS.has(l.field));
    // Inside the 子项目 list a name that happens to read like a label ("备注") is still a sub-item.
    const subNameCol = subCols?.name;
    const isFieldRow = cellLabels.length > 0 && !(mode === 'subItems' && cellLabels.every((l) => l.col === subNameCol));
    if (isFieldRow) {
      mode = 'fields';
      for (const l of cellLabels) {
        const m = view.masterOf(r, l.col);
        const field = l.field as ProjectCellField;
        if (fieldCells[field] === undefined) fieldCells[field] = { row: r, col: m.lastCol + 1, unit: labelUnit(l.text) ?? unit };
      }
      continue;
    }
    if (mode === 'subItems' && subCols) {
      const name = textAt(snap, r, subCols.name);
      const amount = valueAt(snap, r, subCols.amount);
      if (isBlank(name) && isBlank(amount) && formulaAt(snap, r, subCols.amount) === null) continue;
      subItemCells.push({ row: r, nameCol: subCols.name, amountCol: subCols.amount, unit: subCols.unit });
      continue;
    }
    if (mode === 'indicators' && indCols) {
      const indicator = indicatorRow(view, r, indCols, indicatorCells[indicatorCells.length - 1]?.values);
      if (indicator) indicatorCells.push({ row: r, cols: indCols, values: indicator });
    }
  }
  return { fieldCells, subItemCells, indicatorCells };
}

/** One 绩效指标 row, or null for an unused one; blank 一级/二级 continue the row above. */
function indicatorRow(
  view: SheetView,
  r: number,
  cols: readonly [number, number, number, number],
  prev: Indicator | undefined,
): Indicator | null {
  // A merged 一级/二级 cell reads as its top-left cell.
  const valueAtCol = (c: number) => {
    const m = view.masterOf(r, c);
    return textAt(view.snap, m.row, m.col);
  };
  const [v1, v2, v3, vTarget] = [valueAtCol(cols[0]), valueAtCol(cols[1]), valueAtCol(cols[2]), valueAtCol(cols[3])];
  // No 三级指标 and no 目标值: an unused row (its 一级/二级 may be merged down from above).
  if (isBlank(v3) && isBlank(vTarget)) return null;
  const text = (v: CellValue) => (isBlank(v) ? '' : String(v).trim());
  // Unmerged blanks continue the 一级/二级 above (the printed tables leave them blank).
  const level1 = text(v1) || (prev?.level1 ?? '');
  const level1Carried = text(v1) === '' || level1 === prev?.level1;
  const level2 = text(v2) || (level1Carried ? (prev?.level2 ?? '') : '');
  return { level1, level2, level3: text(v3), target: text(vTarget) };
}

const fenIn = (u: Unit) => (u === '万元' ? 1_000_000 : 100);

/**
 * Amounts of a block in 分. A bad figure is a finding ('bad'); a formula cell saved without its
 * result is evaluated from the cells it reads (silently: those cells report their own problems).
 */
function amountReader(snap: SheetSnapshot, findings: Finding[]): (row: number, col: number, u: Unit) => number | null | 'bad' {
  // `seen` stops circular references.
  const silentFen = (row: number, col: number, u: Unit, seen: Set<string>): number | null => {
    const key = `${row}:${col}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const raw = valueAt(snap, row, col);
    const formula = formulaAt(snap, row, col);
    if (raw === null && formula) return evaluateSimpleFormula(formula, (ref) => silentFen(ref.row, ref.col, u, seen), fenIn(u));
    const parsed = parseAmount(raw, fenIn(u));
    return parsed.ok ? parsed.fen : null;
  };
  return (row, col, u) => {
    const raw = valueAt(snap, row, col);
    if (raw === null && formulaAt(snap, row, col)) return silentFen(row, col, u, new Set());
    const parsed = parseAmount(raw, fenIn(u));
    if (parsed.ok) return parsed.fen;
    const rule = parsed.reason === 'error' ? 'read/formula-error' : 'read/bad-amount';
    findings.push(projectFinding(rule, 'error', { sheet: snap.name, cell: cellAddress(row, col) }, { value: parsed.raw }));
    return 'bad';
  };
}

/** The labelled fields' values (text, amounts, dates, 是/否), each bad one a finding at its cell. */
function readFieldValues(
  snap: SheetSnapshot,
  cells: BlockCells,
  projectName: string,
  amountAt: ReturnType<typeof amountReader>,
  findings: Finding[],
): Record<string, unknown> {
  const sheet = snap.name;
  const candidate: Record<string, unknown> = { name: projectName };
  for (const [f, c] of Object.entries(cells.fieldCells) as Array<[ProjectCellField, FieldCell]>) {
    if (f === 'name') continue;
    const raw = textAt(snap, c.row, c.col);
    const cell = cellAddress(c.row, c.col);
    if (TEXT_FIELDS.has(f)) {
      if (!isBlank(raw)) candidate[f] = String(raw).trim();
    } else if (AMOUNT_FIELDS.has(f)) {
      const v = amountAt(c.row, c.col, c.unit);
      if (typeof v === 'number') candidate[f] = v;
    } else if (f === 'startDate' || f === 'endDate') {
      if (isBlank(raw)) continue;
      const d = parseDateText(raw, f === 'startDate' ? 'start' : 'end');
      if (d === null)
        findings.push(projectFinding('projects/read-bad-date', 'error', { sheet, cell }, { project: projectName, value: String(raw) }));
      else candidate[f] = d;
    } else if (f === 'governmentPurchase') {
      if (isBlank(raw)) continue;
      const t = typeof raw === 'string' ? raw.trim() : raw;
      if (t === '是' || t === true) candidate[f] = true;
      else if (t === '否' || t === false) candidate[f] = false;
      else findings.push(projectFinding('projects/read-bad-flag', 'error', { sheet, cell }, { project: projectName, value: String(raw) }));
    }
  }
  return candidate;
}

/** The 子项目 with a name (a nameless one is a warning), and the cells each came from. */
function readSubItems(
  snap: SheetSnapshot,
  cells: BlockCells,
  projectName: string,
  amountAt: ReturnType<typeof amountReader>,
  findings: Finding[],
): { subItems: SubItem[]; subCells: Array<{ row: number; name: string; amount: string }> } {
  const subItems: SubItem[] = [];
  const subCells: Array<{ row: number; name: string; amount: string }> = [];
  for (const s of cells.subItemCells) {
    const name = textAt(snap, s.row, s.nameCol);
    const amount = amountAt(s.row, s.amountCol, s.unit);
    if (isBlank(name)) {
      findings.push(
        projectFinding(
          'projects/read-sub-item-without-name',
          'warning',
          { sheet: snap.name, cell: cellAddress(s.row, s.nameCol) },
          { project: projectName },
        ),
      );
      continue;
    }
    subItems.push({ name: String(name).trim(), amount: typeof amount === 'number' ? amount : null });
    subCells.push({ row: s.row, name: cellAddress(s.row, s.nameCol), amount: cellAddress(s.row, s.amountCol) });
  }
  return { subItems, subCells };
}

/** The cell a schema issue is about: the sub-item's name, the indicator's 三级指标, or the field. */
function issueCell(cells: ProjectCells, path: readonly PropertyKey[]): string | undefined {
  const [head, index] = path;
  if (head === 'subItems' && typeof index === 'number') return cells.subItems[index]?.name;
  if (head === 'indicators' && typeof index === 'number') return cells.indicators[index]?.level3;
  return typeof head === 'string' ? cells.fields[head as ProjectCellField] : undefined;
}

function readBlock(
  view: SheetView,
  kind: ProjectSheetKind,
  year: number | null,
  unit: Unit,
  start: number,
  end: number,
  findings: Finding[],
): ProjectRecord | null {
  const { snap } = view;
  const sheet = snap.name;
  const located = locateBlockCells(view, unit, start, end);
  const { fieldCells, indicatorCells } = located;
  const nameCell = fieldCells.name;
  const nameAddress = nameCell ? cellAddress(nameCell.row, nameCell.col) : undefined;
  const nameValue = nameCell ? textAt(snap, nameCell.row, nameCell.col) : null;
  if (isBlank(nameValue)) {
    const hasContent =
      Object.values(fieldCells).some((c) => c && !isBlank(textAt(snap, c.row, c.col))) ||
      located.subItemCells.length > 0 ||
      indicatorCells.length > 0;
    if (hasContent)
      findings.push(projectFinding('projects/read-missing-name', 'error', { sheet, cell: nameAddress ?? cellAddress(start, 1) }, {}));
    return null;
  }
  const projectName = String(nameValue).trim();
  const amountAt = amountReader(snap, findings);
  const candidate = readFieldValues(snap, located, projectName, amountAt, findings);
  const { subItems, subCells } = readSubItems(snap, located, projectName, amountAt, findings);
  candidate.subItems = subItems;
  candidate.indicators = indicatorCells.map((i) => i.values);

  const budgetCell = fieldCells.budget;
  const cells: ProjectCells = {
    fields: Object.fromEntries(Object.entries(fieldCells).flatMap(([f, c]) => (c ? [[f, cellAddress(c.row, c.col)] as const] : []))),
    budgetFormula: budgetCell ? formulaAt(snap, budgetCell.row, budgetCell.col) : null,
    subItems: subCells,
    indicators: indicatorCells.map((i) => ({
      level1: cellAddress(i.row, i.cols[0]),
      level2: cellAddress(i.row, i.cols[1]),
      level3: cellAddress(i.row, i.cols[2]),
      target: cellAddress(i.row, i.cols[3]),
    })),
  };
  const parsed = ProjectSchema.safeParse(candidate);
  if (parsed.success) return { project: parsed.data, kind, sheet, year, unit, cells };
  for (const issue of parsed.error.issues) {
    findings.push(
      projectFinding(
        'projects/read-invalid',
        'error',
        { sheet, cell: issueCell(cells, issue.path) ?? nameAddress ?? null },
        { project: projectName, detail: issueZh(issue) },
      ),
    );
  }
  return null;
}
