import { useState } from 'react';
import type { OverlayUndo, WorkbookPort } from '../domain/port/workbookPort';

/** Highlights laid on the workbook, oldest first; taken off newest first so each restores what it covered. */
export interface Layer {
  readonly kind: 'check' | 'fix';
  /** For a fix's highlight: the fix's id. */
  readonly fixId?: string;
  readonly undo: OverlayUndo;
}

export interface OverlayLayers {
  readonly layers: readonly Layer[];
  readonly push: (layer: Layer) => void;
  /** Takes off the layers from the top down to (and including) the first one `stop` matches, or all. */
  readonly peel: (stop?: (l: Layer) => boolean) => Promise<void>;
}

export function useOverlayLayers(port: WorkbookPort): OverlayLayers {
  const [layers, setLayers] = useState<readonly Layer[]>([]);
  const push = (layer: Layer) => setLayers((l) => [...l, layer]);
  const peel = async (stop?: (l: Layer) => boolean): Promise<void> => {
    const stack = [...layers];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      await port.removeOverlay(top.undo);
      setLayers([...stack]);
      if (stop?.(top)) break;
    }
  };
  return { layers, push, peel };
}
