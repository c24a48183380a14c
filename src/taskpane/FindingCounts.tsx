import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Finding, SEVERITY_ZH } from '../domain/findings/finding';
import { countBySeverity, SEVERITIES, totalBySeverity } from './findingGroups';
import { SEVERITY_COLOR } from './severityColor';

// 错误 / 警告 / 提示 counts at the top of a list of findings: headlines (each root cause once), with
// every finding in brackets when some are folded under a root cause.

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export function FindingCounts(props: { findings: readonly Finding[]; label?: string }): JSX.Element {
  const styles = useStyles();
  const counts = countBySeverity(props.findings);
  const totals = totalBySeverity(props.findings);
  return (
    <div className={styles.row} role="status" aria-label={props.label ?? '校验结果统计'} data-testid="finding-counts">
      {SEVERITIES.map((s) => (
        <Badge key={s} size="large" appearance={counts[s] > 0 ? 'filled' : 'outline'} color={SEVERITY_COLOR[s]} data-severity={s}>
          {`${SEVERITY_ZH[s]} ${counts[s]}${totals[s] !== counts[s] ? `（共 ${totals[s]}）` : ''}`}
        </Badge>
      ))}
    </div>
  );
}
