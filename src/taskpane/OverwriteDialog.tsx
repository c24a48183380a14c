import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ExistingSheetPolicy } from '../domain/port/workbookPort';
import { usePort } from './portContext';

// Asked before any sheet holding data is written over: keep it and write under a new name, replace
// it, or cancel.

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function OverwriteDialog(props: {
  sheets: readonly string[] | null;
  onAnswer: (policy: ExistingSheetPolicy | null) => void;
}): JSX.Element {
  const { sheets, onAnswer } = props;
  const styles = useStyles();
  const { mode } = usePort();
  return (
    <Dialog
      open={sheets !== null}
      onOpenChange={(_, d) => {
        if (!d.open) onAnswer(null);
      }}
      modalType="alert"
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>工作表已存在</DialogTitle>
          <DialogContent>
            以下工作表已有内容：
            <ul className={styles.list}>
              {(sheets ?? []).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            “覆盖”会删除这些工作表并重新生成（其他表中引用它们的公式将失效）；“另存为新表”保留原表，写入新名称的工作表。
            {mode === 'excel' && ' 注意：在 Excel 中删除工作表会清空 Excel 的撤销记录，覆盖之后无法再用 Ctrl+Z 撤回此前的操作。'}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer('rename')}>
              另存为新表
            </Button>
            <Button onClick={() => onAnswer('replace')}>覆盖</Button>
            <Button appearance="subtle" onClick={() => onAnswer(null)}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
