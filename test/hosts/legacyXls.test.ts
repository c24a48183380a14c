import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from '@e965/xlsx';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { runCli } from '../../src/cli/runCli';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { LEGACY_REASONS } from '../../src/hosts/xlsx/openLegacyXls';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { xlsxFiles } from '../../src/taskpane/portContext';
import { publishedWorkbook } from '../check/support/publishedWorkbook';
import { seedSum, UNIT_NAMES, unitData, workbookBytes } from '../consolidate/unitFixtures';
import { classifiedTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { sofficePath } from '../support/libreOffice';

// Legacy .xls (BIFF8) files, written by SheetJS and by LibreOffice, read by the CLI and the page's
// open path into the same snapshots the checker reads from an .xlsx.

const EXP = '3 支出预算总表';
let dir: string;

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), warn: (l) => err.push(l) });
  return { code, out, err };
}

/** The snapshots' values and merges as a SheetJS workbook (what an old 财政 system exports: values only). */
function sheetJsBook(snaps: readonly SheetSnapshot[]): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const s of snaps) {
    const ws = XLSX.utils.aoa_to_sheet(s.values.map((r) => r.map((v) => v)));
    ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, ws, s.name);
  }
  book.Workbook = { Sheets: snaps.map((s) => ({ Hidden: s.visibility === 'hidden' ? 1 : s.visibility === 'veryHidden' ? 2 : 0 })) };
  return book;
}

function biff8(book: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

/** Rows with trailing empty cells cut and trailing empty rows dropped: the two hosts pad differently. */
function trimmed(s: SheetSnapshot): { name: string; visibility: string; values: unknown[][]; merges: string[] } {
  const cut = <T>(r: readonly T[]) => {
    const out = [...r];
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  const values = s.values.map(cut);
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return { name: s.name, visibility: s.visibility, values, merges: [...s.merges].sort() };
}

const brief = (fs: ReadonlyArray<{ severity: string; rule: string; sheet?: string; cell?: string }>) =>
  fs.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);

let published: XlsxWorkbook;
let publishedSnaps: SheetSnapshot[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'legacy-xls-'));
  published = await publishedWorkbook();
  publishedSnaps = await published.readSheets();
}, 60_000);

describe('an .xls written by SheetJS (BIFF8) from the published 2024 figures', () => {
  let xls: string;
  let xlsx: string;
  beforeAll(async () => {
    const bytes = biff8(sheetJsBook(publishedSnaps));
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    xls = join(dir, '部门预算-2024.xls');
    xlsx = join(dir, '部门预算-2024.xlsx');
    await writeFile(xls, bytes);
    await writeFile(xlsx, await published.toBuffer());
  });

  test('opens into the same snapshots as the .xlsx: every value, sheet name and merge', async () => {
    const fromXls = await (await openXlsx(xls)).readSheets();
    expect(fromXls.map(trimmed)).toEqual(publishedSnaps.map(trimmed));
  });

  test('budget check gives the same report for the .xls as for the .xlsx (the printed 尾差, as 提示)', async () => {
    const a = await run('check', xls, '--json');
    const b = await run('check', xlsx, '--json');
    expect(a.code).toBe(0);
    expect(a.err).toEqual([]);
    const findings = (JSON.parse(a.out.join('\n')) as { findings: Array<{ rule: string; severity: string }> }).findings;
    expect(findings).toHaveLength(18);
    expect(findings.every((f) => f.rule === 'rounding' && f.severity === 'info')).toBe(true);
    expect(a.out).toEqual(b.out);
  });

  test('a planted error is found at the same cell with the same message', async () => {
    const book = sheetJsBook(publishedSnaps);
    XLSX.utils.sheet_add_aoa(book.Sheets[EXP]!, [[116635301]], { origin: 'G12' });
    const file = join(dir, 'planted.xls');
    await writeFile(file, biff8(book));
    const twin = await publishedWorkbook();
    twin.workbook.getWorksheet(EXP)!.getCell('G12').value = 116635301;
    const twinFile = join(dir, 'planted.xlsx');
    await writeFile(twinFile, await twin.toBuffer());
    const a = await run('check', file);
    const b = await run('check', twinFile);
    expect(a.code).toBe(1);
    expect(a.out.slice(1)).toEqual(b.out.slice(1));
    // Printed figures, no formulas: the changed 项 (named as the cause) no longer adds up to its row and its 款.
    const json = (
      JSON.parse((await run('check', file, '--json')).out.join('\n')) as {
        findings: Array<{ severity: string; rule: string; sheet: string; cell: string }>;
      }
    ).findings;
    expect(brief(json.filter((f) => f.severity === 'error'))).toEqual([
      `error root-cause ${EXP}!G12`,
      `error tree-sum ${EXP}!G10`,
      `error row-identity ${EXP}!E12`,
    ]);
  });

  test('a folder of .xls and .xlsx files is checked as a whole', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await writeFile(join(folder, 'a.xls'), await readFile(xls));
    await writeFile(join(folder, 'b.xlsx'), await readFile(xlsx));
    const r = await run('check', folder);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('校验 2 个文件：');
    expect(r.out.slice(2).map((l) => l.replace(/\s+/g, ' '))).toEqual([
      `${join(folder, 'a.xls')} 0 0 18`,
      `${join(folder, 'b.xlsx')} 0 0 18`,
    ]);
  });

  test('the page opens a dropped .xls through the same path (hidden sheets stay hidden)', async () => {
    const snaps = publishedSnaps.map((s) => (s.name === EXP ? { ...s, visibility: 'hidden' as const } : s));
    const file = new File([biff8(sheetJsBook(snaps))], '旧系统导出.xls', { type: 'application/vnd.ms-excel' });
    const book = await xlsxFiles.open(new Uint8Array(await file.arrayBuffer()), file.name);
    const read = await book.readSheets();
    expect(read.find((s) => s.name === EXP)?.visibility).toBe('hidden');
    const { findings } = checkSnapshots(read);
    expect(brief(findings.filter((f) => f.severity !== 'info'))).toEqual([`warning read/hidden-sheet ${EXP}!A1`]);
    expect(findings.filter((f) => f.rule === 'rounding')).toHaveLength(18);
  });
});

