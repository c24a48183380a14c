import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { FormulaEvaluator } from '../domain/read/evaluateFormulas';
import type { Finding } from '../domain/findings/finding';
import type { SheetSnapshot } from '../domain/port/workbookPort';
import { CellPreview } from './CellPreview';
import { messageOf } from './messageOf';
import { usePort } from './portContext';

// Selecting a finding (or a change): in Excel the cell is activated in the grid; where there is no
// grid (standalone page, or a file that is not the open workbook) the cell is shown in a preview
// made from the snapshots the list was computed from.

export interface FindingFocus {
  readonly selectedKey: string | null;
  readonly onSelect: (key: string, f: Pick<Finding, 'sheet' | 'cell'>) => void;
  readonly renderSelected: (f: Pick<Finding, 'sheet' | 'cell'>) => ReactNode;
  /** A failed jump (sheet renamed or deleted since the check), zh-CN. */
  readonly error: string | null;
  readonly clearError: () => void;
  /** Forget the selection (the list was recomputed). */
  readonly clear: () => void;
}

export function useFindingFocus(
  snapshots: readonly SheetSnapshot[] | null,
  target: 'open-workbook' | 'file' = 'open-workbook',
): FindingFocus {
  const { port, mode } = usePort();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Files written without saved results (ExcelJS, the CLI) still preview their computed figures.
  const evaluator = useMemo(() => (snapshots ? new FormulaEvaluator(snapshots) : null), [snapshots]);
  const onSelect = useCallback(
    (key: string, f: Pick<Finding, 'sheet' | 'cell'>) => {
      setSelectedKey(key);
      setError(null);
      if (target !== 'open-workbook' || !f.sheet) return;
      port.activate(f.sheet, f.cell).catch((e: unknown) => setError(`无法定位到“${f.sheet}”${f.cell ?? ''}：${messageOf(e)}`));
    },
    [port, target],
  );
  const renderSelected = (f: Pick<Finding, 'sheet' | 'cell'>): ReactNode => {
    if ((mode === 'excel' && target === 'open-workbook') || !f.sheet || !f.cell) return null;
    const snap = snapshots?.find((s) => s.name === f.sheet);
    return snap && evaluator ? <CellPreview snapshot={snap} cell={f.cell} evaluator={evaluator} /> : null;
  };
  return { selectedKey, onSelect, renderSelected, error, clearError: () => setError(null), clear: () => setSelectedKey(null) };
}
