import { Badge, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { changeTypeLabel } from '../domain/compare/buildChangeSheet';
import type { Change } from '../domain/compare/change';
import { describeChange } from '../domain/compare/describeChange';
import { useSelectableItemStyles } from './useSelectableItemStyles';
import { signedYuan } from './yuan';

// One change the reviewer made: kind, cell, the zh-CN description and the amount moved.

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  text: { overflowWrap: 'anywhere' },
  extra: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

export function ChangeItem(props: { change: Change; selected: boolean; onSelect: () => void; children?: ReactNode }): JSX.Element {
  const { change: c, selected, onSelect, children } = props;
  const styles = useStyles();
  const item = useSelectableItemStyles();
  const where = c.cell ?? (c.submittedCell ? `原 ${c.submittedCell}` : '');
  return (
    <li className={styles.item}>
      <button type="button" className={mergeClasses(item.main, selected && item.selected)} aria-pressed={selected} onClick={onSelect}>
        <Caption1 className={styles.head}>
          <Badge
            size="small"
            appearance="tint"
            color={c.kind === 'removed' ? 'danger' : c.kind === 'added' ? 'success' : c.formulaChange ? 'warning' : 'brand'}
          >
            {changeTypeLabel(c)}
          </Badge>
          {where && <span>单元格 {where}</span>}
          {c.difference !== null && c.difference !== 0 && <span>{signedYuan(c.difference)}</span>}
        </Caption1>
        <span className={styles.text}>{describeChange(c)}</span>
      </button>
      {selected && children && <div className={styles.extra}>{children}</div>}
    </li>
  );
}
