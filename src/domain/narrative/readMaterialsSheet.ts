import { cellAddress, parseCellAddress } from '../a1';
import { canonicalName } from '../catalog/catalog';
import { normalizeCode } from '../catalog/codes';
import type { Finding } from '../findings/finding';
import type { CellValue, SheetSnapshot } from '../port/workbookPort';
import { amountCell, CountCell, DateCell, TextCell } from './cellSchemas';
import { VEHICLE_CATEGORIES, type CellRef, type CountKey, type TextKey } from './facts';
import {
  DEVICE_LABEL,
  MATERIAL_SECTIONS,
  PURPOSE_HEADER,
  VEHICLE_HEADER,
  VEHICLE_TOTAL_LABEL,
  type MaterialField,
  type MaterialKey,
  type MaterialKind,
  type Materials,
  type MaterialAmountKey,
} from './materials';
import { narrativeFinding } from './narrativeFinding';

const EXPECTED_ZH: Readonly<Record<MaterialKind, string>> = {
  count: '非负整数',
  amount: '非负金额（元）',
  text: '文字',
  date: '日期（如 2023-08-31）',
  choice: '所列选项之一',
};

const YuanCell = amountCell(100);

function key(v: CellValue): string {
  return v == null ? '' : canonicalName(String(v));
}

function blank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Reads the 说明素材 sheet back by its labels (rows may have been moved or inserted). A cell that
 * does not parse becomes a finding naming the sheet and cell, and is left out.
 */
export function readMaterialsSheet(snap: SheetSnapshot): { materials: Materials; findings: Finding[] } {
  const findings: Finding[] = [];
  const counts: Partial<Record<CountKey, number>> = {};
  const texts: Partial<Record<TextKey, string>> = {};
  const amounts: Partial<Record<MaterialAmountKey, number>> = {};
  const purposes: Record<string, string> = {};
  const lineReasons: Record<string, string> = {};
  const cells: Partial<Record<MaterialKey, CellRef>> = {};
  let department: string | undefined;

  const fields = new Map<string, MaterialField>(MATERIAL_SECTIONS.flatMap((s) => s.fields.map((f) => [key(f.label), f] as const)));
  const vehicles = new Map<string, (typeof VEHICLE_CATEGORIES)[number][0]>(VEHICLE_CATEGORIES.map(([c, label]) => [key(label), c]));
  const at = (row: number, col: number): CellRef => ({ sheet: snap.name, cell: cellAddress(row, col) });
  const value = (row: number, col: number): CellValue => snap.values[row - 1]?.[col - 1] ?? null;

  const read = (kind: MaterialKind, label: string, row: number, col: number): number | string | undefined => {
    const raw = value(row, col);
    if (blank(raw)) return undefined;
    const schema = kind === 'count' ? CountCell : kind === 'amount' ? YuanCell : kind === 'date' ? DateCell : TextCell;
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    findings.push(
      narrativeFinding('narrative/bad-material', 'error', { label, value: String(raw), expected: EXPECTED_ZH[kind] }, at(row, col)),
    );
    return undefined;
  };

  /** Per column of the vehicle table: anything typed in it, anything that did not parse. */
  const vehicleCols: Record<'held' | 'planned', { any: boolean; bad: boolean }> = {
    held: { any: false, bad: false },
    planned: { any: false, bad: false },
  };
  let purposeHeaderRow = 0;
  snap.values.forEach((cellsOfRow, i) => {
    const row = i + 1;
    const label = key(cellsOfRow[0] ?? null);
    if (!label) return;
    if (purposeHeaderRow > 0 && row > purposeHeaderRow) {
      const code = normalizeCode(cellsOfRow[0]);
      if (code === null || !/^\d{3}(\d{2}){0,2}$/.test(code)) {
        if (label && !/^\d/.test(label))
          purposeHeaderRow = 0; // next section
        else
          findings.push(
            narrativeFinding(
              'narrative/bad-material',
              'error',
              { label: PURPOSE_HEADER[0], value: String(cellsOfRow[0]), expected: '3、5 或 7 位科目编码' },
              at(row, 1),
            ),
          );
        return;
      }
      const text = read('text', `${code} 主要用于`, row, 3);
      if (typeof text === 'string' && text) purposes[code] = text;
      const reason = read('text', `${code} 增减原因`, row, 5);
      if (typeof reason === 'string' && reason) lineReasons[code] = reason;
      return;
    }
    if (label === key(PURPOSE_HEADER[0])) {
      purposeHeaderRow = row;
      return;
    }
    const field = fields.get(label);
    if (field) {
      const v = read(field.kind, field.label, row, 2);
      cells[field.key] = at(row, 2);
      if (v === undefined) return;
      if (field.key === 'department') department = String(v);
      else if (field.kind === 'count') counts[field.key as CountKey] = v as number;
      else if (field.kind === 'amount') amounts[field.key as MaterialAmountKey] = v as number;
      else texts[field.key as TextKey] = String(v);
      return;
    }
    if (label === key(VEHICLE_TOTAL_LABEL)) {
      cells['assets.held.total'] = at(row, 2);
      cells['assets.planned.total'] = at(row, 3);
      return;
    }
    const cat = vehicles.get(label);
    if (cat !== undefined || label === key(DEVICE_LABEL)) {
      for (const [when, col] of [
        ['held', 2],
        ['planned', 3],
      ] as const) {
        const k: CountKey = cat === undefined ? `assets.devices.${when}` : `assets.${when}.${cat}`;
        cells[k] = at(row, col);
        const v = read('count', `${String(cellsOfRow[0])}（${VEHICLE_HEADER[when === 'held' ? 1 : 2]}）`, row, col);
        if (cat !== undefined && !blank(value(row, col))) {
          vehicleCols[when].any = true;
          if (v === undefined) vehicleCols[when].bad = true;
        }
        if (v !== undefined) counts[k] = v as number;
      }
    }
  });

  // Within a table the officer has started, a blank means none; a bad cell leaves the total unknown.
  for (const when of ['held', 'planned'] as const) {
    if (!vehicleCols[when].any || vehicleCols[when].bad) continue;
    let total = 0;
    for (const [cat] of VEHICLE_CATEGORIES) {
      const k = `assets.${when}.${cat}` as CountKey;
      counts[k] ??= 0;
      total += counts[k] ?? 0;
    }
    counts[`assets.${when}.total`] = total;
    if (counts[`assets.devices.${when}`] === undefined && blank(valueAtRef(snap, cells[`assets.devices.${when}`])))
      counts[`assets.devices.${when}`] = 0;
  }
  const procurementParts: MaterialAmountKey[] = [
    'procurement.goods',
    'procurement.works',
    'procurement.services',
    'procurement.sme',
    'procurement.smeSmall',
  ];
  if (procurementParts.some((k) => amounts[k] !== undefined)) {
    for (const k of procurementParts) if (amounts[k] === undefined && blank(valueAtRef(snap, cells[k]))) amounts[k] = 0;
  }

  const materials: Materials = {
    ...(department ? { department } : {}),
    counts,
    texts,
    amounts,
    purposes,
    lineReasons,
    cells,
  };
  findings.push(...materialConsistency(materials));
  return { materials, findings };
}

