import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { previousFromSeed, writeDemoNarrative } from '../../src/cli/demoNarrative';
import { runCli } from '../../src/cli/runCli';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { demo2024, seedJson, workbook2020 } from './support';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) }, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'narrative-cli-'));
});

describe('writeDemoNarrative (budget demo)', () => {
  let wb: XlsxWorkbook;
  let result: Awaited<ReturnType<typeof writeDemoNarrative>>;
  beforeAll(async () => {
    wb = await demo2024();
    result = await writeDemoNarrative(dir, wb);
  });

  test('writes 编制说明.txt and 编制说明.docx and adds the three sheets to the workbook', async () => {
    expect(result.files).toEqual([join(dir, '编制说明.txt'), join(dir, '编制说明.docx')]);
    const text = await readFile(join(dir, '编制说明.txt'), 'utf8');
    expect(text).toContain(
      '2024年，上海市人力资源和社会保障局收入预算253,566万元，其中：财政拨款收入250,203万元，比2023年预算增加2,372万元；',
    );
    expect(text).toContain('（二）公务用车购置及运行费462.40万元，比2023年预算增加158.50万元，主要原因是用于公务用车的更新。');
    const zip = await JSZip.loadAsync(await readFile(join(dir, '编制说明.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('15,460.88万元');
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['上年数', '说明素材', '编制说明']));
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('the narrative reads last year from the 上年数 sheet: change the sheet, the text follows', async () => {
    const book = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const ws = book.workbook.getWorksheet('上年数')!;
    let fiscalRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === '财政拨款收入') fiscalRow = n;
    });
    expect(ws.getCell(`C${fiscalRow}`).value).toBe(2_478_310_000);
    ws.getCell(`C${fiscalRow}`).value = 2_600_000_000;
    const file = join(dir, 'changed.xlsx');
    await writeFile(file, await book.toBuffer());
    const { io, out } = captureIo();
    expect(await runCli(['narrative', file], io)).toBe(0);
    expect(out.join('\n')).toContain('财政拨款收入250,203万元，比2023年预算减少9,797万元；');
  });
});

