import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { sheetRef } from '../domain/a1';
import { SEVERITY_ZH, type Finding } from '../domain/findings/finding';

// `budget check --xlsx OUT`: the report as a workbook, one row per finding, each with a hyperlink
// to its cell in the checked workbook. Headlines are bold; what follows from them is indented
// under them and names the headline it follows from.

export const REPORT_SHEET = '校验报告';

const HEADER = [
  '文件',
  '编号',
  '根源编号',
  '严重程度',
  '工作表',
  '单元格',
  '科目',
  '列',
  '问题',
  '应为（元）',
  '实为（元）',
  '差额（元）',
] as const;
const WIDTHS = [24, 7, 9, 9, 24, 9, 10, 12, 90, 16, 16, 14];

/** The link target from the report to a cell of the workbook: "部门预算.xlsx#'3 支出预算总表'!F10". */
export function cellLink(reportPath: string, workbookPath: string, sheet: string, cell: string): string {
  const rel = relative(dirname(resolve(reportPath)), resolve(workbookPath))
    .split(sep)
    .join('/');
  return `${encodeURI(rel)}#${sheetRef(sheet, cell)}`;
}

export async function writeCheckReportXlsx(
  out: string,
  reports: ReadonlyArray<{ readonly file: string; readonly findings?: readonly Finding[]; readonly error?: string }>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget';
  const ws = wb.addWorksheet(REPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...HEADER]);
  ws.getRow(1).font = { bold: true };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(9).alignment = { wrapText: true, vertical: 'top' };
  const yuan = (fen: number | undefined) => (fen === undefined ? null : fen / 100);
  for (const r of reports) {
    if (r.error !== undefined) {
      ws.addRow([r.file, null, null, SEVERITY_ZH.error, null, null, null, null, r.error]);
      continue;
    }
    for (const f of r.findings ?? []) {
      const row = ws.addRow([
        r.file,
        f.id ?? null,
        f.causedBy ?? null,
        SEVERITY_ZH[f.severity],
        f.sheet ?? '（工作簿）',
        null,
        f.code ?? null,
        f.column ?? null,
        f.message,
        yuan(f.expected),
        yuan(f.actual),
        yuan(f.difference),
      ]);
      const headline = f.causedBy === undefined;
      if (headline && f.rule === 'root-cause') row.font = { bold: true };
      if (!headline) row.getCell(9).alignment = { wrapText: true, vertical: 'top', indent: 2 };
      if (f.sheet && f.cell) {
        const cell = row.getCell(6);
        cell.value = { text: f.cell, hyperlink: cellLink(out, r.file, f.sheet, f.cell), tooltip: `打开“${f.sheet}”${f.cell}` };
        cell.font = { color: { argb: 'FF0563C1' }, underline: true, bold: headline && f.rule === 'root-cause' };
      }
      for (const c of [10, 11, 12]) row.getCell(c).numFmt = '#,##0.00';
    }
  }
  ws.autoFilter = { from: 'A1', to: `L${Math.max(1, ws.rowCount)}` };
  await writeFile(out, new Uint8Array(await wb.xlsx.writeBuffer()));
}
