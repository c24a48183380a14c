import { parseCellAddress } from '../a1';
import type { Finding, Severity } from '../findings/finding';
import { MessageParams, renderMessage } from '../findings/messages';
import type { ParsedWorkbook } from '../read/parsedTables';
import type { SheetSnapshot } from '../port/workbookPort';
import { ArithmeticCheck, evaluateCheck, formatFen, Relation } from './arithmetic';
import type { CheckContext } from './checkContext';
import { sortFindings } from './checkWorkbook';
import { CellKey, cellKey, linearTerms } from './linearFormula';
import type { ArithmeticRule } from './rule';
import { ARITHMETIC_RULES } from './rules';
import { missingRows, type MissingRow } from './missingRows';
import { tableCells, type TableCell } from './tableCells';

// One fault, one headline. A single wrong number (a total typed over, a mistyped item, a figure in
// 万元 typed into an 元 table) breaks every check that reads it, directly or through the 款, 类,
// 合计 and summary-table formulas above it. For each number the failing checks read, this asks:
// had the number been different by δ, would those checks pass while every check that passes now
// still passes? A number for which that holds explains them; its correction becomes a headline
// and the findings it explains are folded under it (`causedBy`).

export const ROOT_CAUSE_RULE_ID = 'root-cause';

/** Rules whose finding at the wrong cell (or at a total over it) is one more symptom of it. */
const SYMPTOMS_AT_CELL = new Set(['formula-typed-over', 'unit-scale', 'amount-decimals']);

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Cap on the numbers examined per workbook; the most specific failing checks are examined first. */
const MAX_CANDIDATES = 5_000;
/** Cap on formula steps followed from one number. */
const MAX_PROPAGATION = 200_000;

export interface RootCauseInput {
  readonly snapshots: readonly SheetSnapshot[];
  readonly parsed: ParsedWorkbook;
  readonly context: CheckContext;
  /** Every finding of the check, in workbook order (tables, projects, text). */
  readonly findings: readonly Finding[];
  readonly rules?: readonly ArithmeticRule[];
}

interface Evaluated {
  readonly check: ArithmeticCheck;
  readonly difference: number;
  readonly verdict: 'pass' | 'rounding' | 'fail';
}

interface Explanation {
  readonly key: CellKey;
  readonly cell: TableCell;
  readonly delta: number;
  /** Checks that fail now and would not after the correction. */
  readonly fixes: ReadonlySet<number>;
  /** 尾差 checks that would become exact. */
  readonly roundings: ReadonlySet<number>;
  /** Cells whose value follows from this one (itself included). */
  readonly dependents: ReadonlySet<CellKey>;
  /** Corroboration: inequalities that become exact equalities, the cell's own finding. */
  readonly evidence: number;
  /** One entry per number corrected: the cell itself, or each column of a missing row. */
  readonly columns: ReadonlyArray<{ readonly cell: TableCell; readonly delta: number }>;
  /** Set when the number is a row the table lacks. */
  readonly missing?: MissingRow['missing'];
}

function verdictOf(relation: Relation, difference: number, tolerance: number): Evaluated['verdict'] {
  if (relation === 'ge') return difference >= 0 ? 'pass' : 'fail';
  if (relation === 'le') return difference <= 0 ? 'pass' : 'fail';
  return difference === 0 ? 'pass' : Math.abs(difference) <= tolerance ? 'rounding' : 'fail';
}

/** What identifies an arithmetic finding's check: its rule, cell and the two sides' figures. */
function checkSignature(rule: string, sheet: string, cell: string, left: number, right: number): string {
  return `${rule}|${sheet}|${cell}|${left}|${right}`;
}

function findingSignature(f: Finding): string | null {
  if (!f.sheet || !f.cell || f.actual === undefined || f.expected === undefined) return null;
  const rule = typeof f.params?.check === 'string' ? f.params.check : f.rule;
  return checkSignature(rule, f.sheet, f.cell, f.actual, f.expected);
}

