import type { Fen } from '../../money';
import { AMOUNT_NAMES, type AmountKey, type CellRef, type ClassFact, type NarrativeFacts } from '../facts';
import { resolveLine, subjectNameKey, type LineResolution } from './resolveLine';
import { styleOf } from './judgeFigure';
import type { ComparisonMention, FigureMention, ScannedParagraph, ScannedText, Section } from './scanText';

// What each figure of the text claims to state, and what each comparison compares.

/**
 * The words before a figure, most specific first (quotes removed), and what they claim. A third key
 * is what the words claim when the tables hold no figure for the second: 本年收入预算 is the
 * 收入预算 of a 收支总表 that sets no 上年结转 apart.
 */
const CLAIMS: ReadonlyArray<readonly [RegExp, AmountKey, AmountKey?]> = [
  // A 收支预算总表 with 上年结转 and 结转下年 (江苏): the 总计 and the 本年 合计, and the 支出用途. Its
  // 收入预算 part restates them ("本年收入预算合计…万元，其中：一般公共预算收入…万元，占…").
  [/收入、?支出预算总计$|收、支预算总计$|^(?:[（(][一二三四五六七八九十]+[)）])?收入预算总计$/, 'summary.incomeTotal'],
  [/^(?:[（(][一二三四五六七八九十]+[)）])?支出预算总计$/, 'summary.expenditureTotal'],
  // The scan drops a 合计 before the figure.
  [/本年收入预算(?:合计)?$/, 'summary.currentIncome', 'income.total'],
  [/财政拨款收入预算总计$|财政拨款收、?支总?预算$/, 'summary.fiscal'],
  [/^(?:[（(]\d+[)）])?一般公共预算收入(?:预算)?$/, 'summary.generalPublic'],
  [/^(?:[（(]\d+[)）])?政府性基金(?:预算)?收入(?:预算)?$/, 'summary.govFund'],
  [/^(?:\d+[.．、])?财政专户管理资金(?:收入预算总计)?$/, 'summary.specialAccount'],
  [/^(?:\d+[.．、])?其他资金(?:收入预算总计)?$/, 'summary.otherFunds'],
  [/上年结转资金(?:预算数?)?$/, 'summary.carryIn'],
  [/本年支出预算(?:合计)?$/, 'summary.currentExpenditure', 'expenditure.total'],
  [/^(?:\d+[.．、])?结转下年资金(?:预算数?)?$/, 'summary.carryOut'],
  [/^(?:其中|此外)?基本支出(?:预算数?)?$/, 'uses.basic'],
  // The 支出用途's 项目支出, or the 支出预算总表's where the tables set out no 支出用途.
  [/^(?:其中|此外)?项目支出(?:预算数?)?$/, 'uses.project', 'project.total'],
  [/^(?:其中|此外)?单位预留机动经费(?:预算数?)?$/, 'uses.reserve'],
  [/一般公共预算财政拨款基本支出预算$/, 'generalPublic.basic'],
  [/财政拨款基本支出预算$/, 'fiscal.basic'],
  // "一般公共预算拨款支出预算" (上海), "一般公共预算财政拨款支出预算" (江苏).
  [/一般公共预算(?:财政)?拨款支出预算$/, 'expenditure.generalPublic'],
  // "政府性基金预算拨款支出预算" (上海), "政府性基金支出预算支出" (江苏).
  [/政府性基金(预算)?拨款支出预算$|政府性基金(?:预算)?支出预算支出$/, 'expenditure.govFund'],
  [/国有资本经营预算拨款支出预算$/, 'expenditure.stateCapital'],
  // "财政拨款支出预算" (上海), "财政拨款预算支出" (江苏).
  [/财政拨款支出预算$|财政拨款预算支出$/, 'expenditure.fiscal'],
  [/(预算支出总额|支出预算)$/, 'expenditure.total'],
  [/财政拨款收入$/, 'income.fiscal'],
  [/事业单位经营收入$/, 'income.operating'],
  [/事业收入$/, 'income.business'],
  [/其他收入$/, 'income.other'],
  [/收入预算$/, 'income.total'],
  // 三公 and 机关运行经费 as 上海 ("公务接待费") and 江苏 ("公务接待费预算支出", "公务用车购置预算支出") write them.
  [/三公.?经费预算(数)?$/, 'sangong.total'],
  [/因公出国[(（]境[)）]费(用)?(预算)?(支出)?$/, 'sangong.abroad'],
  [/公务用车购置及运行(维护)?费(预算)?(支出)?$/, 'sangong.vehicle'],
  [/公务用车购置费$|公务用车购置(费)?预算支出$/, 'sangong.vehiclePurchase'],
  [/公务用车运行(维护)?费(预算)?(支出)?$/, 'sangong.vehicleOperation'],
  [/公务接待费(预算)?(支出)?$/, 'sangong.reception'],
  [/机关运行经费(预算)?(支出)?$/, 'office'],
  [/会议费(预算)?(支出)?$/, 'meeting'],
  [/培训费(预算)?(支出)?$/, 'training'],
  [/政府采购货物预算$/, 'procurement.goods'],
  [/政府采购工程预算$/, 'procurement.works'],
  [/政府采购服务预算$/, 'procurement.services'],
  [/预留给小型和微型企业的政府采购项目预算$/, 'procurement.smeSmall'],
  [/面向中小企业预留政府采购项目预算(金额)?$/, 'procurement.sme'],
  [/政府采购预算$|政府采购(?:支出)?预算总额$/, 'procurement.total'],
  // 江苏: "其中：拟采购货物支出84万元、拟购买服务支出1338.50万元".
  [/拟采购货物支出$/, 'procurement.goods'],
  [/拟采购工程支出$/, 'procurement.works'],
  [/拟(?:购买|采购)服务支出$/, 'procurement.services'],
  [/涉及项目预算资金$/, 'performance.funds'],
];