function valueAtRef(snap: SheetSnapshot, ref: CellRef | undefined): CellValue {
  if (!ref) return null;
  const { row, col } = parseCellAddress(ref.cell);
  return snap.values[row - 1]?.[col - 1] ?? null;
}

/** 小微 ≤ 中小企业 ≤ 政府采购合计: a reservation cannot exceed what it is reserved from. */
export function materialConsistency(m: Materials): Finding[] {
  const out: Finding[] = [];
  const a = m.amounts;
  const total = (a['procurement.goods'] ?? 0) + (a['procurement.works'] ?? 0) + (a['procurement.services'] ?? 0);
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  if (a['procurement.sme'] !== undefined && a['procurement.sme'] > total) {
    out.push(
      narrativeFinding(
        'narrative/procurement-exceeds',
        'warning',
        {
          part: '面向中小企业预留政府采购项目预算',
          partShown: yuan(a['procurement.sme']),
          whole: '政府采购预算合计',
          wholeShown: yuan(total),
        },
        m.cells?.['procurement.sme'],
      ),
    );
  }
  if (a['procurement.smeSmall'] !== undefined && a['procurement.smeSmall'] > (a['procurement.sme'] ?? 0)) {
    out.push(
      narrativeFinding(
        'narrative/procurement-exceeds',
        'warning',
        {
          part: '预留给小型和微型企业的预算',
          partShown: yuan(a['procurement.smeSmall']),
          whole: '面向中小企业预留政府采购项目预算',
          wholeShown: yuan(a['procurement.sme'] ?? 0),
        },
        m.cells?.['procurement.smeSmall'],
      ),
    );
  }
  return out;
}
