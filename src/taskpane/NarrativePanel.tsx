import { Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { buildNarrativeSheet, NARRATIVE_SHEET, readNarrativeSheet } from '../domain/narrative/buildNarrativeSheet';
import { narrativeTextCheck, type NarrativeTextCheck } from '../domain/narrative/checkNarrativeText';
import { PREVIOUS_SHEET } from '../domain/narrative/buildPreviousYearSheet';
import { MATERIALS_SHEET } from '../domain/narrative/materials';
import { narrativeFromSheets, type NarrativeFromSheets } from '../domain/narrative/narrativeFromSheets';
import { narrativeToPlainText } from '../domain/narrative/paragraphs';
import { narrativeDocx } from '../export/narrativeDocx';
import type { SheetSnapshot, WriteResult } from '../domain/port/workbookPort';
import { BusyButton } from './BusyButton';
import { copyText } from './copyText';
import { downloadBytes, DOCX_MIME } from './download';
import { ErrorBar } from './ErrorBar';
import { GeneratedNarrative } from './GeneratedNarrative';
import { NarrativeCheckResult } from './NarrativeCheckResult';
import { materialsSheetPlan, previousSheetPlan } from './narrativeSheetPlans';
import { FilePicker } from './FilePicker';
import { usePort } from './portContext';
import { useFindingFocus } from './useFindingFocus';
import { usePlanWriter } from './usePlanWriter';
import { useTask } from './useTask';
import { useWorkbookInfo } from './workbookInfo';
import { WriteNotice } from './WriteNotice';
import { openPickedFile } from './openPickedFile';

// 编制说明: the 部门预算编制说明 and 其他相关情况说明 written from the tables, the 上年数 sheet (or
// last year's workbook) and the 说明素材 sheet; copied, written to a sheet, or exported to Word.

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

interface Generated {
  readonly result: NarrativeFromSheets;
  readonly snapshots: readonly SheetSnapshot[];
}

export function NarrativePanel(): JSX.Element {
  const styles = useStyles();
  const { port, files: fileHost } = usePort();
  const info = useWorkbookInfo();
  const task = useTask();
  const writer = usePlanWriter();
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [previousFile, setPreviousFile] = useState<{ name: string; sheets: readonly SheetSnapshot[] } | null>(null);
  const [written, setWritten] = useState<{ what: string; result: WriteResult } | null>(null);
  const [copied, setCopied] = useState(false);
  const [checked, setChecked] = useState<NarrativeTextCheck | null>(null);
  const focus = useFindingFocus(generated?.snapshots ?? null);
  const busy = task.running !== null;

  const generate = async (): Promise<Generated> => {
    const snapshots = await port.readSheets();
    const result = narrativeFromSheets(
      { sheets: snapshots, ...(previousFile ? { previousSheets: previousFile.sheets } : {}) },
      { projects: true },
    );
    const g = { result, snapshots };
    setGenerated(g);
    setCopied(false);
    focus.clear();
    return g;
  };
  const current = async () => generated ?? (await generate());
  const paragraphsOf = (g: Generated) => {
    if (g.result.paragraphs.length === 0) throw new Error('没有生成编制说明：工作簿中找不到带年度的标准预算表（见下方问题列表）');
    return g.result.paragraphs;
  };

  const pickPrevious = (files: File[]) => {
    const f = files[0];
    if (!f) return;
    void task.run('previous', '未能读取上年工作簿', async () => {
      const book = await openPickedFile(fileHost, f);
      setPreviousFile({ name: f.name, sheets: await book.readSheets() });
      setGenerated(null);
    });
  };

  const write = (what: string, title: string, build: (g: Generated) => Parameters<typeof writer.write>[0]) =>
    task.run(what, title, async () => {
      const g = await current();
      const result = await writer.write(build(g));
      if (result) setWritten({ what, result });
      if (result) await generate(); // the new sheet is a source of the text (上年数, 说明素材)
    });

  const year = () => generated?.result.facts?.year ?? generated?.result.workbook.year ?? info.year;

  return (
    <section className={styles.panel} aria-labelledby="narrative-panel-title">
      <Subtitle2 id="narrative-panel-title" as="h2">
        编制说明
      </Subtitle2>
      <Caption1 className={styles.muted}>
        按预算表、“{PREVIOUS_SHEET}”和“{MATERIALS_SHEET}
        ”工作表生成部门预算编制说明和其他相关情况说明。没有这两张表时可先布置，填好黄色单元格后重新生成。
      </Caption1>
      <FilePicker
        label="选择上年工作簿（可选）"
        accept=".xlsx,.xlsm,.xls"
        inputId="narrative-previous-input"
        disabled={busy}
        hint={previousFile ? `上年数取自：${previousFile.name}` : '用于与上年预算比较；不选则用“上年数”工作表'}
        onFiles={pickPrevious}
      />
      <div className={styles.actions}>
        <BusyButton
          appearance="primary"
          busy={task.running === 'generate'}
          blocked={busy}
          onClick={() => void task.run('generate', '未能生成编制说明', generate)}
        >
          {generated ? '重新生成' : '生成编制说明'}
        </BusyButton>
        <BusyButton
          busy={task.running === 'copy'}
          blocked={busy}
          disabled={!generated || generated.result.paragraphs.length === 0}
          onClick={() =>
            void task.run('copy', '复制失败', async () => {
              await copyText(narrativeToPlainText(paragraphsOf(await current())));
              setCopied(true);
            })
          }
        >
          {copied ? '已复制' : '复制'}
        </BusyButton>
        <BusyButton
          busy={task.running === `写入“${NARRATIVE_SHEET}”`}
          blocked={busy}
          disabled={!generated || generated.result.paragraphs.length === 0}
          onClick={() =>
            void write(`写入“${NARRATIVE_SHEET}”`, `未能写入“${NARRATIVE_SHEET}”工作表`, (g) => ({
              sheets: [buildNarrativeSheet(paragraphsOf(g))],
            }))
          }
        >
          写入工作表
        </BusyButton>
        <BusyButton
          busy={task.running === 'docx'}
          blocked={busy}
          disabled={!generated || generated.result.paragraphs.length === 0}
          onClick={() =>
            void task.run('docx', '未能导出 Word 文档', async () => {
              const g = await current();
              const y = g.result.facts?.year;
              const name = `${y ?? ''}${g.result.facts?.department ?? ''}部门预算编制说明.docx`;
              downloadBytes(await narrativeDocx(paragraphsOf(g)), name, DOCX_MIME);
            })
          }
        >
          导出 Word
        </BusyButton>
      </div>
      <div className={styles.actions}>
        <BusyButton
          size="small"
          busy={task.running === 'check-text'}
          blocked={busy}
          onClick={() =>
            void task.run('check-text', `未能核对“${NARRATIVE_SHEET}”工作表`, async () => {
              const g = await generate();
              const sheet = g.snapshots.find((x) => x.name === NARRATIVE_SHEET);
              if (!sheet) throw new Error(`工作簿中没有“${NARRATIVE_SHEET}”工作表：请先写入或粘贴编制说明（每段一行）`);
              if (!g.result.facts) throw new Error('工作簿中找不到带年度的标准预算表，无法核对');
              setChecked(narrativeTextCheck(readNarrativeSheet(sheet), g.result.facts));
            })
          }
        >
          核对“{NARRATIVE_SHEET}”工作表中的数字
        </BusyButton>
        <BusyButton
          size="small"
          busy={task.running === `布置“${PREVIOUS_SHEET}”`}
          blocked={busy}
          onClick={() =>
            void write(`布置“${PREVIOUS_SHEET}”`, `未能布置“${PREVIOUS_SHEET}”工作表`, (g) => previousSheetPlan(g.result, year()))
          }
        >
          布置“{PREVIOUS_SHEET}”工作表
        </BusyButton>
        <BusyButton
          size="small"
          busy={task.running === `布置“${MATERIALS_SHEET}”`}
          blocked={busy}
          onClick={() =>
            void write(`布置“${MATERIALS_SHEET}”`, `未能布置“${MATERIALS_SHEET}”工作表`, (g) => materialsSheetPlan(g.result, year()))
          }
        >
          布置“{MATERIALS_SHEET}”工作表
        </BusyButton>
      </div>

      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {focus.error && <ErrorBar title="无法定位" message={focus.error} onDismiss={focus.clearError} />}
      {written && <WriteNotice result={written.result} what={`已${written.what}`} />}
      {copied && (
        <MessageBar intent="success">
          <MessageBarBody>已复制到剪贴板，可粘贴到 Word 或公文系统。</MessageBarBody>
        </MessageBar>
      )}

      {checked && <NarrativeCheckResult checked={checked} />}
      {generated && <GeneratedNarrative result={generated.result} focus={focus} />}
      {writer.dialog}
    </section>
  );
}
