import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { WorkbookFile, WorkbookFiles, WorkbookPort } from '../domain/port/workbookPort';
import type { RollForwardResult } from '../domain/rollover/rollForward';
import { OfficeWorkbook } from '../hosts/office/officeWorkbook';
import { HostKind, requirementNotices } from '../hosts/office/requirements';
import { LazyXlsxFile } from '../hosts/xlsx/lazyXlsxFile';
import { writeRolledWorkbook } from '../hosts/xlsx/writeRolledWorkbook';
import { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import { downloadBytes, XLSX_MIME } from './download';
import { timedAsync } from './stageTiming';

// Which workbook the pane works on, and the only place the pane meets the hosts: panels talk to the
// port and to the file services below. In Excel: the open workbook through Office.js. Standalone
// (the page opened in a browser, no Office): an in-memory .xlsx workbook — empty at first, or a file
// the officer opened — that can be downloaded with everything the pane wrote into it.

export interface PortContextValue {
  readonly mode: HostKind;
  readonly port: WorkbookPort;
  /** Files the officer picks (报送稿, 单位 workbooks) and files built for download. */
  readonly files: WorkbookFiles;
  /** The in-memory workbook in standalone mode (for download), else null. */
  readonly xlsx: WorkbookFile | null;
  /** Name of the file opened in standalone mode; null for the empty starting workbook and in Excel. */
  readonly fileName: string | null;
  /** Changes whenever the pane opens a file or writes sheets: views of the workbook re-read it. */
  readonly revision: number;
  /** Identifies the open workbook; panels holding results about it reset when it changes. */
  readonly workbookId: number;
  /** zh-CN notices: Excel features this host lacks, and what the host could not confirm. */
  readonly notices: readonly string[];
  /** Call after writing to the workbook. */
  readonly touched: () => void;
  /** Standalone: opens an .xlsx file as the workbook (throws with a zh-CN message). */
  readonly openFile: (file: File) => Promise<void>;
  /** Next year's workbook as .xlsx bytes; standalone keeps the open file's other sheets after the new tables. */
  readonly rolledWorkbook: (result: RollForwardResult) => Promise<Uint8Array>;
  /** A new workbook for the officer: opened in Excel where ExcelApi 1.8 allows, else downloaded. */
  readonly deliverWorkbook: (bytes: Uint8Array, fileName: string) => Promise<'opened' | 'downloaded'>;
}

const PortContext = createContext<PortContextValue | null>(null);

function emptyBook(): XlsxWorkbook {
  const xlsx = new XlsxWorkbook();
  xlsx.workbook.creator = '部门预算助手';
  return xlsx;
}

// A file the officer opens is read for checking by the fast reader; ExcelJS loads it on the first write.
export const xlsxFiles: WorkbookFiles = {
  open: (bytes, fileName) => LazyXlsxFile.open(bytes, fileName),
  create: () => LazyXlsxFile.fromBook(emptyBook()),
};

interface Opened {
  readonly file: LazyXlsxFile | null;
  readonly fileName: string | null;
  readonly id: number;
}

export function PortProvider(props: { mode: HostKind; children: ReactNode }): JSX.Element {
  const { mode, children } = props;
  const [hostNotices, setHostNotices] = useState<readonly string[]>([]);
  const office = useMemo(
    () =>
      mode === 'excel' ? new OfficeWorkbook({ onNotice: (n) => setHostNotices((old) => (old.includes(n) ? old : [...old, n])) }) : null,
    [mode],
  );
  const notices = useMemo(() => [...(mode === 'excel' ? requirementNotices() : []), ...hostNotices], [mode, hostNotices]);
  const [opened, setOpened] = useState<Opened>(() => ({
    file: mode === 'excel' ? null : LazyXlsxFile.fromBook(emptyBook()),
    fileName: null,
    id: 1,
  }));
  const [revision, setRevision] = useState(0);
  const touched = useCallback(() => setRevision((r) => r + 1), []);
  const openFile = useCallback(async (file: File) => {
    const bytes = await timedAsync('file-read', () => file.arrayBuffer());
    const picked = await timedAsync('open', () => LazyXlsxFile.open(new Uint8Array(bytes), file.name));
    setOpened((o) => ({ file: picked, fileName: file.name, id: o.id + 1 }));
    setRevision((r) => r + 1);
  }, []);

  const rolledWorkbook = useCallback(
    async (result: RollForwardResult) => {
      // From Excel the open workbook is not a file the page has: the new tables and 上年数 only.
      const source = opened.file;
      const book = source ? await XlsxWorkbook.fromBuffer(await source.toBytes()) : emptyBook();
      book.workbook.creator = '部门预算助手';
      await writeRolledWorkbook(book, result);
      return book.toBuffer();
    },
    [opened],
  );

  const deliverWorkbook = useCallback(
    async (bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'> => {
      if (office && (await office.openNewWorkbook(bytes))) return 'opened';
      downloadBytes(bytes, fileName, XLSX_MIME);
      return 'downloaded';
    },
    [office],
  );

  const value = useMemo<PortContextValue>(() => {
    const port: WorkbookPort | null = office ?? opened.file;
    if (!port) throw new Error('PortProvider: 没有可用的工作簿');
    return {
      mode,
      port,
      files: xlsxFiles,
      xlsx: opened.file,
      fileName: opened.fileName,
      revision,
      workbookId: opened.id,
      notices,
      touched,
      openFile,
      rolledWorkbook,
      deliverWorkbook,
    };
  }, [mode, office, opened, revision, notices, touched, openFile, rolledWorkbook, deliverWorkbook]);
  return <PortContext.Provider value={value}>{children}</PortContext.Provider>;
}

export function usePort(): PortContextValue {
  const value = useContext(PortContext);
  if (!value) throw new Error('usePort 只能在 PortProvider 内使用');
  return value;
}