/** Forward formula edges (cell → cells whose formula reads it, with the coefficient). */
function formulaGraph(snapshots: readonly SheetSnapshot[], sheets: ReadonlySet<string>) {
  const forward = new Map<CellKey, Array<{ to: CellKey; coef: number }>>();
  const backward = new Map<CellKey, CellKey[]>();
  const formulaCells = new Set<CellKey>();
  for (const snap of snapshots) {
    if (!sheets.has(snap.name)) continue;
    snap.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f === null) return;
        const to = cellKey(snap.name, `${colLetters(c + 1)}${r + 1}`);
        formulaCells.add(to);
        const lin = linearTerms(f, snap.name);
        if (!lin) return;
        const back: CellKey[] = [];
        for (const [from, coef] of lin) {
          let list = forward.get(from);
          if (!list) forward.set(from, (list = []));
          list.push({ to, coef });
          back.push(from);
        }
        backward.set(to, back);
      }),
    );
  }
  return { forward, backward, formulaCells };
}

function colLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function position(sheetOrder: ReadonlyMap<string, number>, cell: TableCell): [number, number, number] {
  const p = parseCellAddress(cell.cell);
  return [sheetOrder.get(cell.sheet) ?? 1e9, p.row, p.col];
}

/**
 * The findings with ids, and with a headline for each wrong number found: the findings it explains
 * carry `causedBy` its id. Order: each headline followed by what it explains, headlines in
 * workbook order.
 */
