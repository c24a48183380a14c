// Requirement sets the add-in uses beyond the manifest's minimum (ExcelApi 1.7), and whether the
// page runs inside Office at all. Missing features degrade with a notice; nothing crashes.

/** Checks one requirement set; false when there is no Office host (standalone page, tests). */
export type SupportsFn = (set: string, version: string) => boolean;

export const supportsRequirement: SupportsFn = (set, version) => {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};

export interface OfficeFeatures {
  /** ExcelApi 1.9: print setup (A4, landscape, fit to width, print titles, margins, footer). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.13: reading merged areas back from a sheet. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.18: notes (备注) on cells. */
  readonly notes: boolean;
}

export function officeFeatures(supports: SupportsFn = supportsRequirement): OfficeFeatures {
  return {
    pageLayout: supports('ExcelApi', '1.9'),
    mergedAreas: supports('ExcelApi', '1.13'),
    notes: supports('ExcelApi', '1.18'),
  };
}

/** zh-CN notices for the features this Excel lacks; empty when everything is available. */
export function requirementNotices(supports: SupportsFn = supportsRequirement): string[] {
  const f = officeFeatures(supports);
  const notices: string[] = [];
  if (!f.pageLayout) {
    notices.push(
      '当前 Excel 版本不支持 ExcelApi 1.9：生成的表样不含打印设置（A4 横向、按页宽缩放、打印标题行），请在“页面布局”中手动设置。',
    );
  }
  if (!f.mergedAreas) {
    notices.push('当前 Excel 版本不支持 ExcelApi 1.13：读取工作表时无法识别合并单元格，表头核对可能不完整。');
  }
  if (!f.notes) {
    notices.push('当前 Excel 版本不支持 ExcelApi 1.18：审核意见无法写入单元格备注，只在任务窗格中显示。');
  }
  return notices;
}

export type HostKind = 'excel' | 'standalone';

/**
 * Waits for Office.js when the page is loaded inside Office. Outside Office (office.js not loaded,
 * or loaded in a plain browser tab) the pane runs standalone on an in-memory .xlsx workbook.
 */
export async function detectHost(timeoutMs = 10_000): Promise<HostKind> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'standalone';
  const ready = Office.onReady().then((info) => (info.host === Office.HostType.Excel ? 'excel' : 'standalone') as HostKind);
  // office.js opened in a normal browser tab resolves onReady with host null; if it never resolves
  // (blocked script, offline) fall back to standalone rather than hang the pane.
  const fallback = new Promise<HostKind>((resolve) => setTimeout(() => resolve('standalone'), timeoutMs));
  return Promise.race([ready, fallback]);
}
