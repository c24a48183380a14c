import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const run = promisify(execFile);

/** Sentinel written over every cached formula result: only a real recalculation replaces it. */
export const POISON = -987654321;

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  return process.env.SOFFICE ?? 'soffice';
}

/** A throwaway LibreOffice profile with "always recalculate on load" forced for OOXML. */
async function throwawayProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(join(dir, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  return dir;
}

async function convert(input: string, format: string, outDir: string): Promise<string> {
  const profile = await throwawayProfile();
  await run(
    sofficePath(),
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input],
    { timeout: 180_000 },
  );
  const stem = basename(input).replace(/\.[^.]+$/, '');
  const ext = format.split(':')[0]!;
  return join(outDir, `${stem}.${ext}`);
}

/** Overwrites every formula's cached result with POISON, so a stale value cannot pass a test. */
export async function poisonCachedResults(buffer: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  let count = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) {
          cell.value = { formula: v.formula, result: POISON } as ExcelJS.CellFormulaValue;
          count++;
        }
      }),
    ),
  );
  if (count === 0) throw new Error('poisonCachedResults: 工作簿中没有公式');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Recalculates an .xlsx in LibreOffice headless and returns the recalculated workbook. */
export async function recalculate(buffer: Uint8Array, name = 'book.xlsx'): Promise<ExcelJS.Workbook> {
  const dir = await mkdtemp(join(tmpdir(), 'lo-recalc-'));
  const input = join(dir, 'in', name);
  await mkdir(join(dir, 'in'));
  await writeFile(input, await poisonCachedResults(buffer));
  const out = await convert(input, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'));
  const bytes = await readFile(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  await restoreFalsyResults(wb, bytes);
  return wb;
}

/**
 * ExcelJS drops a formula's cached result when it is falsy (0, "", FALSE) and misreads some
 * formulas, so every formula result is read back from the sheet XML itself.
 */
async function restoreFalsyResults(wb: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  const falsy = new Map<string, number | string | boolean>();
  FALSY_RESULTS.set(wb, falsy);
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...relsXml.matchAll(/<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  for (const m of workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const name = decodeXml(m[1]!);
    const target = targets.get(m[2]!);
    const ws = wb.getWorksheet(name);
    if (!target || !ws) continue;
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
    // Self-closed empty cells (<c r="A5" s="3"/>) must not swallow the next cell.
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const body = c[3] ?? '';
      if (!body.includes('<f')) continue;
      const raw = /<v>(.*?)<\/v>/.exec(body)?.[1];
      const type = /t="([a-z]+)"/.exec(c[2]!)?.[1] ?? 'n';
      if (raw === undefined) continue;
      const result = type === 'n' ? Number(raw) : type === 'b' ? raw === '1' : decodeXml(raw);
      falsy.set(`${name}!${c[1]!}`, result);
    }
  }
}

/** Recalculated formula results by "Sheet!A1", straight from the sheet XML. */
const FALSY_RESULTS = new WeakMap<ExcelJS.Workbook, Map<string, number | string | boolean>>();

/** Value of a recalculated cell: formula result or constant; null when empty. */
export function resultAt(wb: ExcelJS.Workbook, sheet: string, addr: string): number | string | boolean | null {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`resultAt: 没有工作表 ${sheet}`);
  const v = ws.getCell(addr).value;
  const recalculated = FALSY_RESULTS.get(wb)?.get(`${sheet}!${addr}`);
  if (recalculated !== undefined) return recalculated;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'formula' in v) {
    const r = (v as { result?: unknown }).result;
    if (r === undefined) return FALSY_RESULTS.get(wb)?.get(`${sheet}!${addr}`) ?? null;
    if (typeof r === 'object' && r !== null && 'error' in r) return String(r.error);
    return r as number | string | boolean;
  }
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return ws.getCell(addr).text;
}

function decodeXml(s: string): string {
  return s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Renders a workbook to PDF and each page to PNG; returns the PNG paths. */
export async function renderPages(xlsxPath: string, outDir: string, dpi = 70): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const pdf = await convert(xlsxPath, 'pdf', outDir);
  const prefix = join(outDir, basename(pdf).replace(/\.pdf$/, ''));
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { timeout: 120_000 });
  return (await readdir(outDir))
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/** Numeric value of a recalculated cell (formula result or constant); NaN for text or errors. */
export function numberAt(wb: ExcelJS.Workbook, sheet: string, addr: string): number | null {
  const v = resultAt(wb, sheet, addr);
  if (v === null) return null;
  return typeof v === 'number' ? v : Number.NaN;
}
