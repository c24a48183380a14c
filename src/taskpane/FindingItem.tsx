import { Button, Caption1, makeStyles, mergeClasses, Tooltip, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Finding } from '../domain/findings/finding';
import type { Fix } from '../domain/check/fixes';
import { fixLabel } from './checkFixes';
import { useSelectableItemStyles } from './useSelectableItemStyles';
import { signedYuan, yuan } from './yuan';

// One finding: the message, where it is (cell, 科目, column, rule) and the figures in 元. Clicking
// it jumps to the cell (Excel) or shows the cell in a preview (standalone); a 修复 button when the
// checker knows a sure fix.

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  plain: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  message: { overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontVariantNumeric: 'tabular-nums' },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalS },
  extra: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onSelect: (() => void) | null;
  readonly fix?: Fix;
  readonly onFix?: () => void;
  readonly busy?: boolean;
  /** Shown under the selected finding (the standalone cell preview). */
  readonly children?: ReactNode;
}

export function FindingItem(props: FindingItemProps): JSX.Element {
  const { finding: f, selected, onSelect, fix, onFix, busy, children } = props;
  const styles = useStyles();
  const item = useSelectableItemStyles();
  const body = (
    <>
      <span className={styles.message}>{f.message}</span>
      <Caption1 className={styles.meta}>
        {f.cell && (
          <span>
            单元格 <span className={styles.cell}>{f.cell}</span>
          </span>
        )}
        {f.code && <span>科目 {f.code}</span>}
        {f.column && <span>列 {f.column}</span>}
        <span>规则 {f.rule}</span>
      </Caption1>
      {(f.expected !== undefined || f.actual !== undefined || f.difference !== undefined) && (
        <Caption1 className={styles.figures}>
          {f.expected !== undefined && <span>应为 {yuan(f.expected)}</span>}
          {f.actual !== undefined && <span>实为 {yuan(f.actual)}</span>}
          {f.difference !== undefined && <span>差额 {signedYuan(f.difference)}</span>}
        </Caption1>
      )}
    </>
  );
  return (
    <li className={styles.item}>
      {onSelect ? (
        <button
          type="button"
          className={mergeClasses(item.main, selected && item.selected)}
          aria-pressed={selected}
          onClick={onSelect}
          title={f.sheet && f.cell ? `定位到“${f.sheet}”${f.cell}` : undefined}
        >
          {body}
        </button>
      ) : (
        <div className={mergeClasses(item.main, styles.plain)}>{body}</div>
      )}
      {fix && onFix && (
        <div className={styles.actions}>
          <Tooltip content={fix.description} relationship="description">
            <Button size="small" appearance="primary" disabled={busy} onClick={onFix}>
              {fixLabel(fix)}
            </Button>
          </Tooltip>
        </div>
      )}
      {selected && children && <div className={styles.extra}>{children}</div>}
    </li>
  );
}
