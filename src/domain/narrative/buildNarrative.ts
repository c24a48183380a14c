import type { Finding } from '../findings/finding';
import { excelRound, type Fen } from '../money';
import { chineseOrdinal } from '../plan/buildSummarySheet';
import {
  AMOUNT_NAMES,
  isAmountKey,
  isPreviousKey,
  type AmountKey,
  type CellRef,
  type CountKey,
  type NarrativeFacts,
  type TextKey,
} from './facts';
import { materialLabel } from './materials';
import { narrativeFinding } from './narrativeFinding';
import type { NarrativeParagraph } from './paragraphs';
import { budgetFigureStyle, lineLabel, listLines, listStyleOf } from './listStyle';
import { purposeFor } from './purposeLibrary';
import { cleanReason, renderTemplate, type RenderEnv, type RenderEvent } from './renderTemplate';
import { formatWanStyled, shownFen, type WanStyle } from './wanStyle';
import type { Block, Condition, NarrativeWording, SectionWording } from './wording';
import { wordingForYear } from './wordingEditions';

export interface NarrativeOptions {
  /** Defaults to the edition for the facts' year. */
  readonly wording?: NarrativeWording;
}

export interface NarrativeResult {
  readonly paragraphs: NarrativeParagraph[];
  readonly findings: Finding[];
}

interface Printed {
  readonly key: string;
  readonly fen: Fen;
  readonly style: WanStyle;
  readonly section: string;
}

/** Totals and the parts the text lists for them: where rounding may show a 尾差. */
const SUMS: ReadonlyArray<readonly [AmountKey, readonly (AmountKey | 'classes')[]]> = [
  ['income.total', ['income.fiscal', 'income.business', 'income.operating', 'income.other']],
  ['expenditure.fiscal', ['expenditure.generalPublic', 'expenditure.govFund', 'expenditure.stateCapital']],
  ['expenditure.fiscal', ['classes']],
  ['sangong.total', ['sangong.abroad', 'sangong.reception', 'sangong.vehicle']],
  ['sangong.vehicle', ['sangong.vehiclePurchase', 'sangong.vehicleOperation']],
  ['procurement.total', ['procurement.goods', 'procurement.works', 'procurement.services']],
];

