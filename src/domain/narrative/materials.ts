import { GENERATED_SHEET_NAMES } from '../read/tableTitles';
import { z } from 'zod';
import { AMOUNT_NAMES, COUNT_KEYS, isAmountKey, TEXT_KEYS, VEHICLE_CATEGORIES, type AmountKey, type CountKey, type TextKey } from './facts';

// What the officer enters for the 编制说明 that the nine tables do not hold: reasons for changes,
// 政府采购, 绩效目标, 国有资产, unit counts, per-类 wording. Laid out by buildMaterialsSheet and
// read back by readMaterialsSheet; the same field list drives both.

export const MATERIALS_SHEET = GENERATED_SHEET_NAMES.materials;

export type MaterialKind = 'count' | 'amount' | 'text' | 'date' | 'choice';

/** The 说明素材 amounts (元 on the sheet, 分 here). */
export type MaterialAmountKey =
  'procurement.goods' | 'procurement.works' | 'procurement.services' | 'procurement.sme' | 'procurement.smeSmall' | 'performance.funds';

export type MaterialKey = CountKey | TextKey | MaterialAmountKey | 'department';

export interface MaterialField {
  readonly key: MaterialKey;
  readonly label: string;
  readonly kind: MaterialKind;
  /** Shown beside the input: what it is for. */
  readonly hint: string;
}

export interface MaterialSection {
  readonly title: string;
  readonly fields: readonly MaterialField[];
}

const reason = (key: AmountKey, label: string): MaterialField => ({
  key: `reason.${key}`,
  label: `${label}增减原因`,
  kind: 'text',
  hint: '',
});

/** Single-value inputs, by section. Vehicles and per-类 wording are tables of their own. */
export const MATERIAL_SECTIONS: readonly MaterialSection[] = [
  {
    title: '一、部门基本情况',
    fields: [
      { key: 'department', label: '部门名称', kind: 'text', hint: '留空则取预算表表头“编制部门”' },
      { key: 'office.agencies', label: '机关家数', kind: 'count', hint: '机关运行经费段：下属×家机关' },
      { key: 'office.civilServiceUnits', label: '参公事业单位家数', kind: 'count', hint: '机关运行经费段：×家参公事业单位' },
    ],
  },
  {
    title: '二、增减原因（比上年增加或减少时填写，不必写“主要原因是”）',
    fields: [
      reason('sangong.total', '“三公”经费合计'),
      reason('sangong.abroad', '因公出国（境）费'),
      reason('sangong.vehicle', '公务用车购置及运行费'),
      reason('sangong.vehiclePurchase', '公务用车购置费'),
      reason('sangong.vehicleOperation', '公务用车运行费'),
      reason('sangong.reception', '公务接待费'),
      reason('office', '机关运行经费'),
    ],
  },
  {
    title: '三、政府采购预算（单位：元）',
    fields: [
      { key: 'procurement.goods', label: '政府采购货物预算', kind: 'amount', hint: '' },
      { key: 'procurement.works', label: '政府采购工程预算', kind: 'amount', hint: '' },
      { key: 'procurement.services', label: '政府采购服务预算', kind: 'amount', hint: '' },
      { key: 'procurement.sme', label: '面向中小企业预留政府采购项目预算', kind: 'amount', hint: '' },
      { key: 'procurement.smeSmall', label: '其中：预留给小型和微型企业', kind: 'amount', hint: '' },
    ],
  },
  {
    title: '四、绩效目标设置情况',
    fields: [
      { key: 'performance.units', label: '开展绩效目标编报的预算单位数', kind: 'count', hint: '' },
      { key: 'performance.projects', label: '编报绩效目标的项目个数', kind: 'count', hint: '' },
      { key: 'performance.funds', label: '涉及项目预算资金（元）', kind: 'amount', hint: '不应大于项目支出预算' },
      { key: 'performance.note', label: '补充说明（可不填）', kind: 'text', hint: '另起一段写入' },
    ],
  },
  {
    title: '五、国有资产占有使用情况',
    fields: [{ key: 'assets.asOf', label: '资产统计截止日期', kind: 'date', hint: '如 2023-08-31' }],
  },
  {
    title: '六、财政拨款支出主要内容的写法（留空用默认）',
    fields: [
      { key: 'list.level', kind: 'choice' as const, label: '列到哪一级科目', hint: '类（默认）、款 或 项' },
      {
        key: 'list.style',
        kind: 'choice' as const,
        label: '科目写法',
        hint: '科目名称（默认）、类款项标注（“…（类）…（款）…（项）”）或 短横线连接（“…-…-…”）',
      },
      {
        key: 'list.compare',
        kind: 'choice' as const,
        label: '与上年比较',
        hint: '上年预算（默认）、上年执行数（填上年数表的执行数列）或 不比较',
      },
      {
        key: 'list.figures',
        kind: 'choice' as const,
        label: '万元的写法',
        hint: '按年度版式（默认）、万元取整、万元两位小数、万元两位小数去尾零 或 万元两位小数不分节（不用千位分隔符）',
      },
    ],
  },
];

