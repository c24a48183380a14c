import { makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeParagraph } from '../domain/narrative/paragraphs';

// The generated text as it will read: titles centred, headings bold, body with a first-line indent.

const useStyles = makeStyles({
  text: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: '1.8',
    overflowWrap: 'anywhere',
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
    textIndent: '2em',
  },
  body: { margin: 0, textIndent: '2em' },
});

export function NarrativeText(props: { paragraphs: readonly NarrativeParagraph[] }): JSX.Element {
  const styles = useStyles();
  return (
    <article className={styles.text} aria-label="编制说明正文" data-testid="narrative-text">
      {props.paragraphs.map((p, i) => {
        if (p.kind === 'title')
          return (
            <h3 key={i} className={styles.title}>
              {p.text}
            </h3>
          );
        if (p.kind === 'heading')
          return (
            <h4 key={i} className={styles.heading}>
              {p.text}
            </h4>
          );
        return (
          <p key={i} className={styles.body}>
            {p.text}
          </p>
        );
      })}
    </article>
  );
}