/** Writes the 部门预算编制说明 and 其他相关情况说明 from the facts, in the edition's wording. */
export function buildNarrative(facts: NarrativeFacts, options: NarrativeOptions = {}): NarrativeResult {
  const wording = options.wording ?? wordingForYear(facts.year);
  const paragraphs: NarrativeParagraph[] = [];
  const findings: Finding[] = [];
  const { style: list, bad } = listStyleOf(facts.texts);
  for (const b of bad)
    findings.push(
      narrativeFinding(
        'narrative/bad-list-choice',
        'warning',
        { label: materialLabel(b.key), value: b.value, choices: b.choices.join('、') },
        facts.inputCells[b.key],
      ),
    );
  const printed: Printed[] = [];
  const heading = (s: SectionWording) => s.heading.replace('{year}', String(facts.year));

  const budgetTitle = heading(wording.budget);
  paragraphs.push({ kind: 'title', section: 'budget', text: budgetTitle });
  renderSection(wording.budget, budgetTitle);
  paragraphs.push({ kind: 'title', section: 'other', text: wording.otherTitle });
  wording.others.forEach((s, i) => {
    const h = `${chineseOrdinal(i)}、${heading(s)}`;
    paragraphs.push({ kind: 'heading', section: s.id, text: h });
    renderSection(s, h);
  });
  findings.push(...roundingFindings(facts, printed));
  return { paragraphs, findings };

  function renderSection(section: SectionWording, title: string): void {
    const style = section.id === 'budget' ? budgetFigureStyle(list.figures, section.style) : section.style;
    const changeStyle = section.id === 'budget' ? budgetFigureStyle(list.figures, section.changeStyle) : section.changeStyle;
    const env: RenderEnv = { facts, comparison: wording.comparison, style, changeStyle };
    const sectionName = title.replace(/^[一二三四五六七八九十]+、/, '');
    for (const block of section.blocks) {
      if (block.kind === 'classLines') {
        const all = facts.lines.length > 0 ? facts.lines : facts.classes;
        listLines(all, list.level).forEach((c, i) => {
          const purpose = purposeFor(c.code, c.name, facts.purposes);
          if (purpose.source !== 'sheet') {
            findings.push(
              narrativeFinding(
                purpose.source === 'name' ? 'narrative/purpose-from-name' : 'narrative/purpose-default',
                'info',
                { code: c.code, name: c.name, text: purpose.text },
                c.source,
                { code: c.code },
              ),
            );
          }
          const previous = list.compare === '上年预算' ? c.previous : undefined;
          const r = renderTemplate(block.text, {
            ...env,
            vars: {
              index: String(i + 1),
              name: lineLabel(c, all, list.style),
              purpose: purpose.text,
              executed: list.compare === '上年执行数' ? executedSentence(c, env.style, sectionName) : '',
            },
            classAmount: { key: `class:${c.code}`, fen: c.fen, ...(previous !== undefined ? { previous } : {}) },
          });
          if (r.ok) emit('item', section, r.text, r.events, sectionName);
        });
        continue;
      }
      const cond = condition(block, facts);
      if (cond === 'false') continue;
      if (cond !== 'true') {
        report(cond, sectionName, 'missing');
        continue;
      }
      const r = renderTemplate(block.text, env);
      if (!r.ok) {
        report(r.missing, sectionName, 'missing');
        continue;
      }
      emit(block.paragraph ?? 'body', section, r.text, r.events, sectionName);
      if (r.dropped.length > 0) report(r.dropped, sectionName, 'dropped');
    }
  }

  function emit(kind: 'body' | 'item', section: SectionWording, text: string, events: readonly RenderEvent[], sectionName: string): void {
    paragraphs.push({ kind, section: section.id, text });
    for (const e of events) {
      if (e.kind === 'amount') printed.push({ key: e.key, fen: e.fen, style: e.style, section: sectionName });
      else if (e.key !== 'sangong.total') {
        // The 三公 total is explained by its items' reasons, as both seeds do.
        const cell = facts.inputCells[`reason.${e.key}`];
        findings.push(
          narrativeFinding(
            'narrative/missing-reason',
            'warning',
            {
              item: AMOUNT_NAMES[e.key],
              prevYear: facts.previousYear,
              direction: e.direction === 'up' ? '增加' : '减少',
              diff: e.diff,
            },
            cell,
          ),
        );
      }
    }
  }

  /**
   * "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。"
   * The rate is worked from the two figures as printed, so the reader can redo it.
   */
  function executedSentence(c: (typeof facts.lines)[number], style: WanStyle, sectionName: string): string {
    if (c.previousExecuted === undefined) {
      report([`executed:${c.code}`], sectionName, 'dropped');
      return '';
    }
    const now = shownFen(c.fen, style);
    const before = shownFen(c.previousExecuted, style);
    const head = `${facts.previousYear}年当年预算执行数为${formatWanStyled(c.previousExecuted, style)}，${facts.year}年预算安排${formatWanStyled(c.fen, style)}，`;
    let change: string;
    if (now === before) change = `比${facts.previousYear}年预算执行数持平`;
    else if (before === 0) change = `比${facts.previousYear}年预算执行数增加100.00%`;
    else {
      const rate = excelRound((Math.abs(now - before) / before) * 100, 2).toFixed(2);
      change = `比${facts.previousYear}年预算执行数${now > before ? '增加' : '减少'}${rate}%`;
    }
    const reason = cleanReason(facts.lineReasons[c.code]);
    if (!reason && now !== before)
      findings.push(
        narrativeFinding(
          'narrative/missing-reason',
          'warning',
          {
            item: c.name,
            prevYear: facts.previousYear,
            direction: now > before ? '增加' : '减少',
            diff: formatWanStyled(Math.abs(now - before), style),
          },
          c.source,
        ),
      );
    return `${head}${change}。${reason ? `主要原因是：${reason}。` : ''}`;
  }

  /** Missing table figures are errors (the table is incomplete); missing 说明素材 inputs are warnings. */
  function report(missing: readonly string[], sectionName: string, how: 'missing' | 'dropped'): void {
    const table: string[] = [];
    const inputs: string[] = [];
    const cells: CellRef[] = [];
    for (const token of new Set(missing)) {
      const [kind, key = ''] = token.split(':');
      if (kind === 'department') continue; // reported once by buildNarrativeFacts
      if (kind === 'executed') {
        inputs.push(`${key} 上年当年预算执行数（上年数表）`);
        continue;
      }
      // A figure or its comparison with last year ({amt:…}, {cmp:…}): the tables lack it.
      if ((kind === 'amt' || kind === 'cmp') && isPreviousKey(key)) {
        if (how === 'missing') table.push(AMOUNT_NAMES[key]);
        continue;
      }
      inputs.push(materialLabel(key));
      const ref = facts.inputCells[key as CountKey | TextKey | AmountKey];
      if (ref) cells.push(ref);
    }
    if (table.length > 0)
      findings.push(
        narrativeFinding('narrative/missing-figure', 'error', { section: sectionName, figures: [...new Set(table)].join('、') }),
      );
    if (inputs.length > 0) {
      findings.push(
        narrativeFinding(
          'narrative/missing-material',
          'warning',
          {
            inputs: [...new Set(inputs)].map((i) => `“${i}”`).join('、'),
            cells: cells.map((c) => `${c.sheet}!${c.cell}`).join('、'),
            section: sectionName,
            effect: how === 'missing' ? '中的一段未生成' : '中相应的句子已省略',
          },
          cells[0],
        ),
      );
    }
  }
}

