import { Badge, Body1Strong, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { FindingCounts } from './FindingCounts';
import { FindingList } from './FindingList';
import type { ConsolidatedFiles } from './consolidateFiles';

// After a consolidation: each unit file with its own check's counts and what became of it, then
// what consolidating found.

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  units: {
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  unit: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  unitLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  sub: { margin: 0 },
});

export function ConsolidateResults(props: { result: ConsolidatedFiles['result'] }): JSX.Element {
  const styles = useStyles();
  const { result } = props;
  return (
    <>
      <ul className={styles.units} aria-label="各单位汇总情况">
        {result.units.map((u) => (
          <li key={u.file} className={styles.unit}>
            <Body1Strong>{u.name}</Body1Strong>
            <Caption1 className={styles.muted}>{u.file}</Caption1>
            <span className={styles.unitLine}>
              <Badge size="small" appearance="tint" color={u.errors > 0 ? 'danger' : 'informative'}>{`错误 ${u.errors}`}</Badge>
              <Badge size="small" appearance="tint" color={u.warnings > 0 ? 'warning' : 'informative'}>{`警告 ${u.warnings}`}</Badge>
              <Caption1>{u.status}</Caption1>
            </span>
          </li>
        ))}
      </ul>
      {result.findings.length > 0 && (
        <>
          <Subtitle2 as="h3" className={styles.sub}>
            汇总时发现的问题
          </Subtitle2>
          <FindingCounts findings={result.findings} label="汇总问题统计" />
          <FindingList findings={result.findings} selectedKey={null} onSelect={null} headingLevel="h4" />
        </>
      )}
    </>
  );
}
