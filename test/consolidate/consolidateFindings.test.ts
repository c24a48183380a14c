import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateCommand } from '../../src/cli/commands/consolidate';
import { cellAddress } from '../../src/domain/a1';
import { UNIT_LIST_SHEET } from '../../src/domain/consolidate/buildUnitListSheet';
import { consolidateUnits, DEFAULT_DEPARTMENT } from '../../src/domain/consolidate/consolidateUnits';
import { consolidateWorkbooks } from '../../src/domain/consolidate/consolidateWorkbooks';
import { readUnit, UnitBudget } from '../../src/domain/consolidate/unitBudget';
import type { BudgetData } from '../../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { numberAt, recalculate } from '../support/libreOffice';
import { ownerOf, SEED_DATA, seedSum, UNIT_NAMES, unitData, workbookBytes } from './unitFixtures';

const DEPARTMENT = '上海市人力资源和社会保障局';

async function open(data: BudgetData): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await workbookBytes(data));
}

async function snapshots(data: BudgetData): Promise<SheetSnapshot[]> {
  return (await open(data)).readSheets();
}

/** Row of a code on a table of a freshly built unit workbook, and the column of a key. */
function place(data: BudgetData, tableId: string, code: string, key: string): { sheet: string; cell: string } {
  const sheet = buildBudgetWorkbook(data).plan.sheets.find((s) => s.layout?.tableId === tableId)!;
  const row = sheet.layout!.rows.find((r) => r.code === code)!.row;
  return { sheet: sheet.name, cell: cellAddress(row, sheet.layout!.columns[key]!) };
}

function cleanUnits(): Promise<UnitBudget[]> {
  return Promise.all([0, 1, 2].map(async (i) => readUnit(`单位${i + 1}.xlsx`, await snapshots(unitData(i)))));
}

describe('units whose own checks fail are listed first', () => {
  test('a unit with an unreadable amount: listed first, the cell named, the rest still consolidated', async () => {
    const data = unitData(1);
    const line = data.lines.expenditure.find((l) => l.amounts.basic)!;
    const at = place(data, 'expenditure', line.code, 'basic');
    const wb = await open(data);
    wb.workbook.getWorksheet(at.sheet)!.getCell(at.cell).value = '12,3x4';
    const planted = readUnit('单位2.xlsx', await wb.readSheets());
    expect(planted.counts).toEqual({ errors: 1, warnings: 0 });
    expect(planted.findings).toEqual([
      expect.objectContaining({
        rule: 'consolidate/unit-finding',
        severity: 'error',
        sheet: at.sheet,
        cell: at.cell,
        message: `单位文件“单位2.xlsx”：工作表“${at.sheet}”${at.cell} 单元格的金额“12,3x4”无法识别为数字`,
      }),
    ]);

    const [u1, , u3] = await cleanUnits();
    const result = consolidateUnits([u1!, planted, u3!], { department: DEPARTMENT });
    expect(result.units.map((u) => [u.file, u.errors, u.failing, u.status])).toEqual([
      ['单位2.xlsx', 1, true, '已汇总'],
      ['单位1.xlsx', 0, false, '已汇总'],
      ['单位3.xlsx', 0, false, '已汇总'],
    ]);
    const list = result.plan!.sheets.find((s) => s.name === UNIT_LIST_SHEET)!;
    expect(list.cells[3]!.slice(0, 7)).toEqual([1, UNIT_NAMES[1], '单位2.xlsx', '2024', 1, 0, '已汇总']);
    expect(list.styles).toContainEqual({ range: 'A4:I4', style: { fill: '#FCE4D6' } });
    // The failing unit is also the first unit column of 单位明细.
    const detail = result.plan!.sheets.find((s) => s.name === '单位明细')!;
    expect(detail.cells[3]!.slice(4, 7)).toEqual(['单位2.xlsx', '单位1.xlsx', '单位3.xlsx']);
    // The unreadable cell counts as blank: the department 基本支出 lacks exactly that amount.
    expect(result.data!.lines.expenditure.reduce((s, l) => s + (l.amounts.basic ?? 0), 0)).toBe(
      seedSum('expenditure', 'basic') - line.amounts.basic!,
    );
  });

  test('an injected checker’s counts order the list and are named as the source', async () => {
    const inputs = await Promise.all([0, 1, 2].map(async (i) => ({ file: `单位${i + 1}.xlsx`, sheets: await snapshots(unitData(i)) })));
    const checked: string[] = [];
    const checkUnit = (snaps: readonly SheetSnapshot[]) => {
      const dept = String(snaps[0]!.values[1]![0]);
      checked.push(dept);
      return dept.includes('人才服务中心')
        ? { errors: 3, warnings: 2 }
        : dept.includes('鉴定')
          ? { errors: 1, warnings: 0 }
          : { errors: 0, warnings: 4 };
    };
    const result = consolidateWorkbooks(inputs, { department: DEPARTMENT, checkUnit });
    expect(checked).toHaveLength(3);
    expect(result.units.map((u) => [u.file, u.errors, u.warnings])).toEqual([
      ['单位3.xlsx', 3, 2],
      ['单位2.xlsx', 1, 0],
      ['单位1.xlsx', 0, 4],
    ]);
    const list = result.plan!.sheets.find((s) => s.name === UNIT_LIST_SHEET)!;
    expect(String(list.cells[list.cells.length - 1]![0])).toContain('按审核规则自查的结果');
  });
});