export const PROCUREMENT_TOTAL_LABEL = '政府采购预算合计';
export const VEHICLE_HEADER = ['车辆类别', '现有（辆）', '本年预算安排购置（辆）'] as const;
export const VEHICLE_TOTAL_LABEL = '车辆合计';
export const DEVICE_LABEL = '单价100万元（含）以上设备（不含车辆），台（套）';
export const PURPOSE_TITLE = '七、财政拨款支出主要用途（“主要用于”之后的文字；留空则用按科目说明生成的默认用语，生成时提示核对）';
export const PURPOSE_HEADER = ['科目编码', '科目名称', '主要用于', '默认用语', '增减原因（与上年执行数比较时）'] as const;

export function vehicleLabel(category: (typeof VEHICLE_CATEGORIES)[number][0]): string {
  const hit = VEHICLE_CATEGORIES.find(([c]) => c === category);
  if (!hit) throw new RangeError(`vehicleLabel: unknown vehicle category "${category}"`);
  return hit[1];
}

const MATERIAL_AMOUNT_KEYS = [
  'procurement.goods',
  'procurement.works',
  'procurement.services',
  'procurement.sme',
  'procurement.smeSmall',
  'performance.funds',
] as const satisfies readonly MaterialAmountKey[];
const MATERIAL_KEYS: readonly [MaterialKey, ...MaterialKey[]] = ['department', ...COUNT_KEYS, ...TEXT_KEYS, ...MATERIAL_AMOUNT_KEYS];

const cellRef = z.object({ sheet: z.string(), cell: z.string() });

/** Materials as read from the sheet, or given directly (e.g. a demo's transcribed values). */
export const MaterialsSchema = z.object({
  department: z.string().min(1).optional(),
  counts: z.partialRecord(z.enum(COUNT_KEYS), z.number().int().min(0)),
  texts: z.partialRecord(z.enum(TEXT_KEYS), z.string()),
  /** 分 */
  amounts: z.partialRecord(z.enum(MATERIAL_AMOUNT_KEYS), z.number().int().min(0)),
  /** 类/款/项 code → "主要用于…" */
  purposes: z.record(z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位'), z.string()),
  /** 类/款/项 code → reason for the change against last year's 执行数 */
  lineReasons: z.record(z.string().regex(/^\d{3}(\d{2}){0,2}$/, '科目编码应为 3、5 或 7 位'), z.string()).default({}),
  /** Where each input sits, for findings. */
  cells: z.partialRecord(z.enum(MATERIAL_KEYS), cellRef).optional(),
});
export type Materials = z.infer<typeof MaterialsSchema>;

export const EMPTY_MATERIALS: Materials = { counts: {}, texts: {}, amounts: {}, purposes: {}, lineReasons: {} };

/** Validates materials given as data (not from the sheet); misuse throws naming the bad field. */
export function parseMaterials(input: unknown): Materials {
  const r = MaterialsSchema.safeParse(input);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new RangeError(`parseMaterials: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim());
  }
  return r.data;
}

/** The 说明素材 label of an input, for findings ("机关家数", "执法执勤用车（本年预算安排购置）"). */
export function materialLabel(key: string): string {
  for (const s of MATERIAL_SECTIONS) for (const f of s.fields) if (f.key === key) return f.label;
  const m = /^assets\.(held|planned)\.(\w+)$/.exec(key);
  if (m) {
    const col = m[1] === 'held' ? VEHICLE_HEADER[1] : VEHICLE_HEADER[2];
    const cat = VEHICLE_CATEGORIES.find(([c]) => c === m[2]);
    return `${cat ? cat[1] : VEHICLE_TOTAL_LABEL}（${col}）`;
  }
  const d = /^assets\.devices\.(held|planned)$/.exec(key);
  if (d) return `${DEVICE_LABEL}（${d[1] === 'held' ? VEHICLE_HEADER[1] : VEHICLE_HEADER[2]}）`;
  if (key === 'procurement.total') return '政府采购货物、工程、服务预算';
  // Any other figure by its name: no key reaches the officer.
  return isAmountKey(key) ? AMOUNT_NAMES[key] : key;
}
