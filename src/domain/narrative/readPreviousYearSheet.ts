import { cellAddress } from '../a1';
import { normalizeCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { amountCell, CountCell } from './cellSchemas';
import { AMOUNT_NAMES, type PreviousKey } from './facts';
import { PREVIOUS_YEAR_LABEL } from './buildPreviousYearSheet';
import { narrativeFinding } from './narrativeFinding';
import { labelKey, previousKeyOfLabel, type PreviousYearFigures } from './previousYear';
import { formatWanStyled, TRIMMED_WAN } from './wanStyle';

const IN_YUAN = amountCell(100);
const IN_WAN = amountCell(1_000_000);

function blank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Reads a 上年数 sheet by its labels. The unit follows the last "单位：元/万元" seen above a row,
 * so the sheet may be rearranged; a figure that does not parse becomes a finding at its cell.
 */
export function readPreviousYearSheet(snap: SheetSnapshot): { previous: PreviousYearFigures; findings: Finding[] } {
  const findings: Finding[] = [];
  const amounts: PreviousYearFigures['amounts'] = {};
  const classes: PreviousYearFigures['classes'] = {};
  const executed: NonNullable<PreviousYearFigures['executed']> = {};
  let year: number | null = null;
  let unit: '元' | '万元' = '元';
  const at = (row: number, col: number) => ({ sheet: snap.name, cell: cellAddress(row, col) });

  snap.values.forEach((cells, i) => {
    const row = i + 1;
    const texts = cells.map((c) => (typeof c === 'string' ? c : ''));
    const u = texts.map((t) => /单位[:：]\s*(万元|元)/.exec(t)).find((m) => m);
    if (u) {
      unit = u[1] === '万元' ? '万元' : '元';
      return;
    }
    const a = cells[0] ?? null;
    if (typeof a === 'string' && labelKey(a) === labelKey(PREVIOUS_YEAR_LABEL)) {
      const raw = cells[1] ?? null;
      if (blank(raw)) return;
      const r = CountCell.safeParse(raw);
      if (r.success && r.data >= 2000 && r.data <= 2100) year = r.data;
      else
        findings.push(narrativeFinding('narrative/bad-previous', 'error', { label: PREVIOUS_YEAR_LABEL, value: String(raw) }, at(row, 2)));
      return;
    }
    const code = normalizeCode(a);
    const labelCell = cells[1] ?? null;
    if (code !== null && /^\d{3}(\d{2}){0,2}$/.test(code)) {
      // 科目 rows: C 上年预算数, D 上年当年预算执行数; either may be blank.
      const read = (col: number): { fen: number; source: ReturnType<typeof at> } | null | 'bad' => {
        const raw = cells[col - 1] ?? null;
        if (blank(raw)) return null;
        const parsed = (unit === '万元' ? IN_WAN : IN_YUAN).safeParse(raw);
        if (parsed.success) return { fen: parsed.data, source: at(row, col) };
        findings.push(
          narrativeFinding(
            'narrative/bad-previous',
            'error',
            { label: `${code} ${String(labelCell ?? '')}`.trim(), value: String(raw) },
            at(row, col),
          ),
        );
        return 'bad';
      };
      const budget = read(3);
      const done = read(4);
      if (done && done !== 'bad') executed[code] = done;
      if (budget && budget !== 'bad') classes[code] = { ...budget, name: typeof labelCell === 'string' ? labelCell.trim() : '' };
      return;
    }
    // Value in the last of columns B/C that is filled in (C on the laid-out sheet).
    const valueCol = !blank(cells[2] ?? null) ? 3 : 0;
    const key = typeof labelCell === 'string' ? previousKeyOfLabel(labelCell) : typeof a === 'string' ? previousKeyOfLabel(a) : undefined;
    if (valueCol === 0) return;
    const raw = cells[valueCol - 1] ?? null;
    const parsed = (unit === '万元' ? IN_WAN : IN_YUAN).safeParse(raw);
    if (key === undefined) return;
    if (!parsed.success) {
      findings.push(
        narrativeFinding('narrative/bad-previous', 'error', { label: String(labelCell ?? a), value: String(raw) }, at(row, valueCol)),
      );
      return;
    }
    amounts[key] = { fen: parsed.data, source: at(row, valueCol) };
  });

  const previous: PreviousYearFigures = { year, amounts, classes, ...(Object.keys(executed).length > 0 ? { executed } : {}) };
  findings.push(...previousConsistency(previous, snap.name));
  return { previous, findings };
}

const SUMS: ReadonlyArray<readonly [PreviousKey, readonly PreviousKey[]]> = [
  ['income.total', ['income.fiscal', 'income.business', 'income.operating', 'income.other']],
  ['expenditure.fiscal', ['expenditure.generalPublic', 'expenditure.govFund', 'expenditure.stateCapital']],
  ['sangong.total', ['sangong.abroad', 'sangong.reception', 'sangong.vehicle']],
  ['sangong.vehicle', ['sangong.vehiclePurchase', 'sangong.vehicleOperation']],
];

/** A total typed beside all of its parts must equal their sum (only checked when every part is given). */
export function previousConsistency(p: PreviousYearFigures, sheet: string): Finding[] {
  const out: Finding[] = [];
  for (const [total, parts] of SUMS) {
    const t = p.amounts[total];
    const ps = parts.map((k) => p.amounts[k]);
    if (!t || ps.some((x) => x === undefined)) continue;
    const sum = ps.reduce((s, x) => s + (x?.fen ?? 0), 0);
    if (sum === t.fen) continue;
    const shown = (fen: number) => formatWanStyled(fen, TRIMMED_WAN);
    out.push(
      narrativeFinding(
        'narrative/previous-inconsistent',
        'warning',
        {
          total: AMOUNT_NAMES[total],
          totalShown: shown(t.fen),
          parts: parts.map((k) => AMOUNT_NAMES[k]).join('、'),
          partsShown: shown(sum),
        },
        t.source ?? { sheet, cell: '' },
        { expected: sum, actual: t.fen, difference: t.fen - sum },
      ),
    );
  }
  return out;
}