/** 'true' | 'false', or the placeholders it needs and does not have. */
function condition(block: Block, facts: NarrativeFacts): 'true' | 'false' | string[] {
  if (block.kind !== 'text' || !block.when) return 'true';
  const w: Condition = block.when;
  if ('amount' in w) {
    const f = facts.amounts[w.amount];
    if (!f) return [`amt:${w.amount}`];
    const zero = (f.fen ?? 0) === 0;
    return (w.is === 'zero') === zero ? 'true' : 'false';
  }
  if ('count' in w) {
    const n = facts.counts[w.count];
    if (n === undefined) return [`n:${w.count}`];
    return (w.is === 'zero') === (n === 0) ? 'true' : 'false';
  }
  if ('classes' in w) return facts.classes.length > 0 ? 'true' : 'false';
  const t = facts.texts[w.text];
  return t !== undefined && t.trim() !== '' ? 'true' : 'false';
}

function roundingFindings(facts: NarrativeFacts, printed: readonly Printed[]): Finding[] {
  const out: Finding[] = [];
  const first = (key: string) => printed.find((p) => p.key === key);
  for (const [totalKey, partKeys] of SUMS) {
    const total = first(totalKey);
    if (!total) continue;
    const parts: Printed[] = [];
    let complete = true;
    for (const k of partKeys) {
      if (k === 'classes') {
        const lines = printed.filter((p) => p.key.startsWith('class:'));
        if (lines.length === 0) complete = false;
        parts.push(...lines);
        continue;
      }
      const p = first(k);
      if (p) parts.push(p);
      else if ((facts.amounts[k]?.fen ?? 0) !== 0) complete = false; // a non-zero part the text leaves out
    }
    if (!complete || parts.length === 0) continue;
    const exact = parts.reduce((s, p) => s + p.fen, 0);
    const partNames = partKeys.map((k) => (k === 'classes' ? '各“类”财政拨款支出' : AMOUNT_NAMES[k])).join('、');
    if (exact !== total.fen) {
      out.push(
        narrativeFinding(
          'narrative/parts-mismatch',
          'warning',
          {
            total: AMOUNT_NAMES[totalKey],
            totalExact: (total.fen / 100).toFixed(2),
            parts: partNames,
            partsExact: (exact / 100).toFixed(2),
          },
          isAmountKey(totalKey) ? facts.amounts[totalKey]?.source : undefined,
          { expected: exact, actual: total.fen, difference: total.fen - exact },
        ),
      );
      continue;
    }
    const style = total.style;
    const shownTotal = shownFen(total.fen, style);
    const shownParts = parts.reduce((s, p) => s + shownFen(p.fen, style), 0);
    if (shownTotal === shownParts) continue;
    out.push(
      narrativeFinding(
        'narrative/rounding',
        'info',
        {
          total: AMOUNT_NAMES[totalKey],
          totalShown: formatWanStyled(total.fen, style),
          parts: partNames,
          partsShown: formatWanStyled(shownParts, style),
          diffShown: formatWanStyled(Math.abs(shownTotal - shownParts), style),
        },
        facts.amounts[totalKey]?.source,
        { expected: shownTotal, actual: shownParts, difference: shownParts - shownTotal },
      ),
    );
  }
  return out;
}
