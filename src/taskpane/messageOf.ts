// Every failure reaches the officer as text. Domain and host errors already carry zh-CN messages
// naming the sheet and cell; anything else (a browser or library error) is shown as it is, after
// the caller's zh-CN context ("打开文件失败：…"), never swallowed.

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
