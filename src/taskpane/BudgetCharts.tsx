import { DonutChart, GroupedVerticalBarChart } from '@fluentui/react-charts';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ParsedWorkbook } from '../domain/read/parsedTables';
import type { SheetSnapshot } from '../domain/port/workbookPort';
import { classComparison, compositions, percent, wan } from './budgetPictures';

// The budget at a glance, from the workbook's own figures: 本年 vs 上年 by 类 (when the 上年数
// sheet has them) with each change labelled in 万元, and where the money goes (基本/项目,
// 人员/公用). Every chart has its figures as a table right under it: the text alternative.

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
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
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalM },
  chart: { width: '100%', minWidth: 0, overflowX: 'auto' },
  donuts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': {
      padding: `2px ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    },
    '& td': { textAlign: 'right' },
    '& th': { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

// Concrete colours: the chart library draws SVG fills, not Fluent's CSS variables.
const PREVIOUS_COLOR = '#9DBBE0';
const CURRENT_COLOR = '#0F6CBD';
const PART_COLORS = ['#0F6CBD', '#E9835E'];
const YI = 10_000_000_000; // 分 per 亿元

export function BudgetCharts(props: { parsed: ParsedWorkbook; snapshots: readonly SheetSnapshot[] }): JSX.Element | null {
  const styles = useStyles();
  const comparison = useMemo(() => classComparison(props.snapshots), [props.snapshots]);
  const parts = useMemo(() => compositions(props.parsed), [props.parsed]);
  if (!comparison && parts.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="budget-charts-title" data-testid="budget-charts">
      <Subtitle2 id="budget-charts-title" as="h3">
        一图看预算
      </Subtitle2>
      {comparison ? (
        <figure className={styles.figure} data-testid="chart-class-comparison">
          <figcaption className={styles.caption} id="chart-class-caption">
            财政拨款支出按“类”：{comparison.year} 年与 {comparison.previousYear} 年预算（柱高为亿元，柱上标注增减额，万元）
          </figcaption>
          <div className={styles.chart}>
            <GroupedVerticalBarChart
              height={260}
              hideLabels
              barWidth="auto"
              yAxisTickFormat={(v: number) => `${Number(v.toFixed(1))}`}
              data={comparison.classes.map((c) => ({
                name: c.code,
                series: [
                  {
                    key: `p${c.code}`,
                    data: c.previous / YI,
                    legend: `${comparison.previousYear} 年`,
                    color: PREVIOUS_COLOR,
                    xAxisCalloutData: `${c.code} ${c.name}`,
                    yAxisCalloutData: wan(c.previous),
                  },
                  {
                    key: `c${c.code}`,
                    data: c.current / YI,
                    legend: `${comparison.year} 年`,
                    color: CURRENT_COLOR,
                    barLabel: wan(c.change, true).replace(' 万元', ''),
                    xAxisCalloutData: `${c.code} ${c.name}`,
                    yAxisCalloutData: `${wan(c.current)}（${wan(c.change, true)}）`,
                  },
                ],
              }))}
            />
          </div>
          <table className={styles.table} aria-labelledby="chart-class-caption">
            <thead>
              <tr>
                <th scope="col">类</th>
                <th scope="col">{comparison.previousYear} 年</th>
                <th scope="col">{comparison.year} 年</th>
                <th scope="col">增减</th>
              </tr>
            </thead>
            <tbody>
              {comparison.classes.map((c) => (
                <tr key={c.code}>
                  <th scope="row">
                    {c.code} {c.name}
                  </th>
                  <td>{wan(c.previous)}</td>
                  <td>{wan(c.current)}</td>
                  <td>{wan(c.change, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ) : (
        <Caption1 className={styles.muted}>工作簿中没有上年数（“上年数”工作表），不画本年与上年的对比图。</Caption1>
      )}
      {parts.length > 0 && (
        <figure className={styles.figure} data-testid="chart-composition">
          <figcaption className={styles.caption} id="chart-composition-caption">
            钱用在哪里（圈中为第一部分所占比例）
          </figcaption>
          <div className={styles.donuts}>
            {parts.map((c) => (
              <div key={c.title}>
                <DonutChart
                  width={160}
                  height={160}
                  innerRadius={45}
                  hideLabels
                  valueInsideDonut={percent(c.parts[0]?.fen ?? 0, c.total)}
                  data={{
                    chartTitle: c.title,
                    chartData: c.parts.map((p, j) => ({
                      legend: p.label,
                      data: p.fen / 1_000_000,
                      color: PART_COLORS[j % PART_COLORS.length] ?? CURRENT_COLOR,
                      xAxisCalloutData: p.label,
                      yAxisCalloutData: percent(p.fen, c.total),
                    })),
                  }}
                />
              </div>
            ))}
          </div>
          <table className={styles.table} aria-labelledby="chart-composition-caption">
            <tbody>
              {parts.flatMap((c) =>
                c.parts.map((p) => (
                  <tr key={`${c.title}${p.label}`}>
                    <th scope="row">
                      {c.title.split('：')[0]}·{p.label}
                    </th>
                    <td>{wan(p.fen)}</td>
                    <td>{percent(p.fen, c.total)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
