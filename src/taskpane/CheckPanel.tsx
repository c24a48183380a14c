import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { buildCheckOverlay } from '../domain/check/buildCheckOverlay';
import { buildCheckSheet } from '../domain/check/buildCheckSheet';
import type { WriteResult } from '../domain/port/workbookPort';
import { BusyButton } from './BusyButton';
import { fixToPlan, type Fix, type FixPlan } from '../domain/check/fixes';
import { fixesByFinding } from './checkFixes';
import { ErrorBar } from './ErrorBar';
import { CheckResults } from './CheckResults';
import { usePort } from './portContext';
import { CheckRun, runChecks } from './runChecks';
import { usePlanWriter } from './usePlanWriter';
import { useFindingFocus } from './useFindingFocus';
import { TaskProgressBar } from './TaskProgressBar';
import { useTask, type TaskControl } from './useTask';
import { useOverlayLayers } from './useOverlayLayers';
import { WriteNotice } from './WriteNotice';

// 校验: runs the checks on the open workbook through the port and lists what they found. A finding
// jumps to its cell (Excel) or shows it in a preview (standalone); sure fixes are applied through
// the port and can be undone; the 校验 sheet and the highlights go into the workbook.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface AppliedFix {
  readonly fix: Fix;
  readonly plan: FixPlan;
}

export function CheckPanel(): JSX.Element {
  const styles = useStyles();
  const { port, mode, touched } = usePort();
  const task = useTask();
  const writer = usePlanWriter();
  const [run, setRun] = useState<CheckRun | null>(null);
  const { layers, push, peel } = useOverlayLayers(port);
  const [applied, setApplied] = useState<readonly AppliedFix[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [sheetWritten, setSheetWritten] = useState<WriteResult | null>(null);
  const busy = task.running !== null;
  const focus = useFindingFocus(run?.snapshots ?? null);

  const check = async (control?: TaskControl) => {
    const r = await runChecks(port, control);
    setRun(r);
    focus.clear();
    return r;
  };

  const fix = (f: Fix) =>
    task.run('fix', `修复“${f.sheet}”${f.cell} 时出错`, async () => {
      const plan = fixToPlan(f);
      await port.applyEdits(plan.apply);
      setApplied((a) => [...a, { fix: f, plan }]);
      setNotice(`已修复：${f.description}。改动的单元格标为浅绿色，已重新校验。`);
      touched();
      const undo = await port.applyOverlay([plan.highlight]);
      push({ kind: 'fix', fixId: f.id, undo });
      await check();
    });

  const undo = () => {
    const last = applied[applied.length - 1];
    if (!last) return;
    void task.run('undo', `撤销“${last.fix.sheet}”${last.fix.cell} 的修复时出错`, async () => {
      if (layers.some((l) => l.fixId === last.fix.id)) await peel((l) => l.fixId === last.fix.id);
      await port.applyEdits(last.plan.undo);
      setApplied((a) => a.slice(0, -1));
      setNotice(`已撤销：${last.fix.description}。已恢复为修复前的内容并重新校验。`);
      touched();
      await check();
    });
  };

  const writeSheet = () =>
    task.run('sheet', '未能写入“校验”工作表', async () => {
      const r = run ?? (await check());
      const result = await writer.write({ sheets: [buildCheckSheet(r.parsed, r.context)] });
      if (result) setSheetWritten(result);
    });

  const highlight = () =>
    task.run('overlay', '未能标注问题单元格', async () => {
      const r = run ?? (await check());
      const overlays = buildCheckOverlay(r.parsed, { ctx: r.context, findings: r.findings });
      const undo = await port.applyOverlay(overlays);
      push({ kind: 'check', undo });
      touched();
    });

  const unhighlight = () =>
    task.run('unoverlay', '未能清除标注', async () => {
      await peel();
      touched();
    });

  const fixes = fixesByFinding(run?.fixes ?? []);
  const checkLayer = layers.some((l) => l.kind === 'check');
  const lastFix = applied[applied.length - 1];

  return (
    <section className={styles.panel} aria-labelledby="check-panel-title">
      <Subtitle2 id="check-panel-title" as="h2">
        校验当前工作簿
      </Subtitle2>
      <Caption1 className={styles.muted}>
        核对九张预算表、项目表、上年数/说明素材和编制说明；同一个错数引起的问题折叠在“问题根源”下，写明改哪个单元格、改成多少；点击问题
        {mode === 'excel' ? '定位到单元格' : '查看单元格附近的数据'}。
      </Caption1>
      <div className={styles.actions}>
        <BusyButton
          appearance="primary"
          busy={task.running === 'check'}
          blocked={busy}
          onClick={() => void task.run('check', '校验失败', (c) => check(c))}
        >
          {run ? '重新校验' : '开始校验'}
        </BusyButton>
        <BusyButton busy={task.running === 'sheet'} blocked={busy} onClick={() => void writeSheet()}>
          写入“校验”工作表
        </BusyButton>
        {!checkLayer && (
          <BusyButton busy={task.running === 'overlay'} blocked={busy} onClick={() => void highlight()}>
            标注问题单元格
          </BusyButton>
        )}
        {layers.length > 0 && (
          <BusyButton busy={task.running === 'unoverlay'} blocked={busy} onClick={() => void unhighlight()}>
            清除标注
          </BusyButton>
        )}
      </div>

      <TaskProgressBar task={task} label="正在校验" />
      {task.cancelled && (
        <MessageBar intent="warning">
          <MessageBarBody>已取消校验，下面是上一次校验的结果（如有）。</MessageBarBody>
        </MessageBar>
      )}
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {focus.error && <ErrorBar title="无法定位" message={focus.error} onDismiss={focus.clearError} />}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions>
            {lastFix && (
              <Button size="small" disabled={busy} onClick={undo}>
                撤销
              </Button>
            )}
            <Button size="small" appearance="transparent" onClick={() => setNotice(null)}>
              关闭
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sheetWritten && <WriteNotice result={sheetWritten} what="已写入“校验”工作表（公式实时核对，改数后自动重算）" />}
      {checkLayer && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>已标注</MessageBarTitle>
            <div>
              上级科目与下级之和不符的单元格显示为红色（随数据实时变化），被手填数值覆盖的公式单元格填为橙色；“清除标注”恢复原来的底色（修复标出的浅绿色也一并清除）。
            </div>
          </MessageBarBody>
        </MessageBar>
      )}

      {run && <CheckResults run={run} focus={focus} fixes={fixes} onFix={(f) => void fix(f)} busy={busy} />}
      {writer.dialog}
    </section>
  );
}