describe('budget narrative', () => {
  let file: string;
  beforeAll(async () => {
    const wb = await demo2024();
    await writeDemoNarrative(dir, wb);
    file = join(dir, 'demo.xlsx');
    await writeFile(file, await wb.toBuffer());
  });

  test('prints the 编制说明 and writes the .docx', async () => {
    const { io, out, err } = captureIo();
    const docx = join(dir, 'out.docx');
    expect(await runCli(['narrative', file, '--docx', docx], io)).toBe(0);
    expect(out.join('\n')).toBe((await readFile(join(dir, '编制说明.txt'), 'utf8')).trimEnd());
    expect(err).toEqual([`已写出 ${docx}`]);
    const zip = await JSZip.loadAsync(await readFile(docx));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('二、机关运行经费预算');
  });

  const TRUNCATED_PROJECTS: ReadonlyArray<readonly [number, string]> = [
    [110, '项目预算7767.77万元，所列明细合计2,218.3万元，两者不相等'],
    [236, '项目预算1934.41万元，所列明细合计938.2万元，两者不相等'],
    [374, '项目预算1100万元，所列明细合计825万元，两者不相等'],
    [620, '项目预算1003.2万元，所列明细合计840.9万元，两者不相等'],
  ];

  test('--check: a pasted 编制说明 with a wrong figure exits 1 and names it', async () => {
    const text = (await readFile(join(dir, '编制说明.txt'), 'utf8')).replace('16,483万元', '16,438万元');
    const txt = join(dir, 'pasted.txt');
    await writeFile(txt, text);
    const { io, out } = captureIo();
    expect(await runCli(['narrative', file, '--check', txt], io)).toBe(1);
    expect(out[0]).toBe('错误：第 8 段：“住房保障支出（221）”写作16,438万元，按表应为16,483万元（5 一般公共预算支出功能分类!E39）');
    // The rest are the four projects whose published sub-item lists are cut short (seed 004 缺页).
    expect(out.slice(1, -1)).toEqual(TRUNCATED_PROJECTS.map(([para, text]) => `警告：第 ${para - 2} 段：${text}`));
    expect(out.at(-1)).toMatch(/^共核对 \d+ 个数字，0 个未能核对。$/);
  });

  test('--check --json lists every figure checked, right or wrong, with its cell', async () => {
    const text = (await readFile(join(dir, '编制说明.txt'), 'utf8')).replace('16,483万元', '16,438万元');
    const txt = join(dir, 'pasted-json.txt');
    await writeFile(txt, text);
    const { io, out } = captureIo();
    expect(await runCli(['narrative', file, '--check', txt, '--json'], io)).toBe(1);
    const r = JSON.parse(out.join('\n')) as { figures: Array<Record<string, unknown>>; findings: Array<Record<string, unknown>> };
    expect(r.figures.find((f) => f.verdict === 'error')).toEqual({
      paragraph: 8,
      text: '4. “住房保障支出”科目16,438万元',
      figure: 16438,
      table: 16483.4087,
      cell: '5 一般公共预算支出功能分类!E39',
      verdict: 'error',
      claim: '住房保障支出（221）',
      rule: 'narrative-check/list-lines',
    });
    expect(r.figures.find((f) => String(f.text).endsWith('财政拨款收入250,203万元'))).toMatchObject({ figure: 250203, verdict: 'ok' });
    expect(r.figures.filter((f) => f.verdict === 'ok').length).toBeGreaterThan(30);
    expect(r.findings[0]).toMatchObject({ rule: 'narrative-check/figure-mismatch', severity: 'error' });
  });

  test('--check-sheet: the 编制说明 sheet agrees with the tables', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['narrative', file, '--check-sheet'], io)).toBe(0);
    // Only the four projects whose published sub-item lists are cut short (seed 004 缺页) disagree.
    expect(out.slice(0, -1)).toEqual(TRUNCATED_PROJECTS.map(([para, text]) => `警告：工作表“编制说明”A${para}：${text}`));
  });

  test("--previous: last year's workbook gives the comparisons", async () => {
    const wb = await workbook2020();
    const prev = join(dir, '2020.xlsx');
    await writeFile(prev, await wb.toBuffer());
    const { io, out, err } = captureIo();
    await runCli(['narrative', file, '--previous', prev], io);
    // The 2020 workbook is four years back: compared, and warned about.
    expect(out.join('\n')).toContain('财政拨款收入250,203万元，比2020年预算减少8,582万元；');
    expect(err.join('\n')).toContain('警告：上年数的年度为 2020 年，本年预算为 2024 年，不是上一年，比较可能有误');
  });

  test('--init writes a copy with empty 上年数 and 说明素材 sheets and never overwrites them', async () => {
    const source = join(dir, 'source.xlsx');
    const bare = join(dir, 'bare.xlsx');
    await writeFile(source, await (await demo2024()).toBuffer());
    const { io, out } = captureIo();
    expect(await runCli(['narrative', source, '--init', bare], io)).toBe(0);
    expect(out[0]).toContain('“上年数”、“说明素材”');
    expect((await XlsxWorkbook.fromFile(source)).workbook.getWorksheet('说明素材')).toBeUndefined();
    const book = await XlsxWorkbook.fromFile(bare);
    expect(book.workbook.getWorksheet('说明素材')!.getCell('A1').value).toBe('2024年编制说明素材');
    expect(book.workbook.getWorksheet('上年数')!.getCell('A1').value).toBe('2023年预算数（编制说明比较用）');
    const again = captureIo();
    expect(await runCli(['narrative', bare, '--init', join(dir, 'bare2.xlsx')], again.io)).toBe(0);
    expect(again.out).toEqual(['“上年数”和“说明素材”工作表已存在，未改动']);
    // Without materials the narrative still prints what the tables give and says what is missing.
    const run = captureIo();
    await runCli(['narrative', bare], run.io);
    expect(run.out.join('\n')).toContain('2024年“三公”经费预算数为1,156.59万元。其中：');
    expect(run.err.join('\n')).toContain('警告：说明素材未填写“政府采购货物、工程、服务预算”');
  });

  test('--write puts the 编制说明 sheet into a new file, never over the input', async () => {
    const copy = join(dir, 'write.xlsx');
    const { io } = captureIo();
    await runCli(['narrative', file, '--write', copy], io);
    const book = await XlsxWorkbook.fromFile(copy);
    expect(book.workbook.getWorksheet('编制说明')!.getCell('A1').value).toBe('2024年部门预算编制说明');
    const refused = captureIo();
    expect(await runCli(['narrative', file, '--write', file], refused.io)).toBe(2);
    expect(refused.err).toEqual([`输出文件不能是输入文件：${file}（请另给一个文件名）`]);
  });

  test('usage errors exit 2', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['narrative'], io)).toBe(2);
    expect(err[0]).toContain('budget narrative FILE.xlsx');
  });
});

test('previousFromSeed keeps the 2023 figures implied by seed 004', () => {
  const p = previousFromSeed(seedJson('sh-hrss-2024-previous.json'));
  expect(p.amounts['income.fiscal']?.fen).toBe(247_831_000_000);
  expect(p.amounts['sangong.vehiclePurchase']?.fen).toBe(0);
});
