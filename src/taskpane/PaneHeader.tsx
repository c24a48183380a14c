import { Badge, Caption1, makeStyles, Spinner, Title3, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import { usePort } from './portContext';
import { useWorkbookInfo } from './workbookInfo';

// The compact header: product name, then what the pane sees in the workbook (year, 编制部门).

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader(): JSX.Element {
  const styles = useStyles();
  const { mode } = usePort();
  const info = useWorkbookInfo();
  return (
    <header className={styles.header}>
      <div className={styles.line}>
        <Title3 as="h1">部门预算助手</Title3>
        {mode === 'standalone' && (
          <Badge appearance="outline" color="informative">
            独立模式
          </Badge>
        )}
      </div>
      <div className={styles.line} aria-live="polite">
        {info.loading ? (
          <Spinner size="extra-tiny" label="正在识别工作簿…" />
        ) : info.tables > 0 ? (
          <>
            <Badge appearance="tint" color="brand">
              {info.year !== null ? `${info.year} 年` : '年度未识别'}
            </Badge>
            <Caption1>{info.department ?? '编制部门未识别'}</Caption1>
            <Caption1 className={styles.muted}>识别到 {info.tables} 张预算表</Caption1>
          </>
        ) : (
          <Caption1 className={styles.muted}>
            {info.sheets > 0
              ? '工作簿中未识别到标准预算表'
              : mode === 'excel'
                ? '工作簿为空'
                : '尚未打开工作簿：打开 .xlsx 文件，或在“表样”中载入示例'}
          </Caption1>
        )}
      </div>
      {info.error && <ErrorBar title="无法识别工作簿" message={info.error} />}
    </header>
  );
}