describe('bad units become findings, not crashes', () => {
  let dir: string;
  let out: string;
  let stdout: string[];
  let stderr: string[];
  let code: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'consolidate-cli-'));
    const good = await Promise.all([0, 1, 2].map((i) => workbookBytes(unitData(i))));
    // Unit 3's 208 类 基本支出 typed over with a number: its own check fails (the rules find it);
    // the department is unaffected, its parents being recomputed from the line items.
    const typedOver = await XlsxWorkbook.fromBuffer(good[2]!);
    const exp = buildBudgetWorkbook(unitData(2)).plan.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
    const classRow = exp.layout!.rows.find((r) => r.code === '208')!.row;
    typedOver.workbook.getWorksheet(exp.name)!.getCell(classRow, exp.layout!.columns.basic).value = 1;
    good[2] = await typedOver.toBuffer();
    for (let i = 0; i < 3; i++) await writeFile(join(dir, `单位${i + 1}.xlsx`), good[i]!);
    await writeFile(join(dir, '损坏.xlsx'), good[0]!.subarray(0, 3000));
    await writeFile(join(dir, '旧格式.et'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    await writeFile(join(dir, '说明.txt'), '各单位报送材料');
    out = join(dir, '部门汇总.xlsx');
    stdout = [];
    stderr = [];
    code = await consolidateCommand.run([dir, '--out', out, '--department', DEPARTMENT], {
      log: (l) => stdout.push(l),
      warn: (l) => stderr.push(l),
    });
  }, 60_000);

  test('the corrupt file is listed first, then the unit whose own check fails; all but the corrupt one consolidated', () => {
    expect(code).toBe(1);
    expect(stdout[0]).toBe('汇总完成：3 个单位已汇总（共 4 个文件，1 个未纳入汇总）');
    expect(stdout).toContain(`主管部门：${DEPARTMENT}　预算年度：2024 年`);
    const listed = stdout.filter((l) => /^\s+\d+\. /.test(l));
    expect(listed[0]).toBe('    1. 损坏.xlsx　错误 1，警告 0　未汇总：文件无法打开');
    // Warnings are the rules' heuristics (e.g. 元/万元 scale); errors are what orders the list.
    expect(listed.slice(1).map((l) => l.trim().replace(/警告 \d+/, '警告 n'))).toEqual([
      `2. ${UNIT_NAMES[2]}（单位3.xlsx）　错误 ${listed[1]!.match(/错误 (\d+)/)![1]}，警告 n　已汇总`,
      `3. ${UNIT_NAMES[0]}（单位1.xlsx）　错误 0，警告 n　已汇总`,
      `4. ${UNIT_NAMES[1]}（单位2.xlsx）　错误 0，警告 n　已汇总`,
    ]);
    expect(Number(listed[1]!.match(/错误 (\d+)/)![1])).toBeGreaterThan(0);
    expect(stdout.find((l) => l.includes('[错误]'))).toMatch(
      /^ {2}\[错误\] 单位文件“损坏\.xlsx”无法打开：文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试；未纳入汇总$/,
    );
    expect(stderr).toEqual([`已跳过“${join(dir, '旧格式.et')}”：WPS .et 工作簿请先在 WPS 中另存为 .xlsx`]);
  });

  test('the department workbook is written and holds all three units’ sums', async () => {
    const wb = await XlsxWorkbook.fromBuffer(await readFile(out));
    const again = readUnit('部门汇总.xlsx', await wb.readSheets());
    const basic = again.tables.expenditure!.leaves.reduce((s, l) => s + (l.amounts.basic ?? 0), 0);
    expect(basic).toBe(seedSum('expenditure', 'basic'));
    expect(wb.workbook.worksheets.map((w) => w.name).slice(-2)).toEqual(['单位列表', '单位明细']);
    const list = wb.workbook.getWorksheet('单位列表')!;
    expect(list.getCell('G4').value).toBe('未汇总：文件无法打开');
    expect([list.getCell('C5').value, list.getCell('G5').value]).toEqual(['单位3.xlsx', '已汇总']);
    expect(Number(list.getCell('E5').value)).toBeGreaterThan(0);
    expect(list.getCell(`A${list.rowCount}`).text).toContain('按审核规则自查的结果');
  });

  test('a second run does not read its own earlier output from the folder', async () => {
    const lines: string[] = [];
    const again = await consolidateCommand.run([dir, '--out', out, '--department', DEPARTMENT], {
      log: (l) => lines.push(l),
      warn: () => undefined,
    });
    expect(again).toBe(1);
    expect(lines[0]).toBe('汇总完成：3 个单位已汇总（共 4 个文件，1 个未纳入汇总）');
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  test('never writes over an input', async () => {
    const input = join(dir, '单位1.xlsx');
    const before = await readFile(input);
    const err: string[] = [];
    const rc = await consolidateCommand.run([input, join(dir, '单位2.xlsx'), '--out', input], {
      log: () => undefined,
      warn: (l) => err.push(l),
    });
    expect(rc).toBe(2);
    expect(err[0]).toBe(`输出文件“${input}”就是输入的单位工作簿“${input}”，不会覆盖单位的原始文件，请换一个输出文件名。`);
    expect(Buffer.compare(await readFile(input), before)).toBe(0);
  });

  test('usage errors', async () => {
    const err: string[] = [];
    const io = { log: () => undefined, warn: (l: string) => err.push(l) };
    expect(await consolidateCommand.run([dir], io)).toBe(2);
    expect(err[0]).toMatch(/^请给出单位工作簿（文件或文件夹）和 --out 输出文件。/);
    expect(await consolidateCommand.run([dir, '--out', join(dir, 'x.xlsx'), '--year', '24'], io)).toBe(2);
    expect(err[1]).toBe('--year 应为四位年度，例如 2024：24');
  });
});

