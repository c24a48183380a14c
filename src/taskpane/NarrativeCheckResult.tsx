import { makeStyles, Subtitle2 } from '@fluentui/react-components';
import type { NarrativeTextCheck } from '../domain/narrative/checkNarrativeText';
import { FigureTable } from './FigureTable';
import { FindingCounts } from './FindingCounts';

// What the check of an existing 编制说明 found: every figure it looked at, then the findings.

const useStyles = makeStyles({ sub: { margin: 0 } });

export function NarrativeCheckResult(props: { checked: NarrativeTextCheck }): JSX.Element {
  const styles = useStyles();
  const { figures, findings } = props.checked;
  return (
    <>
      <Subtitle2 as="h3" className={styles.sub}>
        核对的数字（{figures.filter((f) => f.table !== null).length} 个已核对，
        {figures.filter((f) => f.table === null).length} 个未能核对）
      </Subtitle2>
      <FigureTable figures={figures} />
      {findings.length > 0 && <FindingCounts findings={[...findings]} label="编制说明核对问题统计" />}
      {findings.length > 0 && (
        <ul aria-label="编制说明核对发现的问题">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`}>{f.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
