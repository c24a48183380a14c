import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { readBudgetTables } from '../domain/read/readBudgetTables';
import { messageOf } from './messageOf';
import { usePort } from './portContext';

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
  const [info, setInfo] = useState<WorkbookInfo>(INITIAL);
  useEffect(() => {
    let live = true;
    setInfo((i) => ({ ...i, loading: true }));
    port.readSheets().then(
      (snaps) => {
        if (!live) return;
        const { workbook } = readBudgetTables(snaps);
        setInfo({
          loading: false,
          year: workbook.year,
          department: workbook.department,
          tables: workbook.tables.length + (workbook.provinceTables?.length ?? 0),
          sheets: snaps.length,
          error: null,
        });
      },
      (e: unknown) => {
        if (live) setInfo({ ...INITIAL, loading: false, error: `读取工作簿失败：${messageOf(e)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [port, revision]);
  return <InfoContext.Provider value={info}>{props.children}</InfoContext.Provider>;
}

export function useWorkbookInfo(): WorkbookInfo {
  return useContext(InfoContext);
}
