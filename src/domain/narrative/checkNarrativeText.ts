import { canonicalName } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import { excelRound, formatThousands, type Fen } from '../money';
import { AMOUNT_NAMES, VEHICLE_CATEGORIES, type AmountKey, type CellRef, type CountKey, type NarrativeFacts } from './facts';
import { materialLabel } from './materials';
import { narrativeFinding } from './narrativeFinding';
import type { NarrativeText } from './buildNarrativeSheet';

// Reads a 编制说明 (ours, or one written by hand) and checks every 万元 figure against the facts it
// claims to state, every "比上年增加/减少" against last year's figure, the counts against the
// 说明素材 sheet, and that each change in the 三公 section gives its reason.

type Section = 'budget' | 'other' | 'sangong' | 'office' | 'procurement' | 'performance' | 'assets' | 'project' | 'unknown';

const HEADINGS: ReadonlyArray<readonly [RegExp, Section]> = [
  [/部门预算编制说明$/, 'budget'],
  [/其他相关情况说明$/, 'other'],
  [/三公.{0,2}经费预算情况说明$/, 'sangong'],
  [/机关运行经费预算$/, 'office'],
  [/政府采购预算情况$/, 'procurement'],
  [/(绩效目标设置情况|预算绩效情况)$/, 'performance'],
  [/国有资产占有使用情况$/, 'assets'],
  [/经费情况说明$/, 'project'],
];

/** What the words just before a figure say it is. Most specific first; quotes removed before matching. */
const CLAIMS: ReadonlyArray<readonly [RegExp, AmountKey]> = [
  [/一般公共预算拨款支出预算$/, 'expenditure.generalPublic'],
  [/政府性基金(预算)?拨款支出预算$/, 'expenditure.govFund'],
  [/国有资本经营预算拨款支出预算$/, 'expenditure.stateCapital'],
  [/财政拨款支出预算$/, 'expenditure.fiscal'],
  [/(预算支出总额|支出预算)$/, 'expenditure.total'],
  [/财政拨款收入$/, 'income.fiscal'],
  [/事业单位经营收入$/, 'income.operating'],
  [/事业收入$/, 'income.business'],
  [/其他收入$/, 'income.other'],
  [/收入预算$/, 'income.total'],
  [/三公经费预算(数)?$/, 'sangong.total'],
  [/因公出国[(（]境[)）]费(用)?$/, 'sangong.abroad'],
  [/公务用车购置及运行费$/, 'sangong.vehicle'],
  [/公务用车购置费$/, 'sangong.vehiclePurchase'],
  [/公务用车运行(维护)?费$/, 'sangong.vehicleOperation'],
  [/公务接待费$/, 'sangong.reception'],
  [/机关运行经费(预算)?$/, 'office'],
  [/政府采购货物预算$/, 'procurement.goods'],
  [/政府采购工程预算$/, 'procurement.works'],
  [/政府采购服务预算$/, 'procurement.services'],
  [/预留给小型和微型企业的政府采购项目预算$/, 'procurement.smeSmall'],
  [/面向中小企业预留政府采购项目预算(金额)?$/, 'procurement.sme'],
  [/政府采购预算$/, 'procurement.total'],
  [/涉及项目预算资金$/, 'performance.funds'],
];

const COUNT_CLAIMS: ReadonlyArray<readonly [RegExp, CountKey, string]> = [
  [/下属(\d+)家机关/g, 'office.agencies', '家机关'],
  [/(\d+)家参公事业单位/g, 'office.civilServiceUnits', '家参公事业单位'],
  [/本部门(\d+)个预算单位/g, 'performance.units', '个预算单位'],
  [/编报绩效目标的项目(\d+)个/g, 'performance.projects', '编报绩效目标的项目'],
  [/共有车辆(\d+)辆/g, 'assets.held.total', '共有车辆'],
  [/安排购置车辆(\d+)辆/g, 'assets.planned.total', '安排购置车辆'],
];

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/** A comparison ("比2023年预算增加2,372万元", "与上年持平", "较上年下降…") or a figure ("250,203万元"). */
const SCAN = new RegExp(
  String.raw`(?:比|与|较)(\d{4}年|上年)(?:度)?(?:预算)?(增加|减少|增长|下降|持平)(?:${NUMBER}万元)?|${NUMBER}万元`,
  'g',
);
const DIRECTION: Readonly<Record<string, '增加' | '减少' | '持平'>> = {
  增加: '增加',
  增长: '增加',
  减少: '减少',
  下降: '减少',
  持平: '持平',
};
const DELIMITER = /[，。；：、,;:！？\n]/;

interface Claim {
  readonly key: AmountKey | `class:${string}`;
  readonly name: string;
  readonly fen: Fen;
  readonly previous?: Fen;
  readonly source?: CellRef;
  /** Decimals the text printed the figure with. */
  readonly decimals: number;
}

interface Stated {
  readonly value: number;
  readonly decimals: number;
  readonly separators: boolean;
  readonly text: string;
}

