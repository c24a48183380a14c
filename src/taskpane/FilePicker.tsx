import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DragEvent, ReactNode, useId, useRef, useState } from 'react';

// Choosing files: a button opening the browser's file picker, and a zone files can be dropped on.
// Files are read in the page; nothing is uploaded.

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: 'anywhere' },
  input: { display: 'none' },
});

export interface FilePickerProps {
  /** Button text, e.g. "选择报送稿". */
  readonly label: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  /** Shown beside the button: the chosen file's name or a hint. */
  readonly hint?: string;
  /** For tests and labels: id of the hidden <input type="file">. */
  readonly inputId?: string;
  readonly onFiles: (files: File[]) => void;
  /** More actions in the same zone (e.g. the download beside the open button). */
  readonly children?: ReactNode;
}

export function FilePicker(props: FilePickerProps): JSX.Element {
  const { label, accept, multiple, disabled, hint, inputId, onFiles, children } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation(); // the page's own drop zone (open workbook) must not also take it
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Button size="small" disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
        {label}
      </Button>
      {children}
      <Caption1 id={hintId} className={styles.hint}>
        {hint ?? '或将文件拖放到此处'}
      </Caption1>
      <input
        ref={input}
        id={inputId}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // choosing the same file again must fire again
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
