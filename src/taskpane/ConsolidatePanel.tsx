import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { BusyButton } from './BusyButton';
import { ConsolidatedFiles, consolidateFiles } from './consolidateFiles';
import { ConsolidateResults } from './ConsolidateResults';
import { downloadBytes, XLSX_MIME } from './download';
import { ErrorBar } from './ErrorBar';
import { FilePicker } from './FilePicker';
import { usePort } from './portContext';
import { useTask } from './useTask';

// 汇总: a 主管部门's tables from its 预算单位' workbooks, with 单位列表 and 单位明细, as a download.
// Files are read in the page one at a time.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'start' },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  file: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  year: { width: '8em' },
  dept: { minWidth: '12em' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ConsolidatePanel(): JSX.Element {
  const styles = useStyles();
  const task = useTask();
  const { files: host } = usePort();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [department, setDepartment] = useState('');
  const [yearText, setYearText] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [done, setDone] = useState<(ConsolidatedFiles & { fileName: string }) | null>(null);
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const busy = task.running !== null;

  const add = (picked: File[]) => {
    setDone(null);
    setFiles((old) => [...old, ...picked.filter((p) => !old.some((o) => o.name === p.name && o.size === p.size))]);
  };
  const run = () =>
    task
      .run('consolidate', '汇总失败', async () => {
        setDone(null);
        const r = await consolidateFiles(
          host,
          files,
          { department: department.trim(), ...(year !== undefined ? { year } : {}) },
          (n, total) => setProgress(n < total ? `正在读取第 ${n + 1}/${total} 个文件…` : '正在生成汇总表…'),
        );
        setProgress(null);
        const fileName = `${r.result.department}-${r.result.year ?? ''}部门预算汇总.xlsx`;
        setDone({ ...r, fileName });
        if (r.bytes) downloadBytes(r.bytes, fileName, XLSX_MIME);
      })
      .finally(() => setProgress(null));

  return (
    <section className={styles.panel} aria-labelledby="consolidate-panel-title">
      <Subtitle2 id="consolidate-panel-title" as="h2">
        汇总单位预算
      </Subtitle2>
      <Caption1 className={styles.muted}>
        选择所属各预算单位的工作簿，按表、科目编码汇总为主管部门的九张表（上级和合计为公式），附“单位列表”和“单位明细”，以 .xlsx 下载。
      </Caption1>
      <FilePicker
        label="添加单位文件"
        accept=".xlsx,.xlsm,.xls"
        multiple
        inputId="consolidate-input"
        disabled={busy}
        hint={files.length > 0 ? `已选择 ${files.length} 个文件` : '可多选，或将多个文件拖放到此处'}
        onFiles={add}
      />
      {files.length > 0 && (
        <ol className={styles.files} aria-label="已选择的单位文件">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <span className={styles.file}>
                {f.name}
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={`移除 ${f.name}`}
                  onClick={() => {
                    setFiles((old) => old.filter((x) => x !== f));
                    setDone(null);
                  }}
                >
                  移除
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.fields}>
        <Field label="主管部门名称（可选）" hint="不填则用各单位共同的编制部门">
          <Input className={styles.dept} value={department} onChange={(_, d) => setDepartment(d.value)} />
        </Field>
        <Field
          label="年度（可选）"
          validationState={yearText !== '' && year === undefined ? 'error' : 'none'}
          validationMessage={yearText !== '' && year === undefined ? '请填写四位年度' : undefined}
        >
          <Input className={styles.year} inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <BusyButton appearance="primary" busy={task.running === 'consolidate'} disabled={files.length === 0} onClick={() => void run()}>
          汇总并下载
        </BusyButton>
        {done?.bytes && <Button onClick={() => downloadBytes(done.bytes!, done.fileName, XLSX_MIME)}>再次下载</Button>}
        {progress && <Caption1 aria-live="polite">{progress}</Caption1>}
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {done && !done.bytes && (
        <ErrorBar
          title="未生成汇总表"
          message={
            done.result.findings
              .filter((f) => f.severity === 'error')
              .map((f) => f.message)
              .join('；') || '没有可以汇总的单位'
          }
        />
      )}
      {done?.bytes && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              已生成 {done.result.department} {done.result.year ?? ''} 年汇总表
            </MessageBarTitle>
            <div>
              汇总 {done.result.units.filter((u) => u.included).length} 个单位（共 {done.result.units.length} 个文件），已下载{' '}
              {done.fileName}。
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {done && <ConsolidateResults result={done.result} />}
    </section>
  );
}
