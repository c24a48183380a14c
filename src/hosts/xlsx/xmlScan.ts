// A plain pass over XML text: tags and the text between them, nothing built. The fast .xlsx reader
// drives it with handlers that keep only what a SheetSnapshot needs. Well-formedness is checked as
// far as the reader relies on it (every tag closed in order, known entities), so a damaged part is
// refused as ExcelJS's parser refuses it, not read as something else.

export interface XmlHandler {
  /**
   * `attrs` is the raw attribute text of the tag, xml[start, end); read it with `attr`. A handler
   * that read a (not self-closing) element's content and end tag itself returns the index just past
   * that end tag, and the scan goes on from there; it gets no text or close call for the element.
   * One that read only part of the content returns −(i + 1): the element stays open and the scan
   * goes on from i.
   */
  open(name: string, xml: string, start: number, end: number, selfClosing: boolean): number | void;
  /** Raw text xml[start, end), entities not yet decoded (most text is never looked at). */
  text(xml: string, start: number, end: number): void;
  close(name: string): void;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

/** A start tag's attributes: text without quotes or angle brackets, and quoted values. */
const TAG_BODY = /(?:[^"'<>]+|"[^"]*"|'[^']*')*/y;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === GT || c === SLASH;
}

/**
 * The tag name in xml[start, end). The names a sheet repeats by the hundred thousand come back as
 * the same constant string, so the hot path neither allocates them nor compares them char by char.
 */
function nameAt(xml: string, start: number, end: number): string {
  const len = end - start;
  const c = xml.charCodeAt(start);
  if (len === 1) {
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 102) return 'f';
    if (c === 116) return 't';
    if (c === 114) return 'r';
  } else if (len === 3 && c === 114 && xml.charCodeAt(start + 1) === 111 && xml.charCodeAt(start + 2) === 119) return 'row';
  else if (len === 2 && c === 115 && xml.charCodeAt(start + 1) === 105) return 'si';
  else if (len === 2 && c === 105 && xml.charCodeAt(start + 1) === 115) return 'is';
  return xml.slice(start, end);
}

export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  const stack: string[] = [];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      if (stack.length > 0) h.text(xml, i, n);
      break;
    }
    if (lt > i && stack.length > 0) h.text(xml, i, lt);
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e === -1) throw new XmlError('处理指令未结束');
      i = e + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e === -1) throw new XmlError('注释未结束');
        i = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        // ExcelJS listens to text events only: CDATA content is not part of any value.
        const e = xml.indexOf(']]>', lt + 9);
        if (e === -1) throw new XmlError('CDATA 未结束');
        i = e + 3;
      } else {
        const e = xml.indexOf('>', lt + 2);
        if (e === -1) throw new XmlError('声明未结束');
        i = e + 1;
      }
      continue;
    }
    if (c === SLASH) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt === -1) throw new XmlError('结束标签未结束');
      let ne = gt;
      while (ne > lt + 2 && xml.charCodeAt(ne - 1) <= 32) ne--;
      const name = nameAt(xml, lt + 2, ne);
      const open = stack.pop();
      if (open !== name) throw new XmlError(`结束标签 </${name}> 与 <${open ?? ''}> 不匹配`);
      h.close(name);
      i = gt + 1;
      continue;
    }
    // Start tag: the name, then attributes up to a '>' outside quotes.
    let j = lt + 1;
    while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
    if (j === lt + 1 || j >= n) throw new XmlError('标签不完整');
    const name = nameAt(xml, lt + 1, j);
    const attrStart = j;
    // Up to the '>' outside quotes (a quoted value may hold '>' and the other quote). It stops
    // early at a '<' (an error) or at a quote that is never closed (read as the end, as ever).
    TAG_BODY.lastIndex = j;
    TAG_BODY.test(xml);
    j = TAG_BODY.lastIndex;
    if (j >= n) throw new XmlError(`标签 <${name}> 未结束`);
    if (xml.charCodeAt(j) === LT) throw new XmlError(`标签 <${name}> 不完整`);
    const selfClosing = xml.charCodeAt(j - 1) === SLASH;
    const resume = h.open(name, xml, attrStart, selfClosing ? j - 1 : j, selfClosing);
    if (typeof resume === 'number' && !selfClosing) {
      if (resume >= 0) i = resume;
      else {
        stack.push(name);
        i = -resume - 1;
      }
      continue;
    }
    if (selfClosing) h.close(name);
    else stack.push(name);
    i = j + 1;
  }
  if (stack.length > 0) throw new XmlError(`标签 <${stack[stack.length - 1] ?? ''}> 未结束`);
}

/** The decoded value of attribute `name` in xml[start, end), or undefined. */
export function attr(xml: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq === -1 || eq >= end) return undefined;
    const key = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) !== QUOTE && xml.charCodeAt(q) !== APOS) q++;
    if (q >= end) return undefined;
    const close = xml.indexOf(xml[q]!, q + 1);
    if (close === -1 || close >= end) throw new XmlError(`属性 ${key} 未结束`);
    if (key === name) return decodeXml(xml.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entity and character references, as the SAX parser decodes them; an unknown entity is an error. */
export function decodeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    const end = referenceEnd(s, amp + 1);
    if (end === -1) throw new XmlError('“&”未转义');
    out += s.slice(last, amp) + referenceText(s, amp + 1, end);
    last = end + 1;
    amp = s.indexOf('&', last);
  }
  return out + s.slice(last);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where the ';' of a reference starting at s[from] (after '&') is: #xHEX;, #DIGITS; or NAME;. -1 when it is none. */
function referenceEnd(s: string, from: number): number {
  let k = from;
  const c = s.charCodeAt(k);
  let ok: (c: number) => boolean;
  if (c === 35 /* # */) {
    k++;
    if (s.charCodeAt(k) === 120 /* x */ && isHex(s.charCodeAt(k + 1))) {
      k++;
      ok = isHex;
    } else ok = isDigit;
    if (!ok(s.charCodeAt(k))) return -1;
  } else if (isLetter(c)) ok = (d) => isLetter(d) || isDigit(d);
  else return -1;
  while (k < s.length && ok(s.charCodeAt(k))) k++;
  return s.charCodeAt(k) === 59 /* ; */ ? k : -1;
}

function referenceText(s: string, from: number, end: number): string {
  // The five named entities by length and first letter, without a slice each (formulas are full of &quot;).
  const len = end - from;
  const c = s.charCodeAt(from);
  if (len === 4 && c === 113 && s.startsWith('quot', from)) return '"';
  if (len === 3 && c === 97 && s.startsWith('amp', from)) return '&';
  if (len === 2 && s.charCodeAt(from + 1) === 116 /* t */) {
    if (c === 108 /* l */) return '<';
    if (c === 103 /* g */) return '>';
  }
  if (len === 4 && c === 97 && s.startsWith('apos', from)) return "'";
  const ref = s.slice(from, end);
  if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
  if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
  const named = NAMED[ref];
  if (named === undefined) throw new XmlError(`未知实体 &${ref};`);
  return named;
}
