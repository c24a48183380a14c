import {
  Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
  MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens,
} from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import seed from '../../seeds/sh-hrss-2024.json';
import { budgetDataFromPublished } from '../domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import type { WorkbookPlan } from '../domain/plan/sheetPlan';
import { ExistingSheetPolicy, SheetConflictError, WriteResult } from '../port/workbookPort';
import { usePort } from './portContext';

// "载入预算表样（示例数据）": lays out the nine standard tables from the bundled published budget
// and writes them through the port. Sheets holding data are never overwritten without asking.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; result: WriteResult; warnings: string[] }
  | { kind: 'error'; message: string };

function demoPlan(): { plan: WorkbookPlan; warnings: string[] } {
  const { plan, findings } = buildBudgetWorkbook(budgetDataFromPublished(seed));
  return { plan, warnings: findings.map((f) => f.message) };
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

const DEMO_FILE = '部门预算-2024-示例.xlsx';

export function TemplatePanel(): JSX.Element {
  const styles = useStyles();
  const { port, xlsx } = usePort();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [conflict, setConflict] = useState<readonly string[] | null>(null);
  const pending = useRef<{ plan: WorkbookPlan; warnings: string[] } | null>(null);

  const write = useCallback(async (policy: ExistingSheetPolicy) => {
    setStatus({ kind: 'busy' });
    try {
      const built = pending.current ?? demoPlan();
      pending.current = built;
      const result = await port.writePlan(built.plan, policy);
      pending.current = null;
      setStatus({ kind: 'done', result, warnings: built.warnings });
    } catch (e) {
      if (e instanceof SheetConflictError) {
        setConflict(e.sheets);
        setStatus({ kind: 'idle' });
        return;
      }
      pending.current = null;
      setStatus({ kind: 'error', message: messageOf(e) });
    }
  }, [port]);

  const answer = (policy: ExistingSheetPolicy | null) => {
    setConflict(null);
    if (policy) void write(policy);
    else pending.current = null;
  };

  const download = async () => {
    if (!xlsx) return;
    try {
      const data = await xlsx.toBuffer();
      const url = URL.createObjectURL(new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = DEMO_FILE;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setStatus({ kind: 'error', message: `下载失败：${messageOf(e)}` });
    }
  };

  const busy = status.kind === 'busy';
  return (
    <section className={styles.panel} aria-labelledby="template-panel-title">
      <Body1 id="template-panel-title">预算表样</Body1>
      <Caption1>按 2024 年部门预算公开格式生成九张标准表，金额取自上海市人力资源和社会保障局 2024 年部门预算（示例数据）。</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void write('fail')}>
          载入预算表样（示例数据）
        </Button>
        {xlsx && status.kind === 'done' && (
          <Button onClick={() => void download()}>下载 .xlsx</Button>
        )}
        {busy && <Spinner size="tiny" label="正在写入工作表…" />}
      </div>

      {status.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>已写入 {status.result.written.length} 张工作表</MessageBarTitle>
            {Object.entries(status.result.renamed).map(([from, to]) => (
              <div key={from}>“{from}”已存在，表样写入新表“{to}”。</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'done' && status.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>生成表样时的提示</MessageBarTitle>
            <ul className={styles.list}>
              {status.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>未能载入表样</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}

      <Dialog open={conflict !== null} onOpenChange={(_, d) => { if (!d.open) answer(null); }} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>工作表已存在</DialogTitle>
            <DialogContent>
              以下工作表已有内容：
              <ul className={styles.list}>
                {(conflict ?? []).map((name) => <li key={name}>{name}</li>)}
              </ul>
              “覆盖”会删除这些工作表并重新生成（其他表中引用它们的公式将失效）；“另存为新表”保留原表，表样写入新名称的工作表。
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer('rename')}>另存为新表</Button>
              <Button onClick={() => answer('replace')}>覆盖</Button>
              <Button appearance="subtle" onClick={() => answer(null)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
