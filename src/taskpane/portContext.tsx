import { createContext, ReactNode, useContext, useMemo } from 'react';
import { OfficeWorkbook } from '../hosts/office/officeWorkbook';
import { HostKind, requirementNotices } from '../hosts/office/requirements';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import type { WorkbookPort } from '../port/workbookPort';

// Which workbook the pane works on. In Excel: the open workbook through Office.js. Standalone (the
// page opened in a browser, no Office): an in-memory .xlsx workbook the user can download.

export interface PortContextValue {
  readonly mode: HostKind;
  readonly port: WorkbookPort;
  /** The in-memory workbook in standalone mode (for download), else null. */
  readonly xlsx: XlsxWorkbook | null;
  /** zh-CN notices about Excel features this host lacks (degraded, not fatal). */
  readonly notices: readonly string[];
}

const PortContext = createContext<PortContextValue | null>(null);

export function createPortContext(mode: HostKind): PortContextValue {
  if (mode === 'excel') return { mode, port: new OfficeWorkbook(), xlsx: null, notices: requirementNotices() };
  const xlsx = new XlsxWorkbook();
  xlsx.workbook.creator = '部门预算助手';
  return { mode, port: xlsx, xlsx, notices: [] };
}

export function PortProvider(props: { mode: HostKind; value?: PortContextValue; children: ReactNode }): JSX.Element {
  const { mode, value: given, children } = props;
  const value = useMemo(() => given ?? createPortContext(mode), [given, mode]);
  return <PortContext.Provider value={value}>{children}</PortContext.Provider>;
}

export function usePort(): PortContextValue {
  const value = useContext(PortContext);
  if (!value) throw new Error('usePort 只能在 PortProvider 内使用');
  return value;
}