export function foldRootCauses(input: RootCauseInput): Finding[] {
  const { snapshots, parsed, context, findings } = input;
  const sheetOrder = new Map(snapshots.map((s, i) => [s.name, i] as const));
  const rules = input.rules ?? ARITHMETIC_RULES;
  const nothingFailed = () =>
    withIds(
      findings,
      findings.map(() => null),
      [],
      snapshots.map((s) => s.name),
    );
  // After a check in which every arithmetic check passed (nearly always) there is no headline to
  // find, and the checks, dropped by then, are not made again.
  if (rules.every((r) => r.allPassed(parsed, context))) return nothingFailed();
  const evaluated: Evaluated[] = rules
    .flatMap((r) => r.checks(parsed, context))
    .map((check) => {
      const e = evaluateCheck(check);
      return { check, difference: e.difference, verdict: e.verdict };
    });
  const failing = evaluated.flatMap((e, i) => (e.verdict === 'fail' ? [i] : []));
  if (failing.length === 0) return nothingFailed();

  const cells = tableCells(parsed);
  const { forward, backward, formulaCells } = formulaGraph(snapshots, new Set(parsed.tables.map((t) => t.sheet)));
  // Which checks read a cell, and on which side.
  const readers = new Map<CellKey, Array<{ check: number; sign: number }>>();
  evaluated.forEach((e, i) => {
    for (const [side, sign] of [
      [e.check.left, 1],
      [e.check.right, -1],
    ] as const)
      for (const t of side) {
        const key = cellKey(t.sheet, t.cell);
        let list = readers.get(key);
        if (!list) readers.set(key, (list = []));
        list.push({ check: i, sign });
      }
  });
  const ownFinding = new Set(
    findings.flatMap((f) => (f.sheet && f.cell && SYMPTOMS_AT_CELL.has(f.rule) ? [cellKey(f.sheet, f.cell)] : [])),
  );
  const checkAt = (i: number): Evaluated => {
    const e = evaluated[i];
    if (!e) throw new RangeError(`foldRootCauses: no check #${i} (of ${evaluated.length})`);
    return e;
  };

  // Candidates: the numbers the failing checks read, directly first, then through formulas.
  const candidates: Array<{ readonly key: CellKey; readonly cell: TableCell }> = [];
  const seen = new Set<CellKey>();
  const consider = (key: CellKey) => {
    if (seen.has(key) || candidates.length >= MAX_CANDIDATES) return;
    seen.add(key);
    const cell = cells.get(key);
    if (!formulaCells.has(key) && cell) candidates.push({ key, cell });
  };
  const bySize = failing.map(checkAt).sort((a, b) => termCount(a) - termCount(b));
  for (const e of bySize) for (const t of terms(e)) consider(cellKey(t.sheet, t.cell));
  for (const e of bySize) {
    const stack = terms(e)
      .map((t) => cellKey(t.sheet, t.cell))
      .filter((k) => formulaCells.has(k));
    const visited = new Set<CellKey>();
    while (candidates.length < MAX_CANDIDATES) {
      const k = stack.pop();
      if (k === undefined) break;
      if (visited.has(k)) continue;
      visited.add(k);
      for (const p of backward.get(k) ?? []) {
        if (formulaCells.has(p)) stack.push(p);
        else consider(p);
      }
    }
  }

  const explanations: Explanation[] = [];
  for (const { key, cell } of candidates) {
    const e = explain(key, [{ cell, seeds: [[key, 1]], direct: new Map() }]);
    if (e) explanations.push(e);
  }
  // A row one table lacks: every column of it at once, each with the figure the other tables give.
  const rows = new Map<string, MissingRow[]>();
  for (const m of missingRows(parsed, evaluated, failing)) {
    const id = `${m.missing.sheet}\u0000${m.missing.code}`;
    rows.set(id, [...(rows.get(id) ?? []), m]);
  }
  for (const [id, columns] of rows) {
    const parts = columns.map((m) => {
      // Once inserted, the row is read by the checks that now miss it and adds to its parent row.
      const seeds: Array<[CellKey, number]> = [];
      const direct = new Map(m.direct);
      if (m.parentCell) {
        const pk = cellKey(m.cell.sheet, m.parentCell);
        // It is one more child in the parent's sum check, and through the parent's formula in all above.
        if (formulaCells.has(pk)) seeds.push([pk, 1]);
        for (const r of readers.get(pk) ?? []) {
          const rule = checkAt(r.check).check.rule;
          if (r.sign === 1 && (rule === 'tree-sum' || rule === 'total-sum')) direct.set(r.check, (direct.get(r.check) ?? 0) - 1);
        }
      }
      return { cell: m.cell, seeds, direct };
    });
    const e = explain(cellKey(id, '#row'), parts);
    const [first] = columns;
    if (e && first) explanations.push({ ...e, missing: first.missing });
  }

  interface Part {
    readonly cell: TableCell;
    readonly seeds: ReadonlyArray<[CellKey, number]>;
    readonly direct: ReadonlyMap<number, number>;
  }

  /** Every check a number feeds (directly or through formulas), with its net coefficient. */
  function involvement(part: Part): { involved: Map<number, number>; dep: Set<CellKey> } | null {
    const dep = new Map<CellKey, number>();
    const queue: Array<[CellKey, number]> = [...part.seeds];
    let steps = 0;
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (++steps > MAX_PROPAGATION) return null;
      const [k, c] = next;
      dep.set(k, (dep.get(k) ?? 0) + c);
      for (const e of forward.get(k) ?? []) queue.push([e.to, c * e.coef]);
    }
    const involved = new Map(part.direct);
    for (const [k, c] of dep) for (const r of readers.get(k) ?? []) involved.set(r.check, (involved.get(r.check) ?? 0) + r.sign * c);
    for (const [i, k] of involved) if (Math.abs(k) < 1e-9) involved.delete(i);
    return { involved, dep: new Set(dep.keys()) };
  }

  /**
   * The best correction of one number (one part) or of a missing row (one part per column): the
   * checks it mends, provided no check that passes now would fail.
   */
  function explain(key: CellKey, parts: readonly Part[]): Explanation | null {
    const reached = parts.map((part) => ({ part, reach: involvement(part) }));
    const complete = reached.flatMap(({ part, reach }) => (reach ? [{ part, ...reach }] : []));
    if (complete.length < reached.length) return null;
    // Each option corrects every part (column) by its delta.
    interface Correction {
      readonly cell: TableCell;
      readonly involved: ReadonlyMap<number, number>;
      readonly delta: number;
    }
    const options: Correction[][] = [];
    const [only] = complete;
    if (complete.length === 1 && only) {
      const deltas = new Set<number>();
      for (const [i, k] of only.involved) {
        const e = checkAt(i);
        if (e.verdict === 'fail') deltas.add(Math.round(e.difference / k));
      }
      for (const d of deltas) if (d !== 0) options.push([{ cell: only.part.cell, involved: only.involved, delta: d }]);
    } else {
      // Each column's figure from the comparisons that miss it: equalities first.
      const vector = complete.map(({ part, involved }) => {
        const miss = [...part.direct.entries()].filter(([i]) => checkAt(i).verdict === 'fail');
        const eq = miss.find(([i]) => checkAt(i).check.relation === 'eq') ?? miss[0];
        return { cell: part.cell, involved, delta: eq ? Math.round(checkAt(eq[0]).difference / eq[1]) : 0 };
      });
      if (vector.some((c) => c.delta !== 0)) options.push(vector);
    }
    const touched = new Set(complete.flatMap((c) => [...c.involved.keys()]));
    let best: Explanation | null = null;
    for (const corrections of options) {
      const fixes = new Set<number>();
      const roundings = new Set<number>();
      let evidence = ownFinding.has(key) ? 2 : 0;
      let broken = false;
      for (const i of touched) {
        const e = checkAt(i);
        const shift = corrections.reduce((sum, c) => sum + (c.involved.get(i) ?? 0) * c.delta, 0);
        if (Math.abs(shift) < 1e-9) continue;
        const d = e.difference - Math.round(shift);
        const v = verdictOf(e.check.relation, d, e.check.tolerance);
        if (v === 'fail' && e.verdict !== 'fail') {
          broken = true;
          break;
        }
        if (e.verdict === 'fail' && v !== 'fail') fixes.add(i);
        if (e.verdict === 'rounding' && v === 'pass') roundings.add(i);
        // An inequality that becomes an exact equality: the two tables then agree to the 分.
        if (e.check.relation !== 'eq' && d === 0 && e.difference !== 0) evidence++;
      }
      // Budget figures are not negative: a correction that needs one is not the fault.
      if (corrections.some((c) => c.cell.fen >= 0 && c.cell.fen - c.delta < 0)) continue;
      const [lead] = corrections;
      if (broken || fixes.size === 0 || !lead) continue;
      const size = Math.abs(lead.delta);
      if (!best || fixes.size > best.fixes.size || (fixes.size === best.fixes.size && size < Math.abs(best.delta)))
        best = {
          key,
          cell: lead.cell,
          delta: lead.delta,
          columns: corrections.map((c) => ({ cell: c.cell, delta: c.delta })),
          fixes,
          roundings,
          dependents: new Set(complete.flatMap((c) => [...c.dep])),
          evidence,
        };
    }
    return best;
  }

  // Greedy: the number that explains most of what is left, until nothing more is explained.
  const remaining = new Set(failing);
  const roots: Array<{ best: Explanation; alternatives: Explanation[]; fixes: Set<number> }> = [];
  for (;;) {
    let top: Explanation | null = null;
    let topCount = 0;
    const countOf = (e: Explanation) => [...e.fixes].filter((i) => remaining.has(i)).length;
    const rank = (a: Explanation, b: Explanation): number => {
      const pa = position(sheetOrder, a.cell);
      const pb = position(sheetOrder, b.cell);
      return (
        countOf(b) - countOf(a) ||
        b.evidence - a.evidence ||
        Number(b.cell.fen !== 0) - Number(a.cell.fen !== 0) ||
        pa[0] - pb[0] ||
        pa[1] - pb[1] ||
        pa[2] - pb[2]
      );
    };
    for (const e of explanations) {
      const n = countOf(e);
      if (n === 0) continue;
      if (!top || rank(e, top) < 0) {
        top = e;
        topCount = n;
      }
    }
    if (!top) break;
    const chosen = top;
    const same = (e: Explanation) =>
      e !== chosen &&
      countOf(e) === topCount &&
      e.evidence === chosen.evidence &&
      [...e.fixes].filter((i) => remaining.has(i)).every((i) => chosen.fixes.has(i));
    const alternatives = explanations.filter(same);
    const fixes = new Set([...chosen.fixes].filter((i) => remaining.has(i)));
    for (const i of fixes) remaining.delete(i);
    roots.push({ best: chosen, alternatives: chosen.missing ? [] : alternatives, fixes });
  }

  // Which finding each root explains.
  const signatureOf = new Map<string, number>();
  evaluated.forEach((e, i) => {
    const ev = evaluateCheck(e.check);
    signatureOf.set(checkSignature(e.check.rule, e.check.at.sheet, e.check.at.cell, ev.left, ev.right), i);
  });
  const causedBy = findings.map((): number | null => null);
  const rootFindings: Finding[] = [];
  roots.forEach((root, r) => {
    const { best } = root;
    const explained = new Set([...root.fixes, ...best.roundings]);
    const { dependents } = best;
    const folded: number[] = [];
    const consequences: Finding[] = [];
    findings.forEach((f, i) => {
      if (causedBy[i] !== null) return;
      const sig = findingSignature(f);
      const check = sig !== null ? signatureOf.get(sig) : undefined;
      const byCheck = check !== undefined && explained.has(check);
      const atCell = f.sheet && f.cell && SYMPTOMS_AT_CELL.has(f.rule) && dependents.has(cellKey(f.sheet, f.cell));
      if (byCheck || atCell) {
        folded.push(i);
        consequences.push(f);
      }
    });
    // A lone finding whose cause cannot be told apart from other cells stays as it is.
    if (folded.length === 0 || (folded.length === 1 && root.alternatives.length > 0)) return;
    for (const i of folded) causedBy[i] = r;
    rootFindings[r] = best.missing
      ? missingRowFinding(best, best.missing, consequences)
      : rootFinding(best, root.alternatives, consequences);
  });
  return withIds(
    findings,
    causedBy,
    rootFindings,
    snapshots.map((s) => s.name),
  );
}

