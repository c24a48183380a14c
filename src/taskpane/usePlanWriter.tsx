import { useCallback, useRef, useState } from 'react';
import type { WorkbookPlan } from '../domain/plan/sheetPlan';
import { ExistingSheetPolicy, SheetConflictError, WriteResult } from '../domain/port/workbookPort';
import { OverwriteDialog } from './OverwriteDialog';
import { usePort } from './portContext';

// Writes a plan through the port; when sheets with data would be written over, asks first
// (OverwriteDialog) and writes with the answer. Resolves to null when the officer cancels.

export interface PlanWriter {
  write(plan: WorkbookPlan): Promise<WriteResult | null>;
  /** Render once in the panel. */
  readonly dialog: JSX.Element;
}

export function usePlanWriter(): PlanWriter {
  const { port, touched } = usePort();
  const [conflict, setConflict] = useState<readonly string[] | null>(null);
  const answer = useRef<((p: ExistingSheetPolicy | null) => void) | null>(null);

  const write = useCallback(
    async (plan: WorkbookPlan): Promise<WriteResult | null> => {
      try {
        const result = await port.writePlan(plan, 'fail');
        touched();
        return result;
      } catch (e) {
        if (!(e instanceof SheetConflictError)) throw e;
        const policy = await new Promise<ExistingSheetPolicy | null>((resolve) => {
          answer.current = resolve;
          setConflict(e.sheets);
        });
        if (policy === null) return null;
        const result = await port.writePlan(plan, policy);
        touched();
        return result;
      }
    },
    [port, touched],
  );

  const onAnswer = useCallback((p: ExistingSheetPolicy | null) => {
    setConflict(null);
    const resolve = answer.current;
    answer.current = null;
    resolve?.(p);
  }, []);

  return { write, dialog: <OverwriteDialog sheets={conflict} onAnswer={onAnswer} /> };
}
