import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FindingsDiff } from '../domain/compare/compareFindings';
import { FindingCounts } from './FindingCounts';
import { FindingList } from './FindingList';
import type { FindingFocus } from './useFindingFocus';

// The checks before and after the reviewer's changes, side by side (stacked in a narrow pane):
// what the returned workbook newly fails, and what it no longer fails.

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function FindingsDiffView(props: { diff: FindingsDiff; focus: FindingFocus }): JSX.Element {
  const { diff, focus } = props;
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <section className={styles.column} aria-labelledby="diff-broken-title">
        <Subtitle2 id="diff-broken-title" as="h4" className={styles.title}>
          返回稿新出现的问题（{diff.broken.length}）
        </Subtitle2>
        {diff.broken.length === 0 ? (
          <Caption1 className={styles.muted}>无：修改没有造成新的不平或错误。</Caption1>
        ) : (
          <>
            <FindingCounts findings={diff.broken} label="新出现的问题统计" />
            <FindingList
              findings={diff.broken}
              selectedKey={focus.selectedKey}
              onSelect={focus.onSelect}
              renderSelected={focus.renderSelected}
              headingLevel="h4"
            />
          </>
        )}
      </section>
      <section className={styles.column} aria-labelledby="diff-fixed-title">
        <Subtitle2 id="diff-fixed-title" as="h4" className={styles.title}>
          修改后已解决的问题（{diff.fixed.length}）
        </Subtitle2>
        {diff.fixed.length === 0 ? (
          <Caption1 className={styles.muted}>无。</Caption1>
        ) : (
          <FindingList findings={diff.fixed} selectedKey={null} onSelect={null} headingLevel="h4" />
        )}
        {diff.unchanged.length > 0 && <Caption1 className={styles.muted}>另有 {diff.unchanged.length} 个问题在两稿中都存在。</Caption1>}
      </section>
    </div>
  );
}