test('budget consolidate takes a unit workbook saved as .xls among the .xlsx ones', async () => {
  const folder = join(dir, 'units');
  await mkdir(folder);
  for (const i of [0, 1]) await writeFile(join(folder, `单位${i + 1}.xlsx`), await workbookBytes(unitData(i)));
  // The third unit's tables as an old system exports them: figures only, in an .xls.
  const third = await XlsxWorkbook.fromBuffer(await workbookBytes(unitData(2)));
  const { withCachedResults } = await import('../variants/cachedResults');
  const figures = withCachedResults(await third.readSheets()).map((s) => ({ ...s, formulas: s.formulas.map((r) => r.map(() => null)) }));
  await writeFile(join(folder, '单位3.xls'), biff8(sheetJsBook(figures)));
  const out = join(dir, '部门汇总.xlsx');
  const r = await run('consolidate', folder, '--out', out, '--department', '上海市人力资源和社会保障局');
  expect(r.err).toEqual([]);
  expect(r.out[0]).toBe('汇总完成：3 个单位已汇总（共 3 个文件）');
  expect(r.out.some((l) => l.includes(`${UNIT_NAMES[2]}（单位3.xls）`))).toBe(true);
  // The department's figures are the seed's: the .xls unit's share is in them.
  const { workbook } = readBudgetTables(await (await openXlsx(out)).readSheets());
  const exp = classifiedTable(workbook, 'expenditure')!;
  expect(exp.total?.amounts.basic?.fen).toBe(seedSum('expenditure', 'basic'));
  expect(exp.total?.amounts.project?.fen).toBe(seedSum('expenditure', 'project'));
});

describe('bad .xls files get a named zh-CN message, never a stack trace', () => {
  // SheetJS types its bundled CFB library as any; the three calls used here, typed.
  const CFB = XLSX.CFB as {
    utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Uint8Array): void };
    write(c: unknown, o: { type: 'array' }): ArrayBuffer;
  };
  const cfb = (streams: Record<string, number>) => {
    const c = CFB.utils.cfb_new();
    for (const [name, size] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, new Uint8Array(size));
    return new Uint8Array(CFB.write(c, { type: 'array' }));
  };
  let good: Uint8Array;
  beforeAll(() => {
    good = biff8(sheetJsBook(publishedSnaps));
  });

  test.each([
    ['truncated', () => good.subarray(0, 3000), LEGACY_REASONS.damaged],
    ['header only', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), LEGACY_REASONS.damaged],
    ['a broken signature', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0, ...good.subarray(8)]), LEGACY_REASONS.damaged],
    [
      'overwritten in the middle',
      () => {
        const b = new Uint8Array(good);
        b.fill(0x41, 1024, 4096);
        return b;
      },
      LEGACY_REASONS.damaged,
    ],
    ['an encrypted workbook', () => cfb({ EncryptionInfo: 200, EncryptedPackage: 5000 }), LEGACY_REASONS.encrypted],
    ['a Word document', () => cfb({ WordDocument: 5000 }), LEGACY_REASONS.notWorkbook],
  ])('%s', async (_name, bytes, reason) => {
    const file = join(dir, `坏文件-${_name}.xls`);
    await writeFile(file, bytes());
    const r = await run('check', file);
    expect(r).toEqual({ code: 2, out: [], err: [`无法读取“${file}”：${reason}`] });
  });
});

/** LibreOffice headless, when installed (CI installs it), saves a real Excel 97-2003 file with formulas. */
async function libreOfficeXls(xlsx: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-xls-'));
  await promisify(execFile)(
    sofficePath(),
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xls:MS Excel 97', '--outdir', outDir, xlsx],
    { timeout: 180_000 },
  );
  return xlsx.replace(/\.xlsx$/, '.xls').replace(/^.*[\\/]/, `${outDir}/`);
}

test('an .xls saved by LibreOffice keeps its formulas: a typed-over parent is found as in the .xlsx', async () => {
  const book = await buildDemoWorkbook();
  book.workbook.workbook.getWorksheet(EXP)!.getCell('F10').value = 728435000; // 基本支出 of 20801 typed over, 79 元 short
  const xlsx = join(dir, 'typed-over.xlsx');
  await writeFile(xlsx, await book.workbook.toBuffer());
  const outDir = join(dir, 'lo');
  await mkdir(outDir);
  const xls = await libreOfficeXls(xlsx, outDir);
  const snaps = await (await openXlsx(xls)).readSheets();
  const exp = snaps.find((s) => s.name === EXP)!;
  expect(exp.formulas[9]?.[4]).toBe('=SUM(E11:E21)');
  expect(exp.formulas[9]?.[5]).toBeNull();
  const a = await run('check', xls);
  const b = await run('check', xlsx);
  expect(a.out.slice(1)).toEqual(b.out.slice(1));
  // The typed-over parent is told as such, which only a formula read from the .xls can show.
  const json = (
    JSON.parse((await run('check', xls, '--json')).out.join('\n')) as {
      findings: Array<{ severity: string; rule: string; sheet: string; cell: string }>;
    }
  ).findings;
  expect(brief(json.filter((f) => f.cell === 'F10' && f.sheet === EXP))).toEqual(
    expect.arrayContaining([`warning formula-typed-over ${EXP}!F10`, `error tree-sum ${EXP}!F10`]),
  );
}, 240_000);