describe('units that disagree', () => {
  test('a unit of another year is not consolidated and is listed first', async () => {
    const [u1, u2] = await cleanUnits();
    const old = readUnit('单位3-2023.xlsx', await snapshots(unitData(2, { year: 2023 })));
    const result = consolidateUnits([u1!, u2!, old], { department: DEPARTMENT });
    expect(result.year).toBe(2024);
    expect(result.units[0]).toEqual(
      expect.objectContaining({ file: '单位3-2023.xlsx', included: false, status: '未汇总：年度为 2023 年', failing: true }),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'consolidate/year-mismatch',
        severity: 'error',
        message: '单位文件“单位3-2023.xlsx”是 2023 年预算，与汇总年度 2024 年不一致，未纳入汇总',
      }),
    ]);
    const sumBasic = (d: BudgetData) => d.lines.expenditure.reduce((s, l) => s + (l.amounts.basic ?? 0), 0);
    expect(sumBasic(result.data!)).toBe(sumBasic(unitData(0)) + sumBasic(unitData(1)));
  });

  test('a unit on the 2020 layout: warned, still consolidated by code', async () => {
    const [u1, u2] = await cleanUnits();
    const u3 = readUnit('单位3.xlsx', await snapshots(unitData(2, { edition: 2020 })));
    expect(u3.layoutEdition).toBe(2020);
    const result = consolidateUnits([u1!, u2!, u3], { department: DEPARTMENT });
    expect(result.findings.filter((f) => f.rule === 'consolidate/edition-mismatch').map((f) => f.message)).toEqual([
      '单位文件“单位3.xlsx”按 2020 年版表样编制，2024 年汇总使用 2024 年版表样；金额已按科目编码汇总，请核对科目口径',
    ]);
    expect(result.units.every((u) => u.included)).toBe(true);
  });

  test('a code named differently in two units', async () => {
    const data = unitData(0);
    const line = data.lines.expenditure.find((l) => ownerOf(l.code) === 'all')!;
    const wb = await open(data);
    const sheet = buildBudgetWorkbook(data).plan.sheets.find((s) => s.layout?.tableId === 'expenditure')!;
    const row = sheet.layout!.rows.find((r) => r.code === line.code)!.row;
    wb.workbook.getWorksheet(sheet.name)!.getCell(row, 4).value = '改过的名称';
    const renamed = readUnit('单位1.xlsx', await wb.readSheets());
    const [, u2, u3] = await cleanUnits();
    const result = consolidateUnits([renamed, u2!, u3!], { department: DEPARTMENT });
    const official = sheet.cells[row - 1]![3];
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'consolidate/name-conflict',
        severity: 'warning',
        code: line.code,
        message: `表“3 支出预算总表”科目 ${line.code} 在各单位中名称不一致：“改过的名称”（单位1.xlsx）；“${official}”（单位2.xlsx、单位3.xlsx）；汇总表列为“${official}”`,
      }),
    ]);
  });

  test('a code that is a leaf in one unit and has items in another: error, amount traced as unplaced', async () => {
    // A 款 whose 项 all belong to unit 1; unit 3 books an amount on the 款 itself.
    const items = SEED_DATA.lines.expenditure;
    const kuan = [...new Set(items.map((l) => l.code.slice(0, 5)))].find((k) =>
      items.filter((l) => l.code.startsWith(k)).every((l) => ownerOf(l.code) === 0),
    )!;
    expect(kuan).toBeDefined();
    const d3 = unitData(2);
    const planted = { ...d3, lines: { ...d3.lines, expenditure: [...d3.lines.expenditure, { code: kuan, amounts: { basic: 100_000 } }] } };
    const [u1, u2] = await cleanUnits();
    const u3 = readUnit('单位3.xlsx', await snapshots(planted));
    const result = consolidateUnits([u1!, u2!, u3], { department: DEPARTMENT });
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'consolidate/level-conflict',
        severity: 'error',
        code: kuan,
        sheet: '3 支出预算总表',
        message: `单位文件“单位3.xlsx”工作表“3 支出预算总表”：科目 ${kuan} 在本单位是末级科目（1,000.00 元），其他单位在其下设有明细科目，汇总表中该科目由明细汇总，这笔金额未计入，请单位改填到明细科目`,
      }),
    ]);
    expect(result.data!.lines.expenditure.some((l) => l.code === kuan)).toBe(false);
    const detail = result.plan!.sheets.find((s) => s.name === '单位明细')!;
    const row = detail.cells.find((r) => r[0] === '支出预算总表（表3）' && r[1] === kuan)!;
    expect(row[6]).toBe(1000); // unit 3's column
    expect(row[8]).toBeNull(); // no department cell: the 差额 shows the whole amount

    // Recalculated: the unplaced amount shows as a 差额 on its 单位明细 row and on the 单位列表.
    const wb = new XlsxWorkbook();
    await wb.writePlan(result.plan!, 'fail');
    const recalculated = await recalculate(await wb.toBuffer(), 'conflict.xlsx');
    const r = detail.cells.indexOf(row) + 1;
    expect([numberAt(recalculated, '单位明细', `H${r}`), numberAt(recalculated, '单位明细', `J${r}`)]).toEqual([1000, 1000]);
    const list = result.plan!.sheets.find((s) => s.name === UNIT_LIST_SHEET)!;
    const diffRow = list.cells.findIndex((x) => x[0] === '差额') + 1;
    expect(numberAt(recalculated, UNIT_LIST_SHEET, `I${diffRow}`)).toBe(1000);
    expect(numberAt(recalculated, UNIT_LIST_SHEET, `H${diffRow}`)).toBe(0);
  }, 120_000);

  test('a leaf whose 合计 is not the sum of its parts', async () => {
    const data = unitData(0);
    const line = data.lines.expenditure.find((l) => l.amounts.basic)!;
    const at = place(data, 'expenditure', line.code, 'total');
    const wb = await open(data);
    wb.workbook.getWorksheet(at.sheet)!.getCell(at.cell).value = 1;
    const u = readUnit('单位1.xlsx', await wb.readSheets());
    const parts = (line.amounts.basic ?? 0) + (line.amounts.project ?? 0);
    expect(u.findings).toEqual([
      expect.objectContaining({
        rule: 'consolidate/leaf-total-mismatch',
        severity: 'error',
        sheet: at.sheet,
        cell: at.cell,
        code: line.code,
        message: `单位文件“单位1.xlsx”工作表“${at.sheet}”${at.cell}：科目 ${line.code} 的合计 1.00 元不等于各分列之和 ${(parts / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} 元，汇总按分列数计入`,
      }),
    ]);
    expect(u.counts.errors).toBe(1);
  });

  test('the same figures submitted twice are flagged; no tables → not consolidated; units’ common 编制部门 is used', async () => {
    const snaps = await snapshots(unitData(0));
    const a = readUnit('a.xlsx', snaps);
    const b = readUnit('b.xlsx', snaps);
    const empty = readUnit('空白.xlsx', [{ name: 'Sheet1', visibility: 'visible', values: [['备注']], formulas: [[null]], merges: [] }]);
    expect(empty.readable).toBe(false);
    const result = consolidateUnits([a, b, empty]);
    expect(result.department).toBe(UNIT_NAMES[0]);
    expect(result.units[0]).toEqual(expect.objectContaining({ file: '空白.xlsx', included: false, status: '未汇总：没有找到标准预算表' }));
    expect(result.findings.map((f) => f.message)).toEqual([
      '单位文件“空白.xlsx”中找不到标准预算表（按表名识别，如“部门收入预算总表”），未纳入汇总',
      '单位文件“b.xlsx”与“a.xlsx”的全部金额完全相同，可能是重复报送，请核对（两者均已计入汇总）',
    ]);
  });

  test('the same figures in another row order are still the same submission; one changed figure is not', async () => {
    const a = readUnit('a.xlsx', await snapshots(unitData(0)));
    const reversed = (u: UnitBudget, file: string): UnitBudget => ({
      ...u,
      file,
      tables: Object.fromEntries(Object.entries(u.tables).map(([id, t]) => [id, { ...t, leaves: [...t.leaves].reverse() }])),
    });
    const b = reversed(a, 'b.xlsx');
    const [first, ...rest] = a.tables.expenditure!.leaves;
    const changed = {
      ...reversed(a, 'c.xlsx'),
      tables: { ...a.tables, expenditure: { ...a.tables.expenditure!, leaves: [{ ...first!, amounts: { basic: 1 } }, ...rest] } },
    };
    const result = consolidateUnits([a, b, changed], { department: DEPARTMENT });
    expect(result.findings.filter((f) => f.rule === 'consolidate/duplicate-unit').map((f) => f.message)).toEqual([
      '单位文件“b.xlsx”与“a.xlsx”的全部金额完全相同，可能是重复报送，请核对（两者均已计入汇总）',
    ]);
  });

  test('units naming different 编制部门 and no department given: a placeholder and a warning', async () => {
    const result = consolidateUnits(await cleanUnits());
    expect(result.department).toBe(DEFAULT_DEPARTMENT);
    expect(result.findings.map((f) => f.rule)).toEqual(['consolidate/department-missing']);
  });

  test('nothing consolidable: no plan, a finding', () => {
    const result = consolidateUnits([readUnit('空白.xlsx', [])]);
    expect(result.plan).toBeNull();
    expect(result.findings.map((f) => f.message)).toEqual([
      '单位文件“空白.xlsx”中找不到标准预算表（按表名识别，如“部门收入预算总表”），未纳入汇总',
      '1 个单位文件中没有可以汇总的单位（均无法读取、年度不明或年度不符），未生成汇总表',
    ]);
  });
});
