import type ExcelJS from 'exceljs';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkAllSheets } from '../../src/domain/check/checkAllSheets';
import { countsLine, reportJson } from '../../src/domain/check/checkReport';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { groupFindings } from '../../src/domain/check/groupFindings';
import { linearTerms } from '../../src/domain/check/linearFormula';
import type { Finding } from '../../src/domain/findings/finding';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { publishedWorkbook } from './support/publishedWorkbook';

// One fault, one headline. Each kind of single fault an officer makes is planted in the demo
// workbook (every 款, 类, 合计 and summary figure a formula); the check must show exactly one
// headline, at the cell to fix, saying what to put there, with everything else folded under it.

const EXP = '3 支出预算总表';
const INC = '2 收入预算总表';
const GP = '5 一般公共预算支出功能分类';

let demo: Uint8Array;
beforeAll(async () => {
  demo = await (await buildDemoWorkbook()).workbook.toBuffer();
}, 60_000);

async function planted(edit: (wb: ExcelJS.Workbook) => void) {
  const book = await XlsxWorkbook.fromBuffer(demo);
  edit(book.workbook);
  const snapshots = await book.readSheets();
  return { snapshots, ...checkAllSheets(snapshots, { only: ['tables'] }) };
}

const headlines = (fs: readonly Finding[]) => fs.filter((f) => f.causedBy === undefined);

interface FaultCase {
  readonly name: string;
  readonly edit: (wb: ExcelJS.Workbook) => void;
  /** Where the one headline must point. */
  readonly sheet: string;
  readonly cell: string;
  /** What it must tell the officer (the cell and the value to put there). */
  readonly message: string;
  /** How many findings the rules made that it explains (all folded under it). */
  readonly folded: number;
}

const set = (sheet: string, cell: string, value: ExcelJS.CellValue) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
};

const CASES: FaultCase[] = [
  {
    name: 'a 款 typed over with a wrong number (支出预算总表 20801 基本支出)',
    edit: set(EXP, 'F10', 728435000),
    sheet: EXP,
    cell: 'F10',
    message:
      '请把“3 支出预算总表”20801 人力资源和社会保障管理事务【基本支出】（F10）恢复为公式 =SUM(F11:F21)：应为 728,435,079 元，现为手填数 728,435,000 元，相差 -79 元；改正后，下列 8 项问题随之消除',
    folded: 8,
  },
  {
    name: 'a 类 typed over (支出预算总表 208 合计)',
    edit: set(EXP, 'E9', 1000000000),
    sheet: EXP,
    cell: 'E9',
    message:
      '请把“3 支出预算总表”208 社会保障和就业支出【合计】（E9）恢复为公式 =SUM(E10,E22,E28,E30)：应为 1,820,686,591 元，现为手填数 1,000,000,000 元，相差 -820,686,591 元；改正后，下列 6 项问题随之消除',
    folded: 6,
  },
  {
    name: 'a wrong leaf in 收入预算总表 (2080102 财政拨款收入 +10,000 元)',
    edit: set(INC, 'F12', 116645201),
    sheet: INC,
    cell: 'F12',
    message:
      '请把“2 收入预算总表”2080102 一般行政管理事务【财政拨款收入】（F12）改为 116,635,201 元：现为 116,645,201 元，相差 10,000 元；改正后，下列 7 项问题随之消除',
    folded: 7,
  },
  {
    name: 'a wrong leaf in 支出预算总表 (2080102 项目支出 −100 元)',
    edit: set(EXP, 'G12', 116635101),
    sheet: EXP,
    cell: 'G12',
    message:
      '请把“3 支出预算总表”2080102 一般行政管理事务【项目支出】（G12）改为 116,635,201 元：现为 116,635,101 元，相差 -100 元；改正后，下列 3 项问题随之消除',
    folded: 3,
  },
  {
    name: 'a wrong leaf in 一般公共预算支出功能分类 (2080101 基本支出 +1,000 元)',
    edit: set(GP, 'F11', 582433014),
    sheet: GP,
    cell: 'F11',
    message:
      '请把“5 一般公共预算支出功能分类”2080101 行政运行【基本支出】（F11）改为 582,432,014 元：现为 582,433,014 元，相差 1,000 元；改正后，下列 12 项问题随之消除',
    folded: 12,
  },
  {
    name: 'a 10,000× unit slip (支出预算总表 2080101 基本支出 typed in 万元)',
    edit: set(EXP, 'F11', 58243.2),
    sheet: EXP,
    cell: 'F11',
    message:
      '请把“3 支出预算总表”2080101 行政运行【基本支出】（F11）改为 582,432,014 元：现为 58,243.20 元，是应有数的万分之一，疑似元与万元混用；改正后，下列 6 项问题随之消除',
    folded: 6,
  },
  {
    name: 'a missing row (支出预算总表 without 2080102)',
    edit: (wb) => {
      for (const c of 'ABCDEFG') wb.getWorksheet(EXP)!.getCell(`${c}12`).value = null;
    },
    sheet: EXP,
    cell: 'E12',
    message:
      '请在“3 支出预算总表”第 12 行补列科目 2080102 一般行政管理事务（“2 收入预算总表”、“5 一般公共预算支出功能分类”中有该科目）：合计应为 116,635,201 元，项目支出应为 116,635,201 元；改正后，下列 6 项问题随之消除',
    folded: 6,
  },
];

