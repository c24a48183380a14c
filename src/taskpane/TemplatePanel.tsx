import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import seed from '../../seeds/sh-hrss-2024.json';
import jiangsuSeed from '../../seeds/jiangsu-2019-zxbgt.json';
import { ProvinceBudgetSchema } from '../domain/model/provinceBudget';
import { buildProvinceWorkbook } from '../domain/plan/province/buildProvinceWorkbook';
import { budgetDataFromPublished } from '../domain/model/publishedSeed';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import type { WriteResult } from '../domain/port/workbookPort';
import { BlankTemplateForm } from './BlankTemplateForm';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { usePlanWriter } from './usePlanWriter';
import { useTask } from './useTask';
import { WriteNotice } from './WriteNotice';

// "载入预算表样（示例数据）": lays out the nine standard tables from the bundled published budget
// and writes them through the port. Sheets holding data are never overwritten without asking.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function TemplatePanel(): JSX.Element {
  const styles = useStyles();
  const task = useTask();
  const writer = usePlanWriter();
  const [done, setDone] = useState<{ result: WriteResult; warnings: string[] } | null>(null);

  const load = () =>
    task.run('load', '未能载入表样', async () => {
      setDone(null);
      const { plan, findings } = buildBudgetWorkbook(budgetDataFromPublished(seed));
      const result = await writer.write(plan);
      if (result) setDone({ result, warnings: findings.map((f) => f.message) });
    });

  // The 江苏 2019 edition filled with 省政协办公厅's published line items: every sum a formula.
  const loadJiangsu = () =>
    task.run('jiangsu', '未能载入江苏表样', async () => {
      setDone(null);
      const result = await writer.write(buildProvinceWorkbook(ProvinceBudgetSchema.parse(jiangsuSeed), 'template'));
      if (result) setDone({ result, warnings: [] });
    });

  return (
    <section className={styles.panel} aria-labelledby="template-panel-title">
      <Subtitle2 id="template-panel-title" as="h2">
        预算表样
      </Subtitle2>
      <Caption1 className={styles.muted}>
        按 2024 年部门预算公开格式生成九张标准表（上下级汇总与合计为公式），金额取自上海市人力资源和社会保障局 2024 年部门预算（示例数据）。
      </Caption1>
      <div className={styles.actions}>
        <BusyButton appearance="primary" busy={task.running === 'load'} onClick={() => void load()}>
          载入预算表样（示例数据）
        </BusyButton>
        <BusyButton busy={task.running === 'jiangsu'} onClick={() => void loadJiangsu()}>
          载入江苏 2019 公开表（示例：省政协办公厅）
        </BusyButton>
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {done && <WriteNotice result={done.result} what={`已写入 ${done.result.written.length} 张工作表`} />}
      {done && done.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>生成表样时的提示</MessageBarTitle>
            <ul className={styles.list}>
              {done.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {writer.dialog}
      <Subtitle2 as="h3">本部门空白表样</Subtitle2>
      <Caption1 className={styles.muted}>
        列出本部门用到的科目，生成待填的预算表（上海九张表，或选江苏 2019
        年十二张公开表）：上级科目、合计和总表均为公式，填入明细后自动汇总。
      </Caption1>
      <BlankTemplateForm />
    </section>
  );
}
