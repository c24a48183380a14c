import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Change, Comparison } from '../domain/compare/change';
import { describeTable } from '../domain/compare/describeChange';
import { ChangeItem } from './ChangeItem';

// The reviewer's changes grouped by table in published order, biggest amounts first (the order the
// comparison gives), each table headed by its net effect on the 合计.

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  title: { overflowWrap: 'anywhere', textAlign: 'left' },
  totals: { display: 'block', color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalXS}` },
});

export function changeKey(c: Change, i: number): string {
  return `c|${i}|${c.sheet}|${c.cell ?? c.submittedCell ?? ''}|${c.column ?? ''}`;
}

export function ChangeList(props: {
  comparison: Comparison;
  selectedKey: string | null;
  onSelect: (key: string, c: Change) => void;
  renderSelected: (c: Change) => ReactNode;
}): JSX.Element {
  const { comparison, selectedKey, onSelect, renderSelected } = props;
  const styles = useStyles();
  let i = 0;
  return (
    <Accordion multiple collapsible defaultOpenItems={comparison.tables.map((t) => t.sheet)}>
      {comparison.tables.map((t) => (
        <AccordionItem key={t.sheet} value={t.sheet}>
          <AccordionHeader as="h4" size="small">
            <span className={styles.title}>
              {t.sheet}（{t.changes.length} 处）
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <Caption1 className={styles.totals}>{describeTable(t)}</Caption1>
            <ul className={styles.list}>
              {t.changes.map((c) => {
                const key = changeKey(c, i++);
                return (
                  <ChangeItem key={key} change={c} selected={key === selectedKey} onSelect={() => onSelect(key, c)}>
                    {key === selectedKey ? renderSelected(c) : null}
                  </ChangeItem>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
