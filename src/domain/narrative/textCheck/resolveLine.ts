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

/** A 科目 name as compared: named with or without its closing "支出" ("其他人大事务" for 其他人大事务支出). */
export const subjectNameKey = (s: string): string =>
  canonicalName(s)
    .replace(/"/g, '')
    .replace(/(.)支出$/, '$1');

/** "“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目" → the names, outermost first. */
export function pathOf(label: string): { names: string[]; code?: string } {
  let t = label.replace(/^[-–·\s]*\d+[.、．]\s*/, '').replace(/[“”"‘’]/g, '');
  // "…（项）支出" (江苏): the word after the last level is not a name.
  t = t
    .replace(/科目$/, '')
    .replace(/([（(](?:类|款|项)[)）])\s*支出$/, '$1')
    .trim();
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
    const n = subjectNameKey(names[0] ?? '');
    const hits = lines.filter((l) => subjectNameKey(l.name) === n);
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
  // A path may start at its 款, the 类 named above it ("（一）一般公共服务（类）", then
  // "1．党委办公厅（室）及相关机构事务（款）行政运行（项）"): a 款 of that name, when it is the only one.
  const [first] = names;
  let levels = 1 + 2 * names.length;
  if (first !== undefined && !lines.some((l) => l.code.length === 3 && subjectNameKey(l.name) === subjectNameKey(first))) {
    const kuan = lines.filter((l) => l.code.length === 5 && subjectNameKey(l.name) === subjectNameKey(first));
    if (kuan.length === 1 && kuan[0]) {
      prefix = kuan[0].code.slice(0, 3);
      levels += 2;
    }
  }
  let lastFound = false;
  for (const name of names) {
    const n = subjectNameKey(name);
    const under = lines.filter((l) => l.code.startsWith(prefix) && l.code.length > prefix.length);
    const direct = under.find((l) => l.code.length === prefix.length + (prefix === '' ? 3 : 2) && subjectNameKey(l.name) === n);
    const deeper = direct ?? (prefix === '' ? undefined : under.find((l) => subjectNameKey(l.name) === n));
    lastFound = deeper !== undefined;
    if (!deeper) {
      exact = false;
      continue;
    }
    if (!direct) exact = false;
    at = deeper;
    prefix = deeper.code;
  }
  if (!at) return { kind: 'unknown', name: written };
  // The last name (the 项 the figure is for) found nowhere under the row reached: its figure is
  // not that row's. The one child whose name holds it, character by character, is the row meant
  // ("机关事业单位基本养老保险费" for 机关事业单位基本养老保险缴费支出), and the path is reported;
  // otherwise the line is not told, and not checked.
  if (!lastFound) {
    const last = subjectNameKey(names[names.length - 1] ?? '');
    const reached = at;
    const children = lines.filter(
      (l) => l.code.length === reached.code.length + 2 && l.code.startsWith(reached.code) && heldInOrder(last, subjectNameKey(l.name)),
    );
    const [only] = children;
    if (children.length !== 1 || !only) return { kind: 'unknown', name: written };
    at = only;
  }
  if (exact && at.code.length === Math.min(7, levels)) return { kind: 'found', line: at };
  const table = [3, 5, 7]
    .filter((len) => len <= at.code.length)
    .map((len) => lines.find((l) => l.code === at.code.slice(0, len))?.name ?? '')
    .join('-');
  return { kind: 'path-mismatch', line: at, written, table: `${table}（${at.code}）` };
}

/** Whether every character of `short` appears in `long` in order (an abbreviation of it). */
function heldInOrder(short: string, long: string): boolean {
  if (short === '') return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
