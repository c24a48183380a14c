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
import { buildCatalogSheet, CATALOG_SHEET, type CatalogImport } from '../domain/catalog/catalogSheet';
import type { WriteResult } from '../domain/port/workbookPort';
import { BusyButton } from './BusyButton';
import { CatalogFile, importCatalogFile, readCatalogFile } from './catalogFromFile';
import { ErrorBar } from './ErrorBar';
import { FilePicker } from './FilePicker';
import { usePlanWriter } from './usePlanWriter';
import { usePort } from './portContext';
import { useTask } from './useTask';
import { useWorkbookInfo } from './workbookInfo';
import { WriteNotice } from './WriteNotice';

// Import the official 政府收支分类科目 list (.xlsx or .csv) into a 科目表 sheet: every later check,
// roll-forward and build of this workbook then uses it instead of the built-in catalog.

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  year: { width: '8em' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '12em', overflowY: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const MAX_LISTED = 50;

export function CatalogImportPanel(): JSX.Element {
  const styles = useStyles();
  const info = useWorkbookInfo();
  const { files: fileHost } = usePort();
  const task = useTask();
  const writer = usePlanWriter();
  const [file, setFile] = useState<CatalogFile | null>(null);
  // Until the officer types a year, the field shows the workbook's own year (derived, not copied by an effect).
  const [yearEdit, setYearText] = useState<string | null>(null);
  const yearText = yearEdit ?? (info.year !== null ? String(info.year) : '');
  const [written, setWritten] = useState<WriteResult | null>(null);

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const imported: CatalogImport | null = file && year !== null ? importCatalogFile(year, file) : null;
  const counts = imported
    ? { functional: imported.catalogs.functional.entries().length, economic: imported.catalogs.economic.entries().length }
    : null;
  const own = file
    ? {
        functional: file.rows.filter((r) => r.kind === 'functional').length,
        economic: file.rows.filter((r) => r.kind === 'economic').length,
      }
    : null;

  const choose = (files: File[]) => {
    const f = files[0];
    if (!f) return;
    setWritten(null);
    void task.run('read', '未能读取科目表文件', async () => setFile(await readCatalogFile(fileHost, f)));
  };
  const write = () =>
    task.run('write', `未能写入“${CATALOG_SHEET}”工作表`, async () => {
      if (!imported || year === null) throw new Error('请先选择科目表文件并填写年度（四位数字）');
      const result = await writer.write({ sheets: [buildCatalogSheet(imported.catalogs, year)] });
      if (result) setWritten(result);
    });

  return (
    <section className={styles.panel} aria-labelledby="catalog-panel-title">
      <Subtitle2 id="catalog-panel-title" as="h2">
        导入科目表
      </Subtitle2>
      <Caption1 className={styles.muted}>
        选择财政部门下发的政府收支分类科目（.xlsx 或 .csv，表头含“编码”和“名称”，可有“分类”列）。导入的科目写入“{CATALOG_SHEET}
        ”工作表，校验和结转将按其核对科目。
      </Caption1>
      <FilePicker
        label="选择科目表文件"
        accept=".xlsx,.csv,text/csv"
        inputId="catalog-file-input"
        disabled={task.running !== null}
        hint={file ? `已读取：${file.file}（${file.sheets.join('、')}）` : undefined}
        onFiles={choose}
      />
      <div className={styles.row}>
        <Field
          label="适用年度"
          validationState={yearText !== '' && year === null ? 'error' : 'none'}
          validationMessage={yearText !== '' && year === null ? '请填写四位年度，例如 2025' : undefined}
        >
          <Input className={styles.year} inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
        </Field>
        <BusyButton
          appearance="primary"
          busy={task.running === 'write'}
          blocked={task.running !== null}
          disabled={!imported}
          onClick={() => void write()}
        >
          写入“{CATALOG_SHEET}”工作表
        </BusyButton>
      </div>
      {task.error && <ErrorBar title={task.error.title} message={task.error.message} onDismiss={task.clearError} />}
      {imported && own && counts && (
        <MessageBar intent={imported.problems.length > 0 ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              读到功能分类 {own.functional} 行、经济分类 {own.economic} 行
            </MessageBarTitle>
            <div>
              并入 {year} 年适用的内置科目后共有功能分类 {counts.functional} 个、经济分类 {counts.economic} 个科目；同编码以导入的名称为准。
            </div>
            {imported.problems.length > 0 && (
              <>
                <div>以下 {imported.problems.length} 行未导入：</div>
                <ul className={styles.list}>
                  {imported.problems.slice(0, MAX_LISTED).map((p, i) => (
                    <li key={i}>
                      {p.cell ? `${p.cell}：` : ''}
                      {p.message}
                    </li>
                  ))}
                  {imported.problems.length > MAX_LISTED && <li>……另有 {imported.problems.length - MAX_LISTED} 行</li>}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {written && <WriteNotice result={written} what="科目表已写入工作簿" />}
      {writer.dialog}
    </section>
  );
}
