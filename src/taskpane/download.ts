// Downloads made in the page: a Blob URL clicked through a temporary link. Nothing is uploaded.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  // A copy into a plain ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  downloadBlob(new Blob([copy.buffer], { type: mime }), fileName);
}

/** "部门预算-2024.xlsx" → "部门预算-2024-标注.xlsx". */
export function withSuffix(fileName: string, suffix: string, ext = '.xlsx'): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|csv)$/i, '');
  return `${base}${suffix}${ext}`;
}
