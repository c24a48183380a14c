import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { cellAddress, columnLetter, parseCellAddress } from '../domain/a1';
import { formatThousands } from '../domain/money';
import type { CellValue, SheetSnapshot } from '../domain/port/workbookPort';
import type { FormulaEvaluator } from '../domain/read/evaluateFormulas';

// Standalone mode has no grid to jump to: a read-only excerpt of the sheet around the cell
// (±5 rows and columns), the target outlined, with row numbers and column letters as in Excel.

const RADIUS = 5;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  scroller: {
    overflowX: 'auto',
    width: 'fit-content',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: '1px 4px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  // Row numbers stay in view while the excerpt scrolls sideways to the target.
  rowHead: { position: 'sticky', left: 0, zIndex: 1 },
  cell: {
    padding: '1px 4px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '9em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  target: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorPaletteRedBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  targetHead: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? formatThousands(v, 0) : formatThousands(v, 2);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function CellPreview(props: { snapshot: SheetSnapshot; cell: string; evaluator: FormulaEvaluator }): JSX.Element {
  const { snapshot, cell } = props;
  const styles = useStyles();
  const targetRef = useRef<HTMLTableCellElement>(null);
  // Keep the outlined cell in view inside the horizontally scrolling excerpt.
  useEffect(() => {
    const td = targetRef.current;
    const scroller = td?.closest('[role="region"]');
    if (td && scroller instanceof HTMLElement) {
      const rowHead = td.parentElement?.firstElementChild;
      const stuck = rowHead instanceof HTMLElement ? rowHead.offsetWidth : 0;
      scroller.scrollLeft = Math.max(0, td.offsetLeft - stuck - (scroller.clientWidth - stuck - td.offsetWidth) / 2);
    }
  }, [snapshot, cell]);
  const at = addressOf(cell);
  if (!at) return <Caption1>单元格地址“{cell}”无法识别，无法预览。</Caption1>;
  const r1 = Math.max(1, at.row - RADIUS);
  const c1 = Math.max(1, at.col - RADIUS);
  const rows = Array.from({ length: at.row + RADIUS - r1 + 1 }, (_, i) => r1 + i);
  const cols = Array.from({ length: at.col + RADIUS - c1 + 1 }, (_, i) => c1 + i);
  const formula = snapshot.formulas[at.row - 1]?.[at.col - 1] ?? null;
  const valueOf = (r: number, c: number): CellValue | undefined => {
    const e = props.evaluator.valueAt(snapshot.name, r, c);
    return e.ok ? e.value : snapshot.values[r - 1]?.[c - 1];
  };
  const value = valueOf(at.row, at.col);
  return (
    <figure className={styles.figure} data-testid="cell-preview" data-sheet={snapshot.name} data-cell={cell}>
      <Caption1 as="p">
        工作表“{snapshot.name}”{cell}：{value === null || value === undefined ? '（空）' : shown(value)}
        {formula ? `，公式 ${formula}` : value !== null && value !== undefined ? '（手填数值）' : ''}
      </Caption1>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`“${snapshot.name}”${cell} 附近的单元格（只读）`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.rowHead)} aria-hidden="true" />
              {cols.map((c) => (
                <th key={c} scope="col" className={mergeClasses(styles.head, c === at.col && styles.targetHead)}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.head, styles.rowHead, r === at.row && styles.targetHead)}>
                  {r}
                </th>
                {cols.map((c) => {
                  const v = valueOf(r, c);
                  const isTarget = r === at.row && c === at.col;
                  const text = shown(v);
                  return (
                    <td
                      key={c}
                      ref={isTarget ? targetRef : undefined}
                      data-cell={cellAddress(r, c)}
                      aria-current={isTarget ? 'location' : undefined}
                      title={text || undefined}
                      className={mergeClasses(styles.cell, typeof v === 'number' && styles.number, isTarget && styles.target)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function addressOf(cell: string): { row: number; col: number } | null {
  try {
    return parseCellAddress(cell);
  } catch {
    return null;
  }
}
