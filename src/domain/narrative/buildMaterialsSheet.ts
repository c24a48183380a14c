import { cellAddress, rangeAddress } from '../a1';
import { VEHICLE_CATEGORIES, type CountKey, type TextKey } from './facts';
import {
  DEVICE_LABEL,
  MATERIAL_SECTIONS,
  MATERIALS_SHEET,
  PROCUREMENT_TOTAL_LABEL,
  PURPOSE_HEADER,
  PURPOSE_TITLE,
  VEHICLE_HEADER,
  VEHICLE_TOTAL_LABEL,
  type MaterialField,
  type Materials,
  type MaterialAmountKey,
} from './materials';
import { defaultPurpose } from './purposeLibrary';
import type { CellStyle, PlanCell, SheetPlan, StyledRange } from '../plan/sheetPlan';

// The 说明素材 sheet: one labelled input per fact the tables cannot give. Column A holds the
// label the reader looks for; B (merged to D for texts) the value; C:D a hint.

export const INPUT_FILL = '#FFF2CC';
const HINT: CellStyle = { fontSize: 9, fontColor: '#7F7F7F', wrap: true, vAlign: 'middle' };
const LABEL: CellStyle = { fontSize: 10, wrap: true, vAlign: 'middle', border: true };
const INPUT: CellStyle = { fontSize: 10, fill: INPUT_FILL, border: true, vAlign: 'middle' };
const SECTION: CellStyle = { bold: true, fontSize: 11, fill: '#DDEBF7', vAlign: 'middle' };
const HEADER: CellStyle = { bold: true, fontSize: 10, hAlign: 'center', vAlign: 'middle', border: true, fill: '#F2F2F2', wrap: true };
const DERIVED: CellStyle = { fontSize: 10, border: true, fill: '#EDEDED', vAlign: 'middle' };
const AMOUNT_FORMAT = '#,##0.00';
const COUNT_FORMAT = '0';
const BLANK_PURPOSE_ROWS = 8;

export interface MaterialsSheetOptions {
  /** Prints "2024年编制说明素材". */
  readonly year?: number;
  /** 类 of this year's 财政拨款支出: one wording row each, with the default beside it. */
  readonly classes?: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  /** Values to lay in (a demo, or last year's sheet carried forward). */
  readonly values?: Materials;
}

