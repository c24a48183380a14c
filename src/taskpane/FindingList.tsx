import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1Strong,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Finding, SEVERITY_ZH } from '../domain/findings/finding';
import type { Fix } from '../domain/check/fixes';
import { fixFor } from './checkFixes';
import { FindingItem } from './FindingItem';
import { groupFindings } from './findingGroups';
import { SEVERITY_COLOR } from './severityColor';

// The findings grouped by table (one accordion section per sheet, tables with errors open) and,
// inside, by severity. Each headline carries what follows from it, folded under it.

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  title: { overflowWrap: 'anywhere' },
  severity: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0 },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly selectedKey: string | null;
  /** null when findings are not clickable. */
  readonly onSelect: ((key: string, f: Finding) => void) | null;
  readonly fixes?: ReadonlyMap<string, Fix>;
  readonly onFix?: (fix: Fix) => void;
  readonly busy?: boolean;
  readonly renderSelected?: (f: Finding) => ReactNode;
  /** Heading level of the group titles. */
  readonly headingLevel?: 'h3' | 'h4';
}

export function FindingList(props: FindingListProps): JSX.Element {
  const { findings, selectedKey, onSelect, fixes, onFix, busy, renderSelected } = props;
  const styles = useStyles();
  const groups = groupFindings(findings);
  const openByDefault = groups.filter((g) => g.counts.error > 0 || groups.length <= 3).map((g) => g.sheet ?? '');
  return (
    <Accordion multiple collapsible defaultOpenItems={openByDefault}>
      {groups.map((g) => (
        <AccordionItem key={g.sheet ?? ''} value={g.sheet ?? ''}>
          <AccordionHeader as={props.headingLevel ?? 'h3'} size="small">
            <span className={styles.header}>
              <span className={styles.title}>{g.sheet ?? '工作簿'}</span>
              {(['error', 'warning', 'info'] as const).map((s) =>
                g.totals[s] > 0 ? (
                  <Badge key={s} size="small" appearance="tint" color={SEVERITY_COLOR[s]}>
                    {`${SEVERITY_ZH[s]} ${g.counts[s]}${g.totals[s] !== g.counts[s] ? `（共 ${g.totals[s]}）` : ''}`}
                  </Badge>
                ) : null,
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {g.bySeverity.map((s) => (
              <section key={s.severity} aria-label={`${g.sheet ?? '工作簿'}：${SEVERITY_ZH[s.severity]}`}>
                <Caption1Strong as="p" className={styles.severity}>
                  {SEVERITY_ZH[s.severity]}（{s.findings.length}）
                </Caption1Strong>
                <ul className={styles.list}>
                  {s.findings.map(({ key, finding, consequences }) => {
                    // A root cause offers the sure fix of its own cell (restoring the typed-over formula).
                    const own = (f: Finding) => f.sheet === finding.sheet && f.cell === finding.cell;
                    const fix =
                      (fixes ? fixFor(fixes, finding) : undefined) ??
                      (fixes
                        ? consequences
                            .filter((c) => own(c.finding))
                            .map((c) => fixFor(fixes, c.finding))
                            .find((x) => x)
                        : undefined);
                    const selected = key === selectedKey;
                    const item = (k: string, f: Finding, sel: boolean) => ({
                      finding: f,
                      selected: sel,
                      onSelect: onSelect && f.sheet ? () => onSelect(k, f) : null,
                      busy: busy ?? false,
                    });
                    return (
                      <FindingItem
                        key={key}
                        {...item(key, finding, selected)}
                        {...(fix && onFix ? { fix, onFix: () => onFix(fix) } : {})}
                        consequences={consequences.map((c) => {
                          const cf = fixes ? fixFor(fixes, c.finding) : undefined;
                          const sel = c.key === selectedKey;
                          return {
                            key: c.key,
                            ...item(c.key, c.finding, sel),
                            ...(cf && onFix ? { fix: cf, onFix: () => onFix(cf) } : {}),
                            extra: sel && renderSelected ? renderSelected(c.finding) : null,
                          };
                        })}
                      >
                        {selected && renderSelected ? renderSelected(finding) : null}
                      </FindingItem>
                    );
                  })}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
