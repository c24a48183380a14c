// Every match of a global pattern in a text, as String.prototype.matchAll gives them. matchAll
// copies the pattern on each call, which is several times the cost of the match itself when a
// 编制说明's hundreds of paragraphs are each tried against a dozen patterns; this runs the
// pattern itself from the start and leaves its lastIndex at 0, so a shared constant stays usable.

export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf 需要带 g 标志的正则表达式，而不是 ${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it, as matchAll does.
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