function terms(e: Evaluated) {
  return [...e.check.left, ...e.check.right];
}

function termCount(e: Evaluated): number {
  return e.check.left.length + e.check.right.length;
}

function rootFinding(best: Explanation, alternatives: readonly Explanation[], folded: readonly Finding[]): Finding {
  const { cell, delta } = best;
  const expected = cell.fen - delta;
  const severity = worst(folded);
  const typedOver = folded.find((f) => f.rule === 'formula-typed-over' && f.sheet === cell.sheet && f.cell === cell.cell);
  const ratio = expected !== 0 ? cell.fen / expected : 0;
  const unitSlip = ratio !== 0 && (Math.abs(ratio * 10_000 - 1) < 0.02 || Math.abs(ratio / 10_000 - 1) < 0.02);
  const kind = typedOver ? 'formula' : unitSlip ? 'unit' : 'value';
  const params: MessageParams<typeof ROOT_CAUSE_RULE_ID> = {
    kind,
    subject: cell.subject,
    cell: cell.cell,
    expected: formatFen(expected, cell.unit),
    actual: formatFen(cell.fen, cell.unit),
    difference: formatFen(delta, cell.unit),
    formula: typeof typedOver?.params?.formula === 'string' ? typedOver.params.formula : '',
    scale: Math.abs(ratio) > 1 ? '的 1 万倍' : '的万分之一',
    count: folded.length,
    alternatives: alternatives
      .slice(0, 5)
      .map((a) => `${a.cell.subject}（${a.cell.cell}，应为 ${formatFen(a.cell.fen - a.delta, a.cell.unit)}）`)
      .join('、'),
  };
  return {
    rule: ROOT_CAUSE_RULE_ID,
    severity,
    sheet: cell.sheet,
    cell: cell.cell,
    ...(cell.code !== undefined ? { code: cell.code } : {}),
    ...(cell.column !== undefined ? { column: cell.column } : {}),
    expected,
    actual: cell.fen,
    difference: cell.fen - expected,
    params,
    message: renderMessage(ROOT_CAUSE_RULE_ID, params),
  };
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s] ? f.severity : s), 'info');
}

