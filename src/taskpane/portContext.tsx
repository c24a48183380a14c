import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { OfficeWorkbook } from '../hosts/office/officeWorkbook';
import { HostKind, requirementNotices } from '../hosts/office/requirements';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import type { WorkbookPort } from '../domain/port/workbookPort';
import { openWorkbookFile } from './openWorkbookBytes';

// Which workbook the pane works on. In Excel: the open workbook through Office.js. Standalone (the
// page opened in a browser, no Office): an in-memory .xlsx workbook — empty at first, or a file
// the officer opened — that can be downloaded with everything the pane wrote into it.

export interface PortContextValue {
  readonly mode: HostKind;
  readonly port: WorkbookPort;
  /** The in-memory workbook in standalone mode (for download), else null. */
  readonly xlsx: XlsxWorkbook | null;
  /** Name of the file opened in standalone mode; null for the empty starting workbook and in Excel. */
  readonly fileName: string | null;
  /** Changes whenever the pane opens a file or writes sheets: views of the workbook re-read it. */
  readonly revision: number;
  /** Identifies the open workbook; panels holding results about it reset when it changes. */
  readonly workbookId: number;
  /** zh-CN notices about Excel features this host lacks (degraded, not fatal). */
  readonly notices: readonly string[];
  /** Call after writing to the workbook. */
  touched(): void;
  /** Standalone: opens an .xlsx file as the workbook (throws with a zh-CN message). */
  openFile(file: File): Promise<void>;
}

const PortContext = createContext<PortContextValue | null>(null);

interface Opened {
  readonly book: XlsxWorkbook | null;
  readonly fileName: string | null;
  readonly id: number;
}

function emptyWorkbook(): XlsxWorkbook {
  const xlsx = new XlsxWorkbook();
  xlsx.workbook.creator = '部门预算助手';
  return xlsx;
}

export function PortProvider(props: { mode: HostKind; children: ReactNode }): JSX.Element {
  const { mode, children } = props;
  const office = useMemo(() => (mode === 'excel' ? new OfficeWorkbook() : null), [mode]);
  const notices = useMemo(() => (mode === 'excel' ? requirementNotices() : []), [mode]);
  const [opened, setOpened] = useState<Opened>(() => ({ book: mode === 'excel' ? null : emptyWorkbook(), fileName: null, id: 1 }));
  const [revision, setRevision] = useState(0);
  const touched = useCallback(() => setRevision((r) => r + 1), []);
  const openFile = useCallback(async (file: File) => {
    const book = await openWorkbookFile(file);
    setOpened((o) => ({ book, fileName: file.name, id: o.id + 1 }));
    setRevision((r) => r + 1);
  }, []);

  const value = useMemo<PortContextValue>(() => {
    const port: WorkbookPort = office ?? opened.book!;
    return {
      mode,
      port,
      xlsx: opened.book,
      fileName: opened.fileName,
      revision,
      workbookId: opened.id,
      notices,
      touched,
      openFile,
    };
  }, [mode, office, opened, revision, notices, touched, openFile]);
  return <PortContext.Provider value={value}>{children}</PortContext.Provider>;
}

export function usePort(): PortContextValue {
  const value = useContext(PortContext);
  if (!value) throw new Error('usePort 只能在 PortProvider 内使用');
  return value;
}
