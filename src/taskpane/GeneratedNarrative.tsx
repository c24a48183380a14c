import { makeStyles, Subtitle2 } from '@fluentui/react-components';
import type { NarrativeFromSheets } from '../domain/narrative/narrativeFromSheets';
import { FindingCounts } from './FindingCounts';
import { FindingList } from './FindingList';
import { NarrativeText } from './NarrativeText';
import type { FindingFocus } from './useFindingFocus';

// The generated 编制说明 as it will read, then what generating it found (each finding jumps to its cell).

const useStyles = makeStyles({ sub: { margin: 0 } });

export function GeneratedNarrative(props: { result: NarrativeFromSheets; focus: FindingFocus }): JSX.Element {
  const styles = useStyles();
  const { result, focus } = props;
  return (
    <>
      {result.paragraphs.length > 0 && <NarrativeText paragraphs={result.paragraphs} />}
      {result.findings.length > 0 && (
        <>
          <Subtitle2 as="h3" className={styles.sub}>
            生成时发现的问题
          </Subtitle2>
          <FindingCounts findings={result.findings} label="编制说明问题统计" />
          <FindingList
            findings={result.findings}
            selectedKey={focus.selectedKey}
            onSelect={focus.onSelect}
            renderSelected={focus.renderSelected}
            headingLevel="h4"
          />
        </>
      )}
    </>
  );
}