/** Lays out the 说明素材 sheet: labelled, yellow input cells the narrative reads back. */
export function buildMaterialsSheet(options: MaterialsSheetOptions = {}): SheetPlan {
  const rows: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const v = options.values;
  const add = (cells: PlanCell[]): number => {
    rows.push([...cells, null, null, null, null, null].slice(0, 5));
    return rows.length;
  };
  const style = (range: string, s: CellStyle) => styles.push({ range, style: s });

  const title = add([options.year !== undefined ? `${options.year}年编制说明素材` : '编制说明素材']);
  merges.push(rangeAddress(title, 1, title, 4));
  style(rangeAddress(title, 1, title, 4), { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' });
  heights[title] = 28;
  const note = add(['黄色单元格为填写项。金额单位为元。编制说明中的数字一律由预算表、上年数表和本表生成，请勿在说明文字中直接键入数字。']);
  merges.push(rangeAddress(note, 1, note, 4));
  style(rangeAddress(note, 1, note, 4), { ...HINT, fontSize: 10 });
  heights[note] = 30;

  const section = (text: string) => {
    add([]);
    const r = add([text]);
    merges.push(rangeAddress(r, 1, r, 4));
    style(rangeAddress(r, 1, r, 4), SECTION);
    heights[r] = 20;
  };

  let goodsRow = 0;
  let servicesRow = 0;
  for (const sec of MATERIAL_SECTIONS) {
    section(sec.title);
    for (const field of sec.fields) {
      const r = add([field.label, valueOf(field, v)]);
      style(cellAddress(r, 1), LABEL);
      if (field.kind === 'text') {
        merges.push(rangeAddress(r, 2, r, 4));
        style(rangeAddress(r, 2, r, 4), { ...INPUT, wrap: true, numberFormat: '@' });
        heights[r] = 30;
      } else {
        style(cellAddress(r, 2), {
          ...INPUT,
          hAlign: 'right',
          numberFormat: field.kind === 'amount' ? AMOUNT_FORMAT : field.kind === 'count' ? COUNT_FORMAT : '@',
          ...(field.kind === 'choice' ? { hAlign: 'left' as const } : {}),
        });
        if (field.hint) {
          const line = rows[r - 1]; // the row just added
          if (line) line[2] = field.hint;
          merges.push(rangeAddress(r, 3, r, 4));
          style(rangeAddress(r, 3, r, 4), HINT);
        }
      }
      if (field.key === 'procurement.goods') goodsRow = r;
      if (field.key === 'procurement.services') servicesRow = r;
    }
    if (goodsRow > 0 && servicesRow > 0 && sec.fields.some((f) => f.key === 'procurement.goods')) {
      // Shown for the officer's convenience; the narrative adds the parts itself.
      const r = add([
        PROCUREMENT_TOTAL_LABEL,
        `=SUM(${cellAddress(goodsRow, 2)}:${cellAddress(servicesRow, 2)})`,
        '自动计算：货物 + 工程 + 服务',
      ]);
      style(cellAddress(r, 1), LABEL);
      style(cellAddress(r, 2), { ...DERIVED, hAlign: 'right', numberFormat: AMOUNT_FORMAT });
      merges.push(rangeAddress(r, 3, r, 4));
      style(rangeAddress(r, 3, r, 4), HINT);
    }
  }

  // 五 continued: vehicles held / planned by category, and ≥100万元 equipment.
  const head = add([...VEHICLE_HEADER]);
  style(rangeAddress(head, 1, head, 3), HEADER);
  const first = head + 1;
  for (const [cat, label] of VEHICLE_CATEGORIES) {
    const r = add([label, countOf(v, `assets.held.${cat}`), countOf(v, `assets.planned.${cat}`)]);
    style(cellAddress(r, 1), LABEL);
    style(rangeAddress(r, 2, r, 3), { ...INPUT, hAlign: 'right', numberFormat: COUNT_FORMAT });
  }
  const last = rows.length;
  const total = add([
    VEHICLE_TOTAL_LABEL,
    `=SUM(${cellAddress(first, 2)}:${cellAddress(last, 2)})`,
    `=SUM(${cellAddress(first, 3)}:${cellAddress(last, 3)})`,
  ]);
  style(cellAddress(total, 1), { ...LABEL, bold: true });
  style(rangeAddress(total, 2, total, 3), { ...DERIVED, hAlign: 'right', numberFormat: COUNT_FORMAT });
  const dev = add([DEVICE_LABEL, countOf(v, 'assets.devices.held'), countOf(v, 'assets.devices.planned')]);
  style(cellAddress(dev, 1), LABEL);
  style(rangeAddress(dev, 2, dev, 3), { ...INPUT, hAlign: 'right', numberFormat: COUNT_FORMAT });
  heights[dev] = 30;

  // 六: per-类 wording.
  section(PURPOSE_TITLE);
  const ph = add([...PURPOSE_HEADER]);
  style(rangeAddress(ph, 1, ph, 5), HEADER);
  const classes = options.classes ?? [];
  const codes = [...classes.map((c) => c.code), ...Object.keys(v?.purposes ?? {}).filter((c) => !classes.some((k) => k.code === c))];
  const lines = codes.length > 0 ? codes : new Array<string>(BLANK_PURPOSE_ROWS).fill('');
  for (const code of lines) {
    const name = classes.find((c) => c.code === code)?.name ?? '';
    const r = add([
      code || null,
      name || null,
      (code && v?.purposes[code]) || null,
      code ? (defaultPurpose(code, name) ?? '（科目说明中没有，按科目名称生成）') : null,
      (code && v?.lineReasons[code]) || null,
    ]);
    style(rangeAddress(r, 1, r, 2), { ...LABEL, numberFormat: '@' });
    style(cellAddress(r, 3), { ...INPUT, wrap: true, numberFormat: '@' });
    style(cellAddress(r, 4), { ...HINT, border: true });
    style(cellAddress(r, 5), { ...INPUT, wrap: true, numberFormat: '@' });
    if (!code) style(rangeAddress(r, 1, r, 2), { ...INPUT, numberFormat: '@' });
    heights[r] = 30;
  }

  return {
    name: MATERIALS_SHEET,
    cells: rows,
    styles,
    merges,
    columnWidths: [40, 20, 24, 52, 30],
    rowHeights: heights,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
    conditionalFormats: [],
    tab: { color: '#FFC000' },
  };
}

function valueOf(field: MaterialField, v: Materials | undefined): PlanCell {
  if (!v) return null;
  if (field.key === 'department') return v.department ?? null;
  switch (field.kind) {
    case 'count':
      return v.counts[field.key as CountKey] ?? null;
    case 'amount': {
      const fen = v.amounts[field.key as MaterialAmountKey];
      return fen === undefined ? null : fen / 100;
    }
    default: {
      const t = v.texts[field.key as TextKey];
      return t === undefined || t === '' ? null : t;
    }
  }
}

function countOf(v: Materials | undefined, key: CountKey): PlanCell {
  return v?.counts[key] ?? null;
}