function stated(text: string): Stated {
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1, separators: text.includes(','), text };
}

/** The text agrees with a figure if it is the figure rounded to the decimals printed (or to two, trailing zeros dropped). */
function agrees(s: Stated, fen: Fen): boolean {
  const wan = fen / 1_000_000;
  if (excelRound(wan, s.decimals) === s.value) return true;
  return s.decimals < 2 && excelRound(wan, 2) === s.value;
}

function shown(fen: Fen, like: Stated): string {
  const digits = Math.max(like.decimals, 0);
  const t = formatThousands(excelRound(fen / 1_000_000, digits), digits);
  return `${like.separators ? t : t.replace(/,/g, '')}万元`;
}

function labelBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !DELIMITER.test(text[start - 1]!)) start--;
  return text
    .slice(start, index)
    .replace(/[“”"'‘’\s]/g, '')
    .replace(/(为|是|共计|合计|预算为)$/, (m) => (m === '预算为' ? '预算' : ''));
}

export function checkNarrativeText(input: NarrativeText, facts: NarrativeFacts): Finding[] {
  const findings: Finding[] = [];
  let section: Section = 'unknown';
  const classByName = new Map(facts.classes.map((c) => [canonicalName(c.name), c]));

  input.paragraphs.forEach((para, i) => {
    const at: CellRef | undefined = input.sheet && para.cell ? { sheet: input.sheet, cell: para.cell } : undefined;
    const whereText = at ? `工作表“${at.sheet}”${at.cell}：` : `第 ${i + 1} 段：`;
    const text = para.text;
    const heading = text.length <= 40 && !/万元/.test(text) ? HEADINGS.find(([re]) => re.test(text.replace(/[\s\u3000]/g, ''))) : undefined;
    if (heading) {
      section = heading[1];
      return;
    }
    if (section === 'project') {
      checkProjectLines(input, i, whereText, at, findings);
      return;
    }
    const push = (
      rule: string,
      severity: Finding['severity'],
      params: Record<string, string | number>,
      extra: Pick<Finding, 'expected' | 'actual' | 'difference'> = {},
    ) => findings.push(narrativeFinding(rule, severity, { where: whereText, ...params }, at, extra));

    let last: Claim | null = null;
    for (const m of text.matchAll(SCAN)) {
      const index = m.index ?? 0;
      if (m[2] !== undefined) {
        checkComparison(m, index, last);
        continue;
      }
      const s = stated(m[4]!);
      const label = labelBefore(text, index);
      if (/单价$/.test(label) || text.slice(index + m[0].length).startsWith('（含）以上')) continue; // a threshold, not a figure
      const claim = claimOf(label, s);
      if (claim === 'unknown-class') {
        last = null;
        continue;
      }
      if (!claim) {
        push('narrative-check/unrecognised', 'info', { context: `${label}${m[0]}`, stated: m[0] });
        last = null;
        continue;
      }
      last = claim;
      if (!agrees(s, claim.fen)) {
        push(
          'narrative-check/figure-mismatch',
          'error',
          {
            claim: claim.name,
            stated: m[0],
            expected: shown(claim.fen, s),
            source: claim.source ? `${claim.source.sheet}!${claim.source.cell}` : '表',
          },
          { expected: claim.fen, actual: Math.round(s.value * 1_000_000), difference: Math.round(s.value * 1_000_000) - claim.fen },
        );
      }
    }
    checkCounts(text, push);

    function claimOf(label: string, s: Stated): Claim | 'unknown-class' | null {
      if (/科目$/.test(label)) {
        const name = label.replace(/^\d+[.、．]?/, '').replace(/科目$/, '');
        const c = classByName.get(canonicalName(name));
        if (!c) {
          push('narrative-check/unknown-class', 'warning', { name });
          return 'unknown-class';
        }
        return {
          key: `class:${c.code}`,
          name: `${c.name}科目`,
          fen: c.fen,
          decimals: s.decimals,
          ...(c.previous !== undefined ? { previous: c.previous } : {}),
          ...(c.source ? { source: c.source } : {}),
        };
      }
      const hit = CLAIMS.find(([re]) => re.test(label));
      if (!hit) return null;
      const key = hit[1];
      const f = facts.amounts[key];
      if (!f) return null;
      return {
        key,
        name: AMOUNT_NAMES[key],
        fen: f.fen ?? 0,
        decimals: s.decimals,
        ...(f.previous !== undefined ? { previous: f.previous } : {}),
        ...(f.source ? { source: f.source } : {}),
      };
    }

    function checkComparison(m: RegExpMatchArray, index: number, claim: Claim | null): void {
      const direction = DIRECTION[m[2]!]!;
      const statedText = m[0];
      if (!claim) {
        push('narrative-check/unrecognised', 'info', { context: statedText, stated: statedText });
        return;
      }
      const item = `“${claim.name}”`;
      if (claim.previous === undefined) {
        push('narrative-check/no-previous', 'info', { item, stated: statedText });
        return;
      }
      const s = m[3] !== undefined ? stated(m[3]) : { value: 0, decimals: claim.decimals, separators: true, text: '0' };
      // Either the exact change rounded, or the difference of the two figures as printed.
      const exact = claim.fen - claim.previous;
      const printed = Math.round(
        (excelRound(claim.fen / 1_000_000, claim.decimals) - excelRound(claim.previous / 1_000_000, claim.decimals)) * 1_000_000,
      );
      const candidates = [exact, printed];
      const sign = direction === '增加' ? 1 : direction === '减少' ? -1 : 0;
      const ok = candidates.some((d) => {
        if (direction === '持平') return excelRound(d / 1_000_000, claim.decimals) === 0;
        return Math.sign(d) === sign && agrees(s, Math.abs(d));
      });
      if (!ok) {
        const d = printed;
        const expected =
          excelRound(d / 1_000_000, claim.decimals) === 0
            ? `与${m[1]}预算持平`
            : `比${m[1]}预算${d > 0 ? '增加' : '减少'}${shown(Math.abs(d), s)}`;
        push(
          'narrative-check/comparison-mismatch',
          'error',
          { item, stated: statedText, expected },
          { expected: d, actual: sign * Math.round(s.value * 1_000_000) },
        );
        return;
      }
      if (direction !== '持平' && (section === 'sangong' || section === 'office') && claim.key !== 'sangong.total') {
        const after = text.slice(index + statedText.length);
        const clause = after.split(/[。；]/)[0] ?? '';
        if (!/原因/.test(clause)) push('narrative-check/missing-reason', 'warning', { item, stated: statedText });
      }
    }
  });
  return findings;

  function checkCounts(text: string, push: (rule: string, sev: Finding['severity'], p: Record<string, string | number>) => void): void {
    const claims: Array<[RegExp, CountKey, string]> = COUNT_CLAIMS.map(([re, k, n]) => [new RegExp(re.source, 'g'), k, n]);
    const when = /共有车辆/.test(text) ? 'held' : /安排购置/.test(text) ? 'planned' : null;
    if (when) {
      for (const [cat, label] of VEHICLE_CATEGORIES) claims.push([new RegExp(`${label}(\\d+)辆`, 'g'), `assets.${when}.${cat}`, label]);
      claims.push([/设备[（(]不含车辆[)）](\d+)台/g, `assets.devices.${when}`, '单价100万元（含）以上设备']);
    }
    for (const [re, key, name] of claims) {
      const expected = facts.counts[key];
      if (expected === undefined) continue;
      for (const m of text.matchAll(re)) {
        const n = Number(m[1]);
        if (n === expected) continue;
        const src = facts.inputCells[key];
        push('narrative-check/count-mismatch', 'error', {
          claim: name,
          stated: m[0],
          expected: String(expected),
          source: src ? `${src.sheet}!${src.cell}` : `说明素材“${materialLabel(key)}”`,
        });
      }
    }
  }
}

/** "2024年该项目预算8600万元。其中：" and the numbered lines under it must add up. */
function checkProjectLines(input: NarrativeText, i: number, whereText: string, at: CellRef | undefined, findings: Finding[]): void {
  const text = input.paragraphs[i]!.text;
  const lead = /\d{4}年(?:度)?该项目(?:财政资金)?预算(?:为)?([\d,]*\d(?:\.\d+)?)万元.*?其中[:：]?/.exec(text);
  if (!lead) return;
  // Items may follow in the same paragraph (pasted as one line) or one (or several) a paragraph.
  let items = text.slice(lead.index + lead[0].length);
  for (let j = i + 1; j < input.paragraphs.length && ITEM_START.test(input.paragraphs[j]!.text); j++)
    items += `\n${input.paragraphs[j]!.text}`;
  let sum = 0;
  let count = 0;
  for (const m of items.matchAll(ITEM)) {
    sum += Math.round(stated(m[1]!).value * 1_000_000);
    count++;
  }
  const total = stated(lead[1]!);
  const totalFen = Math.round(total.value * 1_000_000);
  if (count > 0 && sum !== totalFen) {
    findings.push(
      narrativeFinding(
        'narrative-check/project-items',
        'warning',
        {
          where: whereText,
          total: `${lead[1]}万元`,
          items: `${formatThousands(sum / 1_000_000, 2).replace(/\.?0+$/, '')}万元`,
        },
        at,
        { expected: totalFen, actual: sum, difference: sum - totalFen },
      ),
    );
  }
}

const ITEM_START = /^[-–·\s]*\d+[.、．)）]/;
/** "1. 社会化技能评价项目开发45万元；", "- 2、师资进修，预算200万元；" — numbered at a line start or after a delimiter. */
const ITEM = /(?:^|[\n；;。，,])[-–·\s]*\d+[.、．)）]\s*[^\n；;。]*?([\d,]*\d(?:\.\d+)?)万元/g;
