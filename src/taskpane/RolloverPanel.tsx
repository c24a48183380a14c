import {
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
import { SEVERITY_ZH } from '../domain/findings/finding';
import { rollForward, type RollForwardResult } from '../domain/rollover/rollForward';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { usePort } from './portContext';
import { useTask } from './useTask';
import { useWorkbookInfo } from './workbookInfo';

// 结转: next year's workbook from this one — titles advance, codes follow the new catalog, this
// year's figures become 上年数, amount cells are emptied under fresh formulas. Inside Excel it opens
// as a new workbook (Excel.createWorkbook, ExcelApi 1.8); elsewhere, or without that set, a download.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  year: { width: '8em' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Rolled {
  readonly result: RollForwardResult;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly delivered: 'opened' | 'downloaded';
}

function previousCount(r: RollForwardResult): number {
  const p = r.previousYear;
  return p ? Object.keys(p.amounts).length + Object.keys(p.classes).length : 0;
}

export function RolloverPanel(): JSX.Element {
  const styles = useStyles();
  const { port, mode, rolledWorkbook, deliverWorkbook } = usePort();
  const info = useWorkbookInfo();
  const task = useTask();
  // What the officer typed; until then next year after the workbook's own.
  const [typed, setYearText] = useState<string | null>(null);
  const yearText = typed ?? (info.year !== null ? String(info.year + 1) : '');
  const [rolled, setRolled] = useState<Rolled | null>(null);
  const [failed, setFailed] = useState<RollForwardResult | null>(null);
  const target = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;

  const roll = () =>
    task.run('roll', '未能结转下一年度', async () => {
      setRolled(null);
      setFailed(null);
      const result = rollForward(await port.readSheets(), target !== undefined ? { targetYear: target } : {});
      if (!result.plan) {
        setFailed(result);
        return;
      }
      const bytes = await rolledWorkbook(result);
      const fileName = `部门预算-${result.targetYear ?? ''}.xlsx`;
      const delivered = await deliverWorkbook(bytes, fileName);
      setRolled({ result, bytes, fileName, delivered });
    });

  const again = (r: Rolled) =>
    task.run('again', '未能再次打开结转结果', async () => {
      const delivered = await deliverWorkbook(r.bytes, r.fileName);
      setRolled({ ...r, delivered });
    });

  const notes = rolled ? rolled.result.findings.filter((f) => f.rule !== 'rollover/unmapped') : [];
  return (
    <section className={styles.panel} aria-labelledby="rollover-panel-title">
      <Subtitle2 id="rollover-panel-title" as="h2">
        结转下一年度
      </Subtitle2>
      <Caption1 className={styles.muted}>
        生成下一年度工作簿：表头年度更新，科目按新版科目表调整，本年预算数转入“上年数”工作表，金额单元格清空待填，汇总公式保留。
        {mode === 'excel'
          ? '结果在 Excel 中作为新工作簿打开（较旧的 Excel 不支持时以 .xlsx 文件下载），当前工作簿不变。'
          : '当前工作簿中的其他工作表一并保留，结果以 .xlsx 文件下载。'}
      </Caption1>
      <div className={styles.row}>
        <Field
          label="目标年度"
          validationState={yearText !== '' && target === undefined ? 'error' : 'none'}
          validationMessage={yearText !== '' && target === undefined ? '请填写四位年度，例如 2025' : undefined}
        >
          <Input className={styles.year} inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
        </Field>
        <BusyButton appearance="primary" busy={task.running === 'roll'} onClick={() => void roll()}>
          {mode === 'excel' ? '生成下一年度工作簿' : '生成并下载'}
        </BusyButton>
        {rolled && (
          <BusyButton busy={task.running === 'again'} onClick={() => void again(rolled)}>
            {rolled.delivered === 'opened' ? '再次打开' : '再次下载'} {rolled.fileName}
          </BusyButton>
        )}
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {failed && (
        <ErrorBar
          title="未能结转"
          message={
            failed.findings
              .filter((f) => f.severity === 'error')
              .map((f) => f.message)
              .join('；') || '工作簿中没有可结转的预算表'
          }
        />
      )}
      {rolled && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              已由 {rolled.result.sourceYear} 年生成 {rolled.result.targetYear} 年工作簿
              {rolled.delivered === 'opened' ? '，已在 Excel 中作为新工作簿打开（请另存）' : `，已下载 ${rolled.fileName}`}
            </MessageBarTitle>
            <div>
              {rolled.result.sourceYear} 年预算数已写入“上年数”工作表（{previousCount(rolled.result)} 项，供编制说明与上年比较）。
              {rolled.result.changes.length === 0 ? '科目无变动。' : `科目变动 ${rolled.result.changes.length} 项：`}
            </div>
            {rolled.result.changes.length > 0 && (
              <ol className={styles.list}>
                {rolled.result.changes.map((c, i) => (
                  <li key={i}>{c.message}</li>
                ))}
              </ol>
            )}
            {notes.length > 0 && (
              <ul className={styles.list}>
                {notes.map((f, i) => (
                  <li key={i}>
                    {SEVERITY_ZH[f.severity]}：{f.message}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
