import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { BusyButton } from './BusyButton';
import { downloadBytes, withSuffix, XLSX_MIME } from './download';
import { ErrorBar } from './ErrorBar';
import { FilePicker } from './FilePicker';
import { usePort } from './portContext';
import { useTask } from './useTask';

// Standalone mode only: the workbook the pane works on is a file opened in the page, and what the
// pane writes into it (校验, highlights, 修改对照, 编制说明 …) comes back as a download.

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export const DEFAULT_DOWNLOAD_NAME = '部门预算.xlsx';

export function WorkbookBar(): JSX.Element {
  const styles = useStyles();
  const { xlsx, fileName, openFile } = usePort();
  const task = useTask();
  const open = (files: File[]) => {
    const file = files[0];
    if (file) void task.run('open', '打开文件失败', () => openFile(file));
  };
  // The whole page takes a dropped workbook (the pickers of other panels stop their own drops).
  const { run } = task;
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void run('open', '打开文件失败', () => openFile(file));
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [openFile, run]);
  const download = () =>
    task.run('download', '下载失败', async () => {
      if (!xlsx) throw new Error('没有可下载的工作簿');
      downloadBytes(await xlsx.toBytes(), fileName ? withSuffix(fileName, '-标注') : DEFAULT_DOWNLOAD_NAME, XLSX_MIME);
    });
  return (
    <section className={styles.bar} aria-label="工作簿文件">
      <FilePicker
        label="打开 .xlsx 工作簿"
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        inputId="open-workbook-input"
        disabled={task.running !== null}
        hint={fileName ? `当前：${fileName}` : '或拖放到页面上'}
        onFiles={open}
      >
        <BusyButton size="small" busy={task.running === 'download'} blocked={task.running !== null} onClick={() => void download()}>
          下载工作簿
        </BusyButton>
      </FilePicker>
      <Caption1 className={styles.muted}>
        {task.running === 'open'
          ? '正在打开…'
          : '文件只在本机浏览器中处理，不会上传。下载的工作簿包含在此写入的校验表、标注、修改对照和编制说明。'}
      </Caption1>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
    </section>
  );
}
