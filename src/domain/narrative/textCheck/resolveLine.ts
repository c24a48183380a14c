import { canonicalName } from '../../catalog/catalog';
import type { ClassFact } from '../facts';

// Which row of the tables a line of 财政拨款支出主要内容 names: by code ("2010507"), by name
// ("教育支出", quoted or not) or by its path, marked "…（类）…（款）…（项）" or joined "…-…-…".

export type LineResolution =
  | { readonly kind: 'found'; readonly line: ClassFact }
  /** Found, but the path as written does not match the table's (a wrong 款 name, say). */
  | { readonly kind: 'path-mismatch'; readonly line: ClassFact; readonly written: string; readonly table: string }
  | { readonly kind: 'ambiguous'; readonly name: string; readonly candidates: readonly ClassFact[] }
  | { readonly kind: 'unknown'; readonly name: string };

const key = (s: string) => canonicalName(s).replace(/"/g, '');

/** "“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目" → the names, outermost first. */
export function pathOf(label: string): { names: string[]; code?: string } {
  let t = label.replace(/^[-–·\s]*\d+[.、．]\s*/, '').replace(/[“”"‘’]/g, '');
  t = t.replace(/科目$/, '').trim();
  const code = /^(\d{3}(?:\d{2}){0,2})(?!\d)\s*/.exec(t);
  if (code) t = t.slice(code[0].length);
  let names: string[];
  if (/[（(](类|款|项)[)）]/.test(t)) names = t.split(/[（(](?:类|款|项)[)）]/).filter((s) => s.trim() !== '');
  else if (/[-－—]/.test(t)) names = t.split(/\s*[-－—]+\s*/).filter((s) => s.trim() !== '');
  else names = t.trim() ? [t.trim()] : [];
  return { names: names.map((n) => n.trim()), ...(code ? { code: code[1] } : {}) };
}

export function resolveLine(label: string, lines: readonly ClassFact[]): LineResolution {
  const { names, code } = pathOf(label);
  const written = names.join('-') || code || label;
  if (code) {
    const line = lines.find((l) => l.code === code);
    return line ? { kind: 'found', line } : { kind: 'unknown', name: written };
  }
  if (names.length === 0) return { kind: 'unknown', name: label };
  if (names.length === 1) {
    const n = key(names[0] ?? '');
    const hits = lines.filter((l) => key(l.name) === n);
    const top = Math.min(...hits.map((h) => h.code.length));
    const best = hits.filter((h) => h.code.length === top);
    if (best.length === 1 && best[0]) return { kind: 'found', line: best[0] };
    if (best.length > 1) return { kind: 'ambiguous', name: names[0] ?? '', candidates: best };
    return { kind: 'unknown', name: names[0] ?? '' };
  }
  // A path: each name under the one before. A name not found there is looked for anywhere under
  // the last row found (the path skipped or misnamed a level); the figure is then checked against
  // the deepest row found, and the path reported.
  let prefix = '';
  let at: ClassFact | undefined;
  let exact = true;
  for (const name of names) {
    const n = key(name);
    const under = lines.filter((l) => l.code.startsWith(prefix) && l.code.length > prefix.length);
    const direct = under.find((l) => l.code.length === prefix.length + (prefix === '' ? 3 : 2) && key(l.name) === n);
    const deeper = direct ?? (prefix === '' ? undefined : under.find((l) => key(l.name) === n));
    if (!deeper) {
      exact = false;
      continue;
    }
    if (!direct) exact = false;
    at = deeper;
    prefix = deeper.code;
  }
  if (!at) return { kind: 'unknown', name: written };
  if (exact && at.code.length === Math.min(7, 1 + 2 * names.length)) return { kind: 'found', line: at };
  const table = [3, 5, 7]
    .filter((len) => len <= at.code.length)
    .map((len) => lines.find((l) => l.code === at.code.slice(0, len))?.name ?? '')
    .join('-');
  return { kind: 'path-mismatch', line: at, written, table: `${table}（${at.code}）` };
}
