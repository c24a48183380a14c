import type { Fen } from '../money';
import { isAmountKey, type AmountKey, type CountKey, type NarrativeFacts, type TextKey } from './facts';
import { formatWanStyled, shownFen, shownWan, type WanStyle } from './wanStyle';
import type { ComparisonWording } from './wording';

// Fills one wording template (see wording.ts for the placeholder syntax) from the facts.

export interface RenderEnv {
  readonly facts: NarrativeFacts;
  readonly comparison: ComparisonWording;
  readonly style: WanStyle;
  readonly changeStyle: WanStyle;
  /** {index} {name} {purpose} … */
  readonly vars?: Readonly<Record<string, string>>;
  /** The figure behind {amt:class} / {cmp:class}. */
  readonly classAmount?: { readonly key: string; readonly fen: Fen; readonly previous?: Fen };
}

export type RenderEvent =
  /** A figure as printed: what the rounding check adds up. */
  | { readonly kind: 'amount'; readonly key: string; readonly fen: Fen; readonly shown: number; readonly style: WanStyle }
  /** A change against last year was printed without a reason. */
  | { readonly kind: 'missingReason'; readonly key: AmountKey; readonly direction: 'up' | 'down'; readonly diff: string };

export type RenderResult =
  /** `dropped`: placeholders whose optional segment was left out for want of them. */
  | { readonly ok: true; readonly text: string; readonly events: readonly RenderEvent[]; readonly dropped: readonly string[] }
  | { readonly ok: false; readonly missing: readonly string[] };

interface Cursor {
  readonly src: string;
  pos: number;
}

export function renderTemplate(template: string, env: RenderEnv): RenderResult {
  const cur: Cursor = { src: template, pos: 0 };
  const r = renderSequence(cur, env, false);
  if (cur.pos < template.length) throw new RangeError(`renderTemplate: 模板中多余的“]”: ${template}`);
  return r;
}

function renderSequence(cur: Cursor, env: RenderEnv, inOptional: boolean): RenderResult {
  let text = '';
  const events: RenderEvent[] = [];
  const missing: string[] = [];
  const dropped: string[] = [];
  while (cur.pos < cur.src.length) {
    const ch = cur.src.charAt(cur.pos);
    if (ch === ']') {
      if (!inOptional) break;
      cur.pos++;
      return missing.length > 0 ? { ok: false, missing } : { ok: true, text, events, dropped };
    }
    if (ch === '[') {
      cur.pos++;
      const inner = renderSequence(cur, env, true);
      if (inner.ok) {
        text += inner.text;
        events.push(...inner.events);
        dropped.push(...inner.dropped);
      } else dropped.push(...inner.missing);
      continue;
    }
    if (ch === '{') {
      const end = cur.src.indexOf('}', cur.pos);
      if (end < 0) throw new RangeError(`renderTemplate: 占位符缺少“}”: ${cur.src}`);
      const token = cur.src.slice(cur.pos + 1, end);
      cur.pos = end + 1;
      const r = placeholder(token, env);
      if (r.ok) {
        text += r.text;
        events.push(...r.events);
      } else missing.push(...r.missing);
      continue;
    }
    text += ch;
    cur.pos++;
  }
  if (inOptional) throw new RangeError(`renderTemplate: 模板中“[”没有对应的“]”: ${cur.src}`);
  return missing.length > 0 ? { ok: false, missing } : { ok: true, text, events, dropped };
}

const ok = (text: string, events: RenderEvent[] = []): RenderResult => ({ ok: true, text, events, dropped: [] });
const miss = (what: string): RenderResult => ({ ok: false, missing: [what] });

function placeholder(token: string, env: RenderEnv): RenderResult {
  const { facts } = env;
  const colon = token.indexOf(':');
  const kind = colon < 0 ? token : token.slice(0, colon);
  const key = colon < 0 ? '' : token.slice(colon + 1);
  switch (kind) {
    case 'year':
      return ok(String(facts.year));
    case 'prevYear':
      return ok(String(facts.previousYear));
    case 'department':
      return facts.department ? ok(facts.department) : miss('department');
    case 'amt': {
      const a = amountOf(key, env);
      if (!a) return miss(token);
      const eventKey = key === 'class' ? (env.classAmount?.key ?? key) : key;
      return ok(formatWanStyled(a.fen, env.style), [
        { kind: 'amount', key: eventKey, fen: a.fen, shown: shownWan(a.fen, env.style), style: env.style },
      ]);
    }
    case 'cmp': {
      const a = amountOf(key, env);
      if (!a) return miss(token);
      if (a.previous === undefined) return ok('');
      return ok(comparisonText(a.fen, a.previous, env).text);
    }
    case 'reason': {
      if (!isAmountKey(key)) throw new RangeError(`renderTemplate: {reason:${key}} 不是已知的金额项`);
      const a = amountOf(key, env);
      if (!a || a.previous === undefined) return ok('');
      const c = comparisonText(a.fen, a.previous, env);
      if (c.direction === 'flat') return ok('');
      const reason = cleanReason(facts.texts[`reason.${key}` as TextKey]);
      if (!reason) return ok('', [{ kind: 'missingReason', key, direction: c.direction, diff: c.diff }]);
      return ok(env.comparison.reason.replace('{reason}', reason));
    }
    case 'n': {
      const n = facts.counts[key as CountKey];
      return n === undefined ? miss(token) : ok(String(n));
    }
    case 'text': {
      const t = facts.texts[key as TextKey];
      return t === undefined || t.trim() === '' ? miss(token) : ok(t.trim());
    }
    default: {
      const v = env.vars?.[kind];
      if (v === undefined) throw new RangeError(`renderTemplate: 未知占位符 {${token}}`);
      return ok(v);
    }
  }
}

function amountOf(key: string, env: RenderEnv): { fen: Fen; previous?: Fen } | null {
  if (key === 'class') return env.classAmount ?? null;
  if (!isAmountKey(key)) throw new RangeError(`renderTemplate: 未知金额项 ${key}`);
  const f = env.facts.amounts[key];
  if (!f) return null;
  return f.previous === undefined ? { fen: f.fen ?? 0 } : { fen: f.fen ?? 0, previous: f.previous };
}

/**
 * The change as the reader can verify it: the difference of the two figures as printed
 * (250,203 − 247,831 = 2,372), so the text adds up on its own.
 */
export function comparisonText(
  current: Fen,
  previous: Fen,
  env: Pick<RenderEnv, 'comparison' | 'style' | 'changeStyle' | 'facts'>,
): {
  text: string;
  direction: 'up' | 'down' | 'flat';
  diff: string;
  diffFen: Fen;
} {
  const diffFen = shownFen(current, env.style) - shownFen(previous, env.style);
  const direction = diffFen > 0 ? 'up' : diffFen < 0 ? 'down' : 'flat';
  const diff = formatWanStyled(Math.abs(diffFen), env.changeStyle);
  const template = env.comparison[direction];
  return { text: template.replace('{prevYear}', String(env.facts.previousYear)).replace('{diff}', diff), direction, diff, diffFen };
}

/** "主要原因是厉行节约。" → "厉行节约": the wording adds its own lead and full stop. */
export function cleanReason(raw: string | undefined): string {
  if (raw === undefined) return '';
  return raw
    .trim()
    .replace(/^(主要原因是|主要原因[:：]|原因是|原因[:：]|主要是)/, '')
    .replace(/[。；;.，,\s]+$/, '')
    .trim();
}