function missingRowFinding(best: Explanation, m: NonNullable<Explanation['missing']>, folded: readonly Finding[]): Finding {
  const ordered = best.columns.filter((c) => c.delta !== 0).sort((a, b) => a.cell.cell.localeCompare(b.cell.cell));
  // best.cell and best.delta are its first column's.
  const first = ordered[0] ?? { cell: best.cell, delta: best.delta };
  const params: MessageParams<typeof ROOT_CAUSE_RULE_ID> = {
    kind: 'missing-row',
    sheet: m.sheet,
    row: m.row,
    code: m.code,
    name: m.name,
    sources: m.sources.map((s) => `“${s}”`).join('、'),
    values: ordered.map((c) => `${c.cell.column ?? ''}应为 ${formatFen(-c.delta, c.cell.unit)}`).join('，'),
    count: folded.length,
  };
  return {
    rule: ROOT_CAUSE_RULE_ID,
    severity: worst(folded),
    sheet: m.sheet,
    cell: first.cell.cell,
    code: m.code,
    ...(first.cell.column !== undefined ? { column: first.cell.column } : {}),
    expected: -first.delta,
    actual: 0,
    difference: first.delta,
    params,
    message: renderMessage(ROOT_CAUSE_RULE_ID, params),
  };
}

/** Ids in output order: each headline (a root or an unexplained finding), then what it explains. */
/**
 * Findings that restate another: the 编制说明 sentence about a project repeats the project sheet's
 * budget and sub-item figures, so its mismatch is the sheet's mismatch. Index of the finding each echoes.
 */
