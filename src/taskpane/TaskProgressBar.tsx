import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Task } from './useTask';

// The progress of a long task (over about half a second): a Fluent ProgressBar labelled with the
// step now running, and 取消, which stops the task at its next step.

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export function TaskProgressBar(props: { task: Task; label: string }): JSX.Element | null {
  const { task, label } = props;
  const styles = useStyles();
  if (!task.running || !task.progress) return null;
  const { step, fraction } = task.progress;
  return (
    <div className={styles.row} data-testid="task-progress">
      <Field className={styles.field} label={label} validationMessage={step || '正在处理…'} validationState="none">
        <ProgressBar thickness="large" {...(fraction !== null ? { value: fraction } : {})} aria-valuetext={step || label} />
      </Field>
      <Button size="small" onClick={task.cancel}>
        取消
      </Button>
    </div>
  );
}
