import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { readBudgetTables } from '../domain/read/readBudgetTables';
import { messageOf } from './messageOf';
import { usePort } from './portContext';
import { timed } from './stageTiming';

// Year, 编制部门 and the standard tables found in the open workbook, read once per change (the pane
// opened a file or wrote to it) and shared by the header and the panels that default to them.

export interface WorkbookInfo {
  readonly loading: boolean;
  readonly year: number | null;
  readonly department: string | null;
  readonly tables: number;
  readonly sheets: number;
  readonly error: string | null;
}

const INITIAL: WorkbookInfo = { loading: true, year: null, department: null, tables: 0, sheets: 0, error: null };
const InfoContext = createContext<WorkbookInfo>(INITIAL);

export function WorkbookInfoProvider(props: { children: ReactNode }): JSX.Element {
  const { port, revision } = usePort();
  // What was read, and for which port and revision; while a newer revision is being read, the last
  // figures stay on show marked as loading (derived here rather than set from inside the effect).
  const [read, setRead] = useState<{ port: unknown; revision: number; info: WorkbookInfo } | null>(null);
  useEffect(() => {
    let live = true;
    port.readSheets().then(
      (snaps) => {
        if (!live) return;
        const { workbook } = timed('recognise', () => readBudgetTables(snaps));
        setRead({
          port,
          revision,
          info: {
            loading: false,
            year: workbook.year,
            department: workbook.department,
            tables: workbook.tables.length + (workbook.provinceTables?.length ?? 0),
            sheets: snaps.length,
            error: null,
          },
        });
      },
      (e: unknown) => {
        if (live) setRead({ port, revision, info: { ...INITIAL, loading: false, error: `读取工作簿失败：${messageOf(e)}` } });
      },
    );
    return () => {
      live = false;
    };
  }, [port, revision]);
  const current = read !== null && read.port === port && read.revision === revision;
  const info = useMemo<WorkbookInfo>(
    () => (read === null ? INITIAL : current ? read.info : { ...read.info, loading: true }),
    [read, current],
  );
  return <InfoContext.Provider value={info}>{props.children}</InfoContext.Provider>;
}

export function useWorkbookInfo(): WorkbookInfo {
  return useContext(InfoContext);
}
