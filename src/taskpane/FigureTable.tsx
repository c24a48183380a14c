import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedFigure } from '../domain/narrative/textCheck/textRule';

// Every figure the text check looked at: what the text says, what the table says, where, and the verdict.

const VERDICT_ZH: Readonly<Record<CheckedFigure['verdict'], string>> = { ok: '一致', info: '提示', warning: '警告', error: '错误' };

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', verticalAlign: 'top' },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function FigureTable({ figures }: { readonly figures: readonly CheckedFigure[] }): JSX.Element {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label="核对的数字" data-testid="narrative-figures">
      <thead>
        <tr>
          {['段', '文中', '表中', '单元格', '结果'].map((h) => (
            <th key={h} className={styles.cell} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((f, i) => (
          <tr key={`${f.paragraph}-${i}`}>
            <td className={styles.cell}>{f.paragraph}</td>
            <td className={styles.cell}>{f.text}</td>
            <td className={styles.cell}>{f.table === null ? '—' : String(f.table)}</td>
            <td className={styles.cell}>{f.cell ?? '—'}</td>
            <td className={`${styles.cell} ${f.verdict === 'error' ? styles.error : f.verdict === 'ok' ? '' : styles.warn}`}>
              {f.table === null && f.verdict === 'info' ? '未核对' : VERDICT_ZH[f.verdict]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