export type ClaimGroup = 'budget' | 'sangong' | 'procurement' | 'performance' | 'line' | 'executed';

export interface Claim {
  readonly group: ClaimGroup;
  /** AmountKey, or "line:<code>" / "executed:<code>". */
  readonly key: string;
  /** zh-CN: "财政拨款收入", "“教育支出”（205）". */
  readonly name: string;
  /** What the table (or 说明素材) holds, 分; null when nothing holds it (a figure only the text gives). */
  readonly fen: Fen | null;
  readonly previous?: Fen;
  readonly previousExecuted?: Fen;
  readonly source?: CellRef;
  /** Where the figure comes from when not a table: 说明素材 or 上年数. */
  readonly from: 'table' | 'materials' | 'previous';
  readonly line?: ClassFact;
  readonly resolution?: LineResolution;
}

export interface ResolvedFigure {
  readonly paragraph: ScannedParagraph;
  readonly mention: FigureMention;
  /** null: nothing in the tables or 说明素材 is claimed (the label was not recognised). */
  readonly claim: Claim | null;
  /** Decimals most figures of the section print with. */
  readonly style: number;
  /** The line of 财政拨款支出主要内容 could not be told (unknown or ambiguous name). */
  readonly unresolved?: LineResolution;
}

export interface ResolvedComparison {
  readonly paragraph: ScannedParagraph;
  readonly mention: ComparisonMention;
  /** The figure compared: the last figure before it in the paragraph. */
  readonly subject: ResolvedFigure | null;
  /** For a rate against last year's 执行数 the text states itself ("执行数为60.13万元"). */
  readonly statedExecuted?: ResolvedFigure;
}

export interface Resolved {
  readonly figures: readonly ResolvedFigure[];
  readonly comparisons: readonly ResolvedComparison[];
}

