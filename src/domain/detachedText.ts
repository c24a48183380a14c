/**
 * A copy of `text` that holds nothing else alive. A text read from a file is often a slice of the
 * whole sheet's or shared-strings part's XML, and the engine keeps that whole part for as long as the
 * slice lives: a memo kept across the workbooks of a batch must store copies, or it keeps a part of
 * every workbook that brought it a new text.
 */
export function detachedText(text: string): string {
  // Joining flattens the two into a new string; the slice of that is of the copy, not of the part.
  return ` ${text}`.slice(1);
}
