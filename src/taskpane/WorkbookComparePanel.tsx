import { Caption1, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { annotateReturned, clearChangeHighlights } from '../domain/compare/annotateReturned';
import { CHANGE_SHEET } from '../domain/compare/buildChangeSheet';
import type { WorkbookFile } from '../domain/port/workbookPort';
import { BusyButton } from './BusyButton';
import { CompareResults, HighlightNotices } from './CompareResults';
import { CompareRun, compareSnapshots } from './compareRun';
import { downloadBytes, withSuffix, XLSX_MIME } from './download';
import { ErrorBar } from './ErrorBar';
import { FilePicker } from './FilePicker';
import { usePort } from './portContext';
import { useFindingFocus } from './useFindingFocus';
import { useTask } from './useTask';
import { openPickedFile } from './openPickedFile';

// 比对: the workbook the 财政局 returned against the one submitted. Either the open workbook is the
// returned one (changes highlighted in it, 修改对照 written into it, highlight removable in one
// click), or two files are picked (the annotated returned file is downloaded).

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Source = 'open' | 'files';
interface Picked {
  readonly name: string;
  readonly book: WorkbookFile;
}
interface Compared {
  readonly run: CompareRun;
  readonly source: Source;
  readonly submittedName: string;
  readonly returnedName: string;
  /** The returned workbook when it is a picked file: annotated and downloaded. */
  readonly returnedBook: WorkbookFile | null;
}

export function WorkbookComparePanel(): JSX.Element {
  const styles = useStyles();
  const { port, mode, fileName, touched, files: fileHost } = usePort();
  const task = useTask();
  const [source, setSource] = useState<Source>('open');
  const [submitted, setSubmitted] = useState<Picked | null>(null);
  const [returned, setReturned] = useState<Picked | null>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [annotated, setAnnotated] = useState<{ cells: number; sheet: string } | null>(null);
  const [cleared, setCleared] = useState<number | null>(null);
  const focus = useFindingFocus(compared?.run.returned ?? null, compared?.source === 'open' ? 'open-workbook' : 'file');
  const busy = task.running !== null;
  const openName = mode === 'excel' ? '当前工作簿' : (fileName ?? '当前工作簿');

  const pick = (set: (p: Picked) => void, what: string) => (files: File[]) => {
    const f = files[0];
    if (!f) return;
    void task.run(`pick-${what}`, `未能打开${what}`, async () => {
      set({ name: f.name, book: await openPickedFile(fileHost, f) });
      setCompared(null);
    });
  };

  const compare = () =>
    task.run('compare', '比对失败', async () => {
      setAnnotated(null);
      setCleared(null);
      if (!submitted) throw new Error('请先选择报送稿文件');
      if (source === 'files' && !returned) throw new Error('请先选择返回稿文件');
      const other = source === 'files' ? returned : null;
      const before = await submitted.book.readSheets();
      const after = other ? await other.book.readSheets() : await port.readSheets();
      focus.clear();
      setCompared({
        run: compareSnapshots(before, after),
        source,
        submittedName: submitted.name,
        returnedName: other ? other.name : openName,
        returnedBook: other ? other.book : null,
      });
    });

  const annotate = () =>
    task.run('annotate', `未能标注修改并写入“${CHANGE_SHEET}”`, async () => {
      if (!compared) return;
      const target = compared.returnedBook ?? port;
      const { undo, sheet } = await annotateReturned(target, compared.run.comparison, {
        submittedLabel: compared.submittedName,
        returnedLabel: compared.returnedName,
        checks: compared.run.checks,
      });
      setAnnotated({ cells: undo.fills.length, sheet });
      setCleared(null);
      if (compared.returnedBook) {
        downloadBytes(await compared.returnedBook.toBytes(), withSuffix(compared.returnedName, '-修改标注'), XLSX_MIME);
      } else touched();
    });

  const clear = () =>
    task.run('clear', '未能清除修改高亮', async () => {
      const n = await clearChangeHighlights(port, annotated?.sheet ?? CHANGE_SHEET);
      setCleared(n);
      setAnnotated(null);
      touched();
    });

  const comparison = compared?.run.comparison;
  return (
    <section className={styles.panel} aria-labelledby="compare-panel-title">
      <Subtitle2 id="compare-panel-title" as="h2">
        比对返回稿
      </Subtitle2>
      <Caption1 className={styles.muted}>
        按表和科目编码逐项比对报送稿与财政局返回稿（插入、删除、调整行序不算修改），并对比两稿的校验结果。
      </Caption1>
      <RadioGroup
        value={source}
        onChange={(_, d) => {
          setSource(d.value as Source);
          setCompared(null);
        }}
        aria-label="比对对象"
      >
        <Radio value="open" label={`${openName}是返回稿，与报送稿文件比对`} />
        <Radio value="files" label="比对两个文件（报送稿、返回稿）" />
      </RadioGroup>
      <FilePicker
        label="选择报送稿"
        accept=".xlsx,.xlsm,.xls"
        inputId="compare-submitted-input"
        disabled={busy}
        hint={submitted ? `报送稿：${submitted.name}` : undefined}
        onFiles={pick(setSubmitted, '报送稿')}
      />
      {source === 'files' && (
        <FilePicker
          label="选择返回稿"
          accept=".xlsx,.xlsm,.xls"
          inputId="compare-returned-input"
          disabled={busy}
          hint={returned ? `返回稿：${returned.name}` : undefined}
          onFiles={pick(setReturned, '返回稿')}
        />
      )}
      <div className={styles.actions}>
        <BusyButton
          appearance="primary"
          busy={task.running === 'compare'}
          blocked={busy}
          disabled={!submitted || (source === 'files' && !returned)}
          onClick={() => void compare()}
        >
          开始比对
        </BusyButton>
        {compared && comparison && comparison.changes.length > 0 && (
          <BusyButton busy={task.running === 'annotate'} blocked={busy} onClick={() => void annotate()}>
            {compared.source === 'open' ? `标注修改并写入“${CHANGE_SHEET}”` : '下载标注版返回稿'}
          </BusyButton>
        )}
        {source === 'open' && (
          // Also after reopening: the highlight's record lives in the 修改对照 sheet.
          <BusyButton busy={task.running === 'clear'} blocked={busy} onClick={() => void clear()}>
            清除修改高亮
          </BusyButton>
        )}
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {focus.error && <ErrorBar title="无法定位" message={focus.error} onDismiss={focus.clearError} />}
      <HighlightNotices annotated={annotated} cleared={cleared} downloaded={Boolean(compared?.returnedBook)} />
      {compared && comparison && (
        <CompareResults
          comparison={comparison}
          checks={compared.run.checks}
          submittedName={compared.submittedName}
          returnedName={compared.returnedName}
          focus={focus}
        />
      )}
    </section>
  );
}