function groupOf(key: AmountKey): ClaimGroup {
  if (key.startsWith('sangong.') || key === 'office' || key === 'meeting' || key === 'training') return 'sangong';
  if (key.startsWith('procurement.')) return 'procurement';
  if (key.startsWith('performance.')) return 'performance';
  return 'budget';
}

function amountClaim(key: AmountKey, facts: NarrativeFacts): Claim | null {
  const f = facts.amounts[key];
  if (!f) return null;
  const fromMaterials = key.startsWith('procurement.') || key.startsWith('performance.');
  return {
    group: groupOf(key),
    key,
    name: AMOUNT_NAMES[key],
    fen: f.fen ?? 0,
    from: fromMaterials ? 'materials' : 'table',
    ...(f.previous !== undefined ? { previous: f.previous } : {}),
    ...(f.source ? { source: f.source } : {}),
  };
}

/** Procurement and 绩效 figures the 说明素材 does not hold are still read, to check the text against itself. */
function unheldClaim(key: AmountKey): Claim {
  return { group: groupOf(key), key, name: AMOUNT_NAMES[key], fen: null, from: 'materials' };
}

function lineClaim(line: ClassFact, resolution: LineResolution): Claim {
  return {
    group: 'line',
    key: `line:${line.code}`,
    name: `${line.name}（${line.code}）`,
    fen: line.fen,
    from: 'table',
    line,
    resolution,
    ...(line.previous !== undefined ? { previous: line.previous } : {}),
    ...(line.previousExecuted !== undefined ? { previousExecuted: line.previousExecuted } : {}),
    ...(line.source ? { source: line.source } : {}),
  };
}

const SECTIONS_FOR: Readonly<Record<ClaimGroup, readonly Section[]>> = {
  budget: ['budget', 'unknown'],
  sangong: ['sangong', 'office', 'unknown', 'budget'],
  procurement: ['procurement', 'unknown'],
  performance: ['performance', 'unknown'],
  line: ['budget', 'unknown'],
  executed: ['budget', 'unknown'],
};

/** "（一）人员经费", "（二）公用经费": a part of the 基本支出 just stated. */
const BASIC_PART = /^(?:[（(][一二三四五六七八九十]+[)）]|\d+[.．、])?(人员经费|(?:日常)?公用经费)$/;

/** "1．一般公共服务（类）支出", "2．社会保障和就业支出" → the 类 name without 支出. */
const CLASS_LINE = /^\d+[.．、]\s*(.+?)(?:[（(]类[)）]\s*(?:支出)?|支出)$/;

