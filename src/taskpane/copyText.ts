// Copies text to the clipboard. The async Clipboard API is refused in some Office web views and
// non-secure pages; the old selection-and-copy route is the fallback. Throws (zh-CN) when both fail.

export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the selection route
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('浏览器不允许写入剪贴板，请在生成的文字中全选后手工复制');
}