describe.each(CASES)('$name', (c) => {
  test('exactly one headline, at the cell to fix, saying what to put there; the rest folded under it', async () => {
    const { findings, unfolded } = await planted(c.edit);
    expect(unfolded.length).toBe(c.folded); // what the rules report on their own
    const heads = headlines(findings);
    expect(heads.map((h) => `${h.rule} ${h.sheet}!${h.cell}`)).toEqual([`root-cause ${c.sheet}!${c.cell}`]);
    expect(heads[0]!.message).toBe(c.message);
    expect(heads[0]!.severity).toBe('error');
    const under = findings.filter((f) => f.causedBy === heads[0]!.id);
    expect(under).toHaveLength(c.folded);
    // Nothing the rules found is lost: every finding appears once, folded.
    expect(under.map((f) => f.message).sort()).toEqual(unfolded.map((f) => f.message).sort());
    expect(countsLine(findings)).toMatch(/^错误 1 项（共 \d+ 项），警告 0 项(（共 1 项）)?，提示 0 项$/);
  });
});

test('the headline says what to put in the cell: putting it there checks clean', async () => {
  for (const c of CASES.filter((x) => !x.name.startsWith('a missing row'))) {
    const { findings } = await planted(c.edit);
    const head = headlines(findings)[0]!;
    const book = await XlsxWorkbook.fromBuffer(demo);
    c.edit(book.workbook);
    const formula = head.params?.formula;
    book.workbook.getWorksheet(head.sheet)!.getCell(head.cell!).value =
      typeof formula === 'string' && formula !== '' ? { formula: formula.slice(1) } : head.expected! / 100;
    expect(checkSnapshots(await book.readSheets()).findings).toEqual([]);
  }
});

test('two independent faults: two headlines, each with its own consequences', async () => {
  const { findings } = await planted((wb) => {
    set(EXP, 'F10', 728435000)(wb);
    set(INC, 'F12', 116645201)(wb);
  });
  expect(headlines(findings).map((h) => `${h.sheet}!${h.cell}`)).toEqual([`${INC}!F12`, `${EXP}!F10`]);
  const g = groupFindings(findings);
  expect(g.counts.error).toBe(2);
  expect(g.totals.error + g.totals.warning).toBe(findings.length);
});

test('a parent typed over with the right number is one warning, not folded into anything', async () => {
  const { findings } = await planted(set(EXP, 'F10', 728435079));
  expect(findings.map((f) => [f.id, f.rule, f.cell, f.causedBy])).toEqual([['F1', 'formula-typed-over', 'F10', undefined]]);
});

test('the published figures (all typed numbers): a wrong 项 is one headline; the 尾差 提示 stay as they are', async () => {
  const book = await publishedWorkbook();
  book.workbook.getWorksheet(EXP)!.getCell('G12').value = 116635301; // 2080102 项目支出 +100
  const snapshots = await book.readSheets();
  const { findings, unfolded } = checkAllSheets(snapshots);
  const errors = headlines(findings).filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`root-cause ${EXP}!G12`]);
  expect(errors[0]!.message).toMatch(
    /^请把“3 支出预算总表”2080102 一般行政管理事务【项目支出】（G12）改为 116,635,201 元：现为 116,635,301 元/,
  );
  // In a table of typed numbers the 款, the row's 合计 and the cross-table checks break: all under it.
  expect(findings.filter((f) => f.causedBy === errors[0]!.id).map((f) => `${f.rule} ${f.cell}`)).toEqual(
    unfolded.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`),
  );
  expect(headlines(findings).filter((f) => f.severity === 'info')).toHaveLength(18);
});

test('--json shape: every finding has an id; a consequence names its headline in causedBy', async () => {
  const { findings } = await planted(set(EXP, 'E9', 1000000000));
  const json = reportJson(findings).findings;
  expect(json.map((f) => f.id)).toEqual(json.map((_, i) => `F${i + 1}`));
  expect(json[0]).toMatchObject({ id: 'F1', causedBy: null, rule: 'root-cause', cell: 'E9', expected: 1820686591, actual: 1000000000 });
  expect(json.slice(1).every((f) => f.causedBy === 'F1')).toBe(true);
});

test('the project sheets and the 编制说明: the text repeating a project mismatch is folded under it', async () => {
  const book = await XlsxWorkbook.fromBuffer(demo);
  const { findings } = checkAllSheets(await book.readSheets(), { only: ['projects'] });
  const sub = findings.filter((f) => f.rule === 'projects/sub-items-sum');
  expect(sub.map((f) => f.cell)).toEqual(['D53', 'D136', 'D216', 'D351']);
  expect(sub.every((f) => f.causedBy === undefined)).toBe(true);
});

describe('linearTerms: what a formula adds up', () => {
  test.each([
    ['=SUM(E7:E9)', { E7: 1, E8: 1, E9: 1 }],
    ['=E7+E8-E9', { E7: 1, E8: 1, E9: -1 }],
    ['=SUM(E10,E22)+2*F3', { E10: 1, E22: 1, F3: 2 }],
    ['=ROUND(E7/10000,2)', { E7: 0.0001 }],
    ["='3 支出预算总表'!E43", { '3 支出预算总表!E43': 1 }],
  ])('%s', (formula, expected) => {
    const got = linearTerms(formula, 'S');
    expect(got).not.toBeNull();
    const plain = Object.fromEntries([...got!].map(([k, v]) => [k.startsWith('S\u0000') ? k.slice(2) : k.replace('\u0000', '!'), v]));
    expect(plain).toEqual(expected);
  });
  test.each(['=E7*E8', '=IF(E7>0,E7,0)', '=VLOOKUP(A1,B:C,2,0)'])('%s is not linear', (f) => expect(linearTerms(f, 'S')).toBeNull());
});