export function resolveText(text: ScannedText, facts: NarrativeFacts): Resolved {
  const figures: ResolvedFigure[] = [];
  const comparisons: ResolvedComparison[] = [];
  const lines = facts.lines.length > 0 ? facts.lines : facts.classes;
  const styles = new Map<Section, number>();
  for (const section of new Set(text.paragraphs.map((p) => p.section))) {
    const numbers = text.paragraphs
      .filter((p) => p.section === section)
      .flatMap((p) => p.mentions.filter((m): m is FigureMention => m.kind === 'figure' && m.text.endsWith('万元')).map((m) => m.number));
    styles.set(section, styleOf(numbers));
  }

  // The 基本支出 whose 人员经费 and 公用经费 the text goes on to state: the last one it stated, in its section.
  let basicOf: 'fiscal' | 'generalPublic' | null = null;
  let basicSection: Section | null = null;
  for (const p of text.paragraphs) {
    const style = styles.get(p.section) ?? 0;
    if (p.section !== basicSection) basicOf = null;
    let last: ResolvedFigure | null = null;
    let lineOf: Claim | null = null;
    let executed: ResolvedFigure | undefined;
    for (const m of p.mentions) {
      if (m.kind === 'comparison') {
        const subject = m.basis === 'executed' && lineOf ? (figures.find((f) => f.paragraph === p && f.claim === lineOf) ?? last) : last;
        comparisons.push({ paragraph: p, mention: m, subject, ...(executed ? { statedExecuted: executed } : {}) });
        continue;
      }
      const resolved = resolveFigure(p, m, style);
      figures.push(resolved);
      const claimed = resolved.claim?.key;
      if (claimed === 'fiscal.basic' || claimed === 'generalPublic.basic' || claimed === 'uses.basic') {
        basicOf = claimed === 'uses.basic' ? null : claimed === 'fiscal.basic' ? 'fiscal' : 'generalPublic';
        basicSection = p.section;
      }
      if (resolved.claim?.group === 'line') lineOf = resolved.claim;
      if (resolved.claim?.group === 'executed') executed = resolved;
      if (/单价$/.test(m.label) || p.text.slice(m.index + m.text.length).startsWith('（含）以上')) continue;
      last = resolved;
    }
  }
  return { figures, comparisons };

  /** "1．一般公共服务（类）支出": a 类 line of the 支出预算, when the tables list 支出预算 by 类 (江苏). */
  function classLineClaim(label: string): Claim | null {
    const name = CLASS_LINE.exec(label)?.[1];
    const line = name === undefined ? undefined : facts.expenditureClasses?.find((c) => subjectNameKey(c.name) === subjectNameKey(name));
    if (!line) return null;
    return {
      group: 'budget',
      key: `class:${line.name}`,
      name: `“${line.name}”（类）支出预算`,
      fen: line.fen,
      from: 'table',
      source: line.source,
    };
  }

  function resolveFigure(p: ScannedParagraph, m: FigureMention, style: number): ResolvedFigure {
    const base = { paragraph: p, mention: m, style };
    if (p.listLine) {
      const firstInLine = !figures.some((f) => f.paragraph === p && f.claim?.group === 'line');
      if (/执行数$/.test(m.label)) {
        const line = figures.find((f) => f.paragraph === p && f.claim?.group === 'line')?.claim?.line;
        if (!line) return { ...base, claim: null };
        const claim: Claim = {
          group: 'executed',
          key: `executed:${line.code}`,
          name: `${line.name}（${line.code}）上年当年预算执行数`,
          fen: line.previousExecuted ?? null,
          from: 'previous',
        };
        return { ...base, claim };
      }
      if (firstInLine || /预算安排$/.test(m.label)) {
        const prior = figures.find((f) => f.paragraph === p && f.claim?.group === 'line');
        if (!firstInLine && prior?.claim) return { ...base, claim: prior.claim };
        const label = /[“"]/.test(p.text.slice(0, m.index)) ? (/[“"]([^”"]+)[”"]/.exec(p.text)?.[1] ?? m.label) : m.label;
        const r = resolveLine(label, lines);
        if (r.kind === 'found' || r.kind === 'path-mismatch') return { ...base, claim: lineClaim(r.line, r) };
        return { ...base, claim: null, unresolved: r };
      }
    }
    const byClass = classLineClaim(m.label);
    if (byClass && SECTIONS_FOR.budget.includes(p.section)) return { ...base, claim: byClass };
    const part = BASIC_PART.exec(m.label)?.[1];
    if (part !== undefined) {
      // A part of the 基本支出 stated just before it; of none the tables split, nothing is claimed.
      const key = basicOf ? (`${basicOf}.${part === '人员经费' ? 'personnel' : 'public'}` as const) : undefined;
      return { ...base, claim: key && SECTIONS_FOR.budget.includes(p.section) ? amountClaim(key, facts) : null };
    }
    const hit = CLAIMS.find(([re]) => re.test(m.label));
    if (!hit) return { ...base, claim: null };
    const [, key, otherwise] = hit;
    if (!SECTIONS_FOR[groupOf(key)].includes(p.section)) return { ...base, claim: null };
    const claim =
      amountClaim(key, facts) ??
      (otherwise ? amountClaim(otherwise, facts) : null) ??
      (groupOf(key) === 'procurement' || groupOf(key) === 'performance' ? unheldClaim(key) : null);
    return { ...base, claim };
  }
}
