import { Badge, Button, Caption1, makeStyles, mergeClasses, Tooltip, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { ROOT_CAUSE_RULE_ID } from '../domain/check/rootCause';
import type { Finding } from '../domain/findings/finding';
import type { Fix } from '../domain/check/fixes';
import { fixLabel } from './checkFixes';
import { useSelectableItemStyles } from './useSelectableItemStyles';
import { signedYuan, yuan } from './yuan';

// One finding: the message, where it is (cell, 科目, column, rule) and the figures in 元. Clicking
// it jumps to the cell (Excel) or shows the cell in a preview (standalone); a 修复 button when the
// checker knows a sure fix. A headline (a root cause) carries what follows from it, folded: one
// button opens the list of those findings, each clickable to its cell as well.

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
  root: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalXS },
  folded: {
    margin: 0,
    padding: 0,
    marginLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  toggle: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalXS },
});

/** A finding folded under a headline, ready to render. */
export interface FoldedFinding {
  readonly key: string;
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onSelect: (() => void) | null;
  readonly fix?: Fix;
  readonly onFix?: () => void;
  readonly busy?: boolean;
  readonly extra?: ReactNode;
}

export interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onSelect: (() => void) | null;
  readonly fix?: Fix;
  readonly onFix?: () => void;
  readonly busy?: boolean;
  /** Shown under the selected finding (the standalone cell preview). */
  readonly children?: ReactNode;
  /** What follows from this finding: folded under it, opened on demand. */
  readonly consequences?: readonly FoldedFinding[];
}

export function FindingItem(props: FindingItemProps): JSX.Element {
  const { finding: f, selected, onSelect, fix, onFix, busy, children } = props;
  const consequences = props.consequences ?? [];
  const styles = useStyles();
  const item = useSelectableItemStyles();
  const listId = useId();
  // Open when one of the folded findings is the selected one (it was clicked, or jumped to).
  const [open, setOpen] = useState(false);
  const shown = open || consequences.some((c) => c.selected);
  const isRoot = f.rule === ROOT_CAUSE_RULE_ID;
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
        {isRoot ? (
          <Badge size="small" appearance="tint" color="danger">
            问题根源
          </Badge>
        ) : (
          <span>规则 {f.rule}</span>
        )}
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
    <li className={mergeClasses(styles.item, isRoot && styles.root)} data-root-cause={isRoot ? 'true' : undefined}>
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
      {consequences.length > 0 && (
        <>
          <Button
            className={styles.toggle}
            size="small"
            appearance="subtle"
            aria-expanded={shown}
            aria-controls={listId}
            onClick={() => setOpen(!shown)}
          >
            {`${shown ? '▾' : '▸'} 由此引起的 ${consequences.length} 项问题（改正后随之消除）`}
          </Button>
          {shown && (
            <ul id={listId} className={styles.folded} aria-label={`由“${f.sheet ?? '工作簿'}”${f.cell ?? ''} 引起的问题`}>
              {consequences.map((c) => (
                <FindingItem
                  key={c.key}
                  finding={c.finding}
                  selected={c.selected}
                  onSelect={c.onSelect}
                  {...(c.fix && c.onFix ? { fix: c.fix, onFix: c.onFix } : {})}
                  busy={c.busy ?? false}
                >
                  {c.extra}
                </FindingItem>
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
}
