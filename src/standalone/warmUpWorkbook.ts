import { zipSync, type Zippable } from 'fflate';
import { catalogsForYear } from '../domain/catalog/catalog';
import { cellAddress } from '../domain/a1';
import { blankBudget } from '../domain/model/blankBudget';
import type { BudgetData, LineItem } from '../domain/model/budgetData';
import { buildCheckSheet } from '../domain/check/buildCheckSheet';
import { checkAllSheets } from '../domain/check/checkAllSheets';
import { buildMaterialsSheet } from '../domain/narrative/buildMaterialsSheet';
import { buildPreviousYearSheet } from '../domain/narrative/buildPreviousYearSheet';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import { readSnapshotsFast } from '../hosts/xlsx/readSnapshotsFast';
import type { SheetPlan, WorkbookPlan } from '../domain/plan/sheetPlan';

// A small synthetic workbook for warming the page's engine at idle: the nine standard tables laid
// out by the product's own template builder for a made-up department, with a few 项 and 款 taken
// from the built-in catalog and round made-up amounts, plus the product's other sheets for them. It knows nothing of any real budget or of
// any file the officer may open. It is written as a plain .xlsx package (shared strings, numbers,
// formulas, merges) with fflate, which the page bundles anyway: ExcelJS would take longer to write
// it than the warm-up saves. Nothing the officer sees or downloads is ever made this way.

const WARM_UP_YEAR = 2025;

// fflate declares its results as Uint8Array<ArrayBuffer>, which this TypeScript (5.6) does not know.
const zip: (files: Zippable) => Uint8Array = zipSync;
const encoder = new TextEncoder();
const strToU8 = (s: string): Uint8Array => encoder.encode(s);

/** Every n-th code of the given length, spread over the catalog, at most `count`. */
function spread(codes: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(codes.length / count));
  return codes.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * The made-up budget: 8 项 and a few 款 with round amounts that agree across the tables (income =
 * expenditure, all of it 财政拨款 in the 一般公共预算, 基本支出 = the economic 款), so that the checks
 * run their ordinary course rather than the root-cause search a badly broken workbook sends them on.
 * Two slips are planted, as in a real draft: a 1 元 尾差 and one 项 whose 财政拨款收入 is 1 万元 short,
 * so that the list the warm-up renders has findings, a root cause and what follows from it.
 */
export function warmUpBudget(): BudgetData {
  const catalogs = catalogsForYear(WARM_UP_YEAR);
  const items = spread(
    catalogs.functional
      .entries()
      .map((e) => e.code)
      .filter((c) => c.length === 7),
    8,
  );
  const econ = ['301', '302', '303'].flatMap((group) =>
    spread(
      catalogs.economic
        .entries()
        .map((e) => e.code)
        .filter((c) => c.length === 5 && c.startsWith(group)),
      2,
    ),
  );
  const blank = blankBudget({ year: WARM_UP_YEAR, department: '示意部门', functionalCodes: items, economicCodes: econ }, catalogs);
  const { lines } = blank.data;
  const WAN = 1_000_000; // 分 per 万元
  const split = lines.expenditure.map((l, i) => ({ code: l.code, basic: (40 + 7 * i) * WAN, project: (25 + 3 * i) * WAN }));
  const basicTotal = split.reduce((a, x) => a + x.basic, 0);
  const byCode = new Map(split.map((x) => [x.code, x]));
  const spend = (l: LineItem): LineItem => {
    const x = byCode.get(l.code);
    return { ...l, amounts: x ? { basic: x.basic, project: x.project } : {} };
  };
  // The 基本支出 spread over the 款: 人员经费 for 301/303, 公用经费 for 302; the last 款 takes the rest.
  const share = Math.floor(basicTotal / econ.length / WAN) * WAN;
  const economic: LineItem[] = lines.economic.map((l, i, all) => {
    const amount = i === all.length - 1 ? basicTotal - share * (all.length - 1) : share;
    const amounts: Record<string, number> = l.code.startsWith('302') ? { public: amount } : { personnel: amount };
    return { ...l, amounts };
  });
  return {
    ...blank.data,
    lines: {
      ...lines,
      income: lines.income.map((l, i) => {
        const x = byCode.get(l.code);
        const slip = i === 0 ? 100 : i === 3 ? -WAN : 0;
        const amounts: Record<string, number> = x ? { fiscal: x.basic + x.project + slip } : {};
        return { ...l, amounts };
      }),
      expenditure: lines.expenditure.map(spend),
      generalPublic: lines.generalPublic.map(spend),
      economic,
    },
    sangong: { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 },
  };
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function sheetXml(sheet: SheetPlan, stringIndex: (s: string) => number): string {
  const rows: string[] = [];
  sheet.cells.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const ref = cellAddress(r + 1, c + 1);
      if (typeof v === 'number') cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (v.startsWith('=')) cells.push(`<c r="${ref}"><f>${escapeXml(v.slice(1))}</f></c>`);
      else cells.push(`<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`);
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

/** The plan as .xlsx bytes: values, formulas (no cached results) and merges; no styles. */
export function planToXlsx(plan: WorkbookPlan): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const stringIndex = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  plan.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, stringIndex));
  });
  const sheets = plan.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`);
  const rels = plan.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const ssRel = `<Relationship Id="rId${plan.sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${XML}<Relationships xmlns="${PKG_REL}">${rels}${ssRel}</Relationships>`);
  files['xl/sharedStrings.xml'] = strToU8(
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
      .join('')}</sst>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = plan.sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
  );
  return zip(files);
}

/**
 * The synthetic workbook's bytes: the nine tables, blank 上年数 and 说明素材 sheets for their 类 (as
 * `budget narrative --init` lays them out), and the 校验 sheet the product writes for these tables —
 * the kinds of sheet an officer's workbook holds, each read by its own code.
 */
export function warmUpWorkbook(): Uint8Array {
  const budget = warmUpBudget();
  const tables = buildBudgetWorkbook(budget).plan.sheets;
  const functional = catalogsForYear(budget.year).functional;
  const classes = [...new Set(budget.lines.expenditure.map((l) => l.code.slice(0, 3)))].map((code) => ({
    code,
    name: functional.name(code) ?? code,
  }));
  const narrative = [buildPreviousYearSheet({ year: budget.year - 1, classes }), buildMaterialsSheet({ year: budget.year, classes })];
  const checked = checkAllSheets(readSnapshotsFast(planToXlsx({ sheets: tables })));
  return planToXlsx({ sheets: [...tables, ...narrative, buildCheckSheet(checked.parsed, checked.context)] });
}
