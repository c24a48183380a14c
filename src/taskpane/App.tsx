import { Caption1, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from '@fluentui/react-components';
import { usePort } from './portContext';
import { TemplatePanel } from './TemplatePanel';

// The pane shell. Panels live in their own files; App only lays them out.

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export function App(): JSX.Element {
  const styles = useStyles();
  const { mode, notices } = usePort();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">部门预算助手</Title3>
        <Caption1>{mode === 'excel' ? '正在处理 Excel 中打开的工作簿' : '独立模式：未在 Excel 中运行，表样写入内存中的工作簿，可下载为 .xlsx 文件'}</Caption1>
      </header>
      {notices.map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      <TemplatePanel />
    </main>
  );
}
