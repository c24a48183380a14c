import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAddress } from '../../src/domain/a1';
import { buildProvinceWorkbook } from '../../src/domain/plan/province/buildProvinceWorkbook';
import { runCli } from '../../src/cli/runCli';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate, resultAt } from '../support/libreOffice';
import { published } from './support';

// budget template --edition jiangsu-2019 filled with the seed (政协办公厅's line items): every parent,
// total and figure taken from another table is a formula; LibreOffice's recalculation must give the
// published figures, cell by cell.

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (l: string) => out.push(l), warn: (l: string) => err.push(l) } };
}

jest.setTimeout(180_000);

test('the template filled with 政协办公厅 line items recalculates to its published figures in LibreOffice', async () => {
  const data = published('2019_江苏省政协办公厅');
  const template = buildProvinceWorkbook(data, 'template');
  const printed = buildProvinceWorkbook(data, 'published');
  const book = new XlsxWorkbook();
  await book.writePlan(template, 'fail');
  const recalculated = await recalculate(await book.toBuffer(), 'jiangsu.xlsx');

  let formulas = 0;
  let compared = 0;
  template.sheets.forEach((sheet, s) => {
    const expected = printed.sheets[s]!;
    expect(sheet.name).toBe(expected.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const want = expected.cells[r]?.[c] ?? null;
        const isFormula = typeof cell === 'string' && cell.startsWith('=');
        if (isFormula) formulas++;
        if (typeof want !== 'number' && !isFormula) return;
        const got = numberAt(recalculated, sheet.name, cellAddress(r + 1, c + 1)) ?? 0;
        expect([sheet.name, cellAddress(r + 1, c + 1), Math.round(got * 100) / 100]).toEqual([
          sheet.name,
          cellAddress(r + 1, c + 1),
          want ?? 0,
        ]);
        compared++;
      }),
    );
  });
  // Parents, totals and ties are formulas; only leaves and the figures no other table holds are typed.
  expect(formulas).toBeGreaterThan(60);
  expect(compared).toBeGreaterThan(150);
  const zx = template.sheets.find((x) => x.name === '公开04表 财政拨款收支预算总表')!;
  expect(zx.cells[5]![3]).toBe("='公开06表 财政拨款基本支出(经济)'!C4");
  const summary = template.sheets.find((x) => x.name === '公开01表 收支预算总表')!;
  expect(summary.cells[5]![1]).toBe('=B7+B8'); // 一、财政拨款 = 1.一般公共预算 + 2.政府性基金预算
  expect(summary.cells[6]![1]).toBe("='公开02表 收入预算总表'!C5");
});

test('budget template --edition jiangsu-2019 writes the 12 blank tables that check clean; budget demo --edition too', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jiangsu-'));
  const file = join(dir, '表样.xlsx');
  const run = io();
  const args = [
    'template',
    '--edition',
    'jiangsu-2019',
    '--department',
    '某某厅',
    '--items',
    '2010101,2080505',
    '--economic',
    '30101,30201',
    '--out',
    file,
  ];
  expect(await runCli(args, run.io)).toBe(0);
  expect(run.out).toEqual([`已生成空白表样：${file}（江苏省 2019 年部门预算公开表（12 张，万元），12 张表）`]);
  const sheets = await (await XlsxWorkbook.fromFile(file)).readSheets();
  expect(sheets.map((s) => s.name)).toHaveLength(12);
  const checked = checkSnapshots(sheets);
  expect(checked.parsed.edition).toBe('jiangsu-2019');
  expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const eco = checked.parsed.tables.find((t) => t.tableId === 'fiscalEconomic');
  expect(eco?.kind === 'classified' && eco.rows.map((r) => r.code)).toEqual(['301', '30101', '302', '30201']);

  const bad = io();
  expect(await runCli(['template', '--edition', 'zhejiang-2019', '--department', 'x', '--out', join(dir, 'x.xlsx')], bad.io)).toBe(2);
  expect(bad.err[0]).toContain('没有表样版本“zhejiang-2019”；可用：jiangsu-2019');

  const demo = io();
  expect(await runCli(['demo', '--edition', 'jiangsu-2019', '--out', dir], demo.io)).toBe(0);
  expect(demo.out[0]).toBe(
    `已生成示例工作簿：${join(dir, '部门预算-江苏2019-示例.xlsx')}（江苏省政协办公厅 2019 年公开表，上下级和表间数均为公式）`,
  );
  const report = await readFile(join(dir, '校验报告.txt'), 'utf8');
  expect(report).toContain('错误 0 项');
  expect(report).toContain('识别为江苏省 2019 年部门预算公开表（12 张，万元）');
});

test('the demo’s 校验 sheet, recalculated in LibreOffice, finds every 江苏 identity and tie balanced', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jiangsu-demo-'));
  expect(await runCli(['demo', '--edition', 'jiangsu-2019', '--out', dir], io().io)).toBe(0);
  const book = await XlsxWorkbook.fromFile(join(dir, '部门预算-江苏2019-示例.xlsx'));
  const recalculated = await recalculate(await book.toBuffer(), 'jiangsu-demo.xlsx');
  const summary = String(resultAt(recalculated, '校验', 'B2'));
  const m = /^不平 (\d+) 项；尾差 (\d+) 项；通过 (\d+) 项$/.exec(summary);
  expect(m?.slice(1, 3)).toEqual(['0', '0']);
  // The province rules' checks are among them: 收支总表, 收入总表, 三公, 政府采购, code-by-code ties.
  expect(Number(m?.[3])).toBeGreaterThan(120);
  const ws = recalculated.getWorksheet('校验')!;
  const texts: string[] = [];
  ws.eachRow((_, r) => texts.push(String(resultAt(recalculated, '校验', `B${r}`) ?? '')));
  expect(texts.some((t) => t.includes('“公开01表 收支预算总表”收入合计 = 当年收入小计 + 上年结转资金'))).toBe(true);
  expect(texts.some((t) => t.includes('“公开12表 政府采购预算表”合计 = 下一级各行之和'))).toBe(true);
});
