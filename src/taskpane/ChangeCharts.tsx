import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Change, Comparison } from '../domain/compare/change';
import { useSelectableItemStyles } from './useSelectableItemStyles';
import { wan } from './budgetPictures';

// What the reviewer changed, as pictures: the size of the changes per table, and the largest
// changed rows, each a button that goes to its cell. The figures are listed beside the chart
// (its text alternative).

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  caption: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, fontVariantNumeric: 'tabular-nums' },
  name: { overflowWrap: 'anywhere', textAlign: 'left' },
  amount: { whiteSpace: 'nowrap' },
});

/** Changes with an amount, by table: how many and how much (Σ |difference|). */
export function changesPerTable(comparison: Comparison): Array<{ sheet: string; count: number; fen: number }> {
  return comparison.tables
    .map((t) => ({
      sheet: t.sheet,
      count: t.changes.length,
      fen: t.changes.reduce((s, c) => s + Math.abs(c.difference ?? 0), 0),
    }))
    .filter((t) => t.count > 0);
}

/** The largest changed rows (by |difference|), most first. */
export function largestChanges(comparison: Comparison, n = 5): Change[] {
  return comparison.changes
    .filter((c) => c.difference !== null && c.difference !== 0)
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0))
    .slice(0, n);
}

export function changeKey(c: Change): string {
  return `chart|${c.sheet}|${c.cell ?? ''}|${c.code ?? ''}|${c.column ?? ''}`;
}

export function ChangeCharts(props: {
  comparison: Comparison;
  selectedKey: string | null;
  onSelect: (key: string, c: Change) => void;
  /** Shown under the selected row (the standalone cell preview). */
  renderSelected?: (c: Change) => ReactNode;
}): JSX.Element | null {
  const styles = useStyles();
  const item = useSelectableItemStyles();
  const perTable = changesPerTable(props.comparison);
  const largest = largestChanges(props.comparison);
  if (perTable.length === 0) return null;
  return (
    <figure className={styles.figure} data-testid="chart-reviewer-changes">
      <figcaption className={styles.caption} id="chart-changes-caption">
        财政局改了哪里：各表改动金额（绝对值合计，万元）
      </figcaption>
      <HorizontalBarChartWithAxis
        height={Math.max(120, 40 * perTable.length + 40)}
        hideLegend
        margins={{ left: 44, right: 56 }}
        data={perTable.map((t) => ({
          x: t.fen / 1_000_000,
          // Short axis labels (the pane is narrow): the table's number when the sheet name starts
          // with one, else its first characters; the full names are listed under the chart.
          y: /^\d+\s/.test(t.sheet) ? `表${t.sheet.split(/\s/)[0] ?? ''}` : [...t.sheet].slice(0, 4).join(''),
          color: '#0F6CBD',
          barLabel: wan(t.fen).replace(' 万元', ''),
          xAxisCalloutData: t.sheet,
          yAxisCalloutData: `${t.count} 处，${wan(t.fen)}`,
        }))}
      />
      <ul className={styles.list} aria-labelledby="chart-changes-caption">
        {perTable.map((t) => (
          <li key={t.sheet} className={styles.row}>
            <span className={styles.name}>{t.sheet}</span>
            <span className={styles.amount}>
              {t.count} 处，{wan(t.fen)}
            </span>
          </li>
        ))}
      </ul>
      {largest.length > 0 && (
        <>
          <Caption1 as="p" className={styles.caption} id="chart-largest-caption">
            改动最大的 {largest.length} 行（点击定位到单元格）
          </Caption1>
          <ul className={styles.list} aria-labelledby="chart-largest-caption">
            {largest.map((c) => {
              const key = changeKey(c);
              const selected = key === props.selectedKey;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className={mergeClasses(item.main, selected && item.selected, styles.row)}
                    aria-pressed={selected}
                    disabled={!c.cell}
                    onClick={() => props.onSelect(key, c)}
                  >
                    <span className={styles.name}>
                      {c.sheet} {c.code ?? ''} {c.name}
                      {c.columnLabel ? `【${c.columnLabel}】` : ''}
                      {c.cell ? `（${c.cell}）` : ''}
                    </span>
                    <span className={styles.amount}>{wan(c.difference ?? 0, true)}</span>
                  </button>
                  {selected && props.renderSelected ? props.renderSelected(c) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </figure>
  );
}
