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
  /** ExcelApi 1.8: Excel.createWorkbook (roll forward opens the new year's workbook in Excel). */
  readonly createWorkbook: boolean;
  /** ExcelApi 1.20: each write is one step on Excel's own undo stack. */
  readonly undoGroups: boolean;
}

export function officeFeatures(supports: SupportsFn = supportsRequirement): OfficeFeatures {
  return {
    pageLayout: supports('ExcelApi', '1.9'),
    mergedAreas: supports('ExcelApi', '1.13'),
    notes: supports('ExcelApi', '1.18'),
    createWorkbook: supports('ExcelApi', '1.8'),
    undoGroups: supports('ExcelApi', '1.20'),
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

/** After this long without Office.onReady the pane says it is still waiting (and keeps waiting). */
export const SLOW_READY_MS = 10_000;

export const SLOW_READY_NOTICE = '正在等待 Excel 完成加载…（网络较慢或 Excel 正忙时可能需要更久；加载项不会改用脱离 Excel 的独立模式）';

/** Office adds _host_Info to the task pane's URL; a page opened by hand in a browser has none. */
export function openedByOffice(search: string): boolean {
  return /[?&]_host_Info=/i.test(search);
}

/**
 * Which workbook the pane works on. office.js answers Office.onReady with the host: Excel inside Excel,
 * null in an ordinary browser tab (then the pane runs standalone on an in-memory .xlsx workbook).
 * Inside Excel onReady can be slow: the pane keeps waiting, calling `onSlow` once, and never falls back
 * to the in-memory workbook, which would look like Excel but write nowhere. When office.js did not load
 * at all in a page Office opened (a closed network without Microsoft's CDN), that is an error, not
 * standalone mode.
 */
export async function detectHost(
  options: { onSlow?: (notice: string) => void; slowAfterMs?: number; search?: string } = {},
): Promise<HostKind> {
  const search = options.search ?? (typeof location === 'undefined' ? '' : location.search);
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    if (openedByOffice(search)) {
      throw new Error(
        'Excel 打开了加载项，但 office.js 未能加载（可能无法访问微软的 appsforoffice.microsoft.com）。内网环境请改用 OFFICE_JS=local 构建的加载项（见 README）。',
      );
    }
    return 'standalone';
  }
  const timer = setTimeout(() => options.onSlow?.(SLOW_READY_NOTICE), options.slowAfterMs ?? SLOW_READY_MS);
  try {
    const info = await Office.onReady();
    return info.host === Office.HostType.Excel ? 'excel' : 'standalone';
  } finally {
    clearTimeout(timer);
  }
}
