import {
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { blankBudget, splitCodeList } from '../domain/model/blankBudget';
import { blankProvinceBudget } from '../domain/model/blankProvinceBudget';
import { buildBudgetWorkbook } from '../domain/plan/buildBudgetWorkbook';
import { buildProvinceWorkbook } from '../domain/plan/province/buildProvinceWorkbook';
import { provinceEditions } from '../domain/templates/provinceEditions';
import type { WriteResult } from '../domain/port/workbookPort';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { usePlanWriter } from './usePlanWriter';
import { useTask } from './useTask';
import { WriteNotice } from './WriteNotice';

// "生成空白表样": the nine tables for the officer's own department and year, with rows for the
// 项 and 经济分类款 they list; amounts blank for entry, parents and totals already formulas.

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  year: { width: '7em' },
  grow: { flexGrow: 1, minWidth: '12em' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function BlankTemplateForm(): JSX.Element {
  const styles = useStyles();
  const task = useTask();
  const writer = usePlanWriter();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [department, setDepartment] = useState('');
  const [items, setItems] = useState('');
  const [economic, setEconomic] = useState('');
  const [done, setDone] = useState<{ result: WriteResult; notes: string[] } | null>(null);
  // '' = the Shanghai nine tables of the year; otherwise a province edition (江苏 2019 …), whose year is fixed.
  const [edition, setEdition] = useState('');
  const province = provinceEditions().find((e) => e.id === edition);

  const yearNumber = province ? province.year : Number(year);
  const yearError = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100 ? undefined : '请填写 2000–2100 之间的年度';
  const departmentError = department.trim() === '' ? '请填写编制部门' : undefined;

  const generate = () =>
    task.run('blank', '未能生成空白表样', async () => {
      setDone(null);
      if (province) {
        const blank = blankProvinceBudget({
          edition: province.id,
          department,
          functionalCodes: splitCodeList(items),
          economicCodes: splitCodeList(economic),
        });
        const result = await writer.write(buildProvinceWorkbook(blank.data, 'template'));
        if (result) setDone({ result, notes: blank.problems });
        return;
      }
      const blank = blankBudget({
        year: yearNumber,
        department,
        functionalCodes: splitCodeList(items),
        economicCodes: splitCodeList(economic),
      });
      const { plan, findings } = buildBudgetWorkbook(blank.data);
      const result = await writer.write(plan);
      if (result) setDone({ result, notes: [...blank.problems, ...findings.map((f) => f.message)] });
    });

  return (
    <div className={styles.form}>
      <Field
        label="表样版本"
        hint={province ? `${province.label}：合计、上级科目和表间引用均为公式` : '上海市部门预算九张表，按年度选用 2020 或 2024 年版'}
      >
        <Select value={edition} onChange={(_, d) => setEdition(d.value)}>
          <option value="">上海市（九张表，按年度）</option>
          {provinceEditions().map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label="年度" required validationMessage={yearError} className={styles.year}>
          <Input
            type="number"
            value={province ? String(province.year) : year}
            disabled={province !== undefined}
            onChange={(_, d) => setYear(d.value)}
          />
        </Field>
        <Field label="编制部门" required validationMessage={department === '' ? undefined : departmentError} className={styles.grow}>
          <Input value={department} onChange={(_, d) => setDepartment(d.value)} placeholder="如：某某市人力资源和社会保障局" />
        </Field>
      </div>
      <Field label="支出功能分类科目（项，7 位编码）" hint="每行或用逗号分隔一个编码，如 2080101；上级类、款自动生成">
        <Textarea value={items} onChange={(_, d) => setItems(d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label="部门预算支出经济分类科目（款，5 位编码）" hint="如 30101、30201">
        <Textarea value={economic} onChange={(_, d) => setEconomic(d.value)} resize="vertical" rows={2} />
      </Field>
      <div className={styles.row}>
        <BusyButton
          busy={task.running === 'blank'}
          disabled={yearError !== undefined || departmentError !== undefined}
          onClick={() => void generate()}
        >
          生成空白表样
        </BusyButton>
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {done && <WriteNotice result={done.result} what={`已写入 ${done.result.written.length} 张空白预算表，请在明细行填列金额`} />}
      {done && done.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>请核对以下科目</MessageBarTitle>
            <ul className={styles.list}>
              {done.notes.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {writer.dialog}
    </div>
  );
}