const ECHOES: ReadonlyArray<{ readonly rule: string; readonly of: string }> = [
  { rule: 'narrative-check/project-items', of: 'projects/sub-items-sum' },
];

function echoesOf(findings: readonly Finding[]): Array<number | null> {
  return findings.map((f) => {
    const echo = ECHOES.find((e) => e.rule === f.rule);
    if (!echo || f.expected === undefined || f.actual === undefined) return null;
    // The text states the budget (expected) and lists the items (actual): the sheet's actual and expected.
    const i = findings.findIndex((g) => g.rule === echo.of && g.actual === f.expected && g.expected === f.actual);
    return i < 0 ? null : i;
  });
}

/** Ids in output order: each headline (a root or an unexplained finding), then what follows from it. */
function withIds(
  findings: readonly Finding[],
  causedBy: ReadonlyArray<number | null>,
  roots: readonly (Finding | undefined)[],
  sheetOrder: readonly string[],
): Finding[] {
  // An echo of a finding that is itself folded stays a headline of its own.
  const echo = echoesOf(findings).map((e) => (e !== null && causedBy[e] === null ? e : null));
  const heads = sortFindings(
    [...roots.filter((r): r is Finding => r !== undefined), ...findings.filter((_, i) => causedBy[i] === null && echo[i] === null)],
    sheetOrder,
  );
  const out: Finding[] = [];
  let n = 0;
  for (const h of heads) {
    const id = `F${++n}`;
    out.push({ ...h, id });
    const r = roots.indexOf(h);
    const j = r < 0 ? findings.indexOf(h) : -1;
    findings.forEach((f, i) => {
      if ((r >= 0 && causedBy[i] === r) || (j >= 0 && causedBy[i] === null && echo[i] === j))
        out.push({ ...f, id: `F${++n}`, causedBy: id });
    });
  }
  return out;
}
