import { codeLevel } from './codes';

/**
 * The compact catalog text of data/*Base.ts: one parent per line, "编码 名称 | 后两位 名称 | …".
 * Throws on a malformed line: the text is program data, a bad line is a programming error.
 */
export function parseCatalogText(text: string): Array<readonly [code: string, name: string]> {
  const out: Array<readonly [string, string]> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [head = '', ...children] = line.split('|').map((p) => p.trim());
    const [, parent, parentName] = /^(\d{3}|\d{5})\s+(\S.*)$/.exec(head) ?? [];
    if (parent === undefined || parentName === undefined) throw new RangeError(`parseCatalogText: 无法识别的科目行 "${line}"`);
    out.push([parent, parentName]);
    for (const child of children) {
      const [, suffix, name] = /^(\d{2})\s+(\S.*)$/.exec(child) ?? [];
      if (suffix === undefined || name === undefined) throw new RangeError(`parseCatalogText: 无法识别的下级科目 "${child}"（${parent}）`);
      const code = parent + suffix;
      codeLevel(code);
      out.push([code, name]);
    }
  }
  return out;
}
