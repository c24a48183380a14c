import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { BudgetData } from '../../src/domain/model/budgetData';
import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { classifiedTable } from '../../src/domain/read/parsedTables';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { CITY_APPEARANCE_BUREAU, JUSTICE_BUREAU, OtherDepartment, otherDepartmentBudget } from './otherDepartments';

// Issue 11 §6: a department with none of the sample's codes (公共安全支出 204, 城乡社区支出 212)
// builds and checks clean, both from the domain builder and from `budget template` filled in.

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), warn: (l) => err.push(l) });
  return { code, out, err };
}

/** Every functional code (类, 款, 项) the sample department's seeds print. */
function sampleCodes(): Set<string> {
  const out = new Set<string>();
  for (const f of ['seeds/sh-hrss-2020.json', 'seeds/sh-hrss-2024.json']) {
    const seed = JSON.parse(readFileSync(f, 'utf8')) as { tables: Record<string, { rows?: Array<{ code: string }> }> };
    for (const [id, t] of Object.entries(seed.tables)) if (id !== 'economic') for (const r of t.rows ?? []) out.add(r.code);
  }
  return out;
}

const DEPARTMENTS: ReadonlyArray<readonly [string, OtherDepartment]> = [
  ['司法局 (204)', JUSTICE_BUREAU],
  ['绿化市容局 (212, 204)', CITY_APPEARANCE_BUREAU],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'other-dept-'));
});

test('the departments share no functional code with the sample (人社局 2020, 2024)', () => {
  const sample = sampleCodes();
  expect(sample.size).toBeGreaterThan(40);
  for (const [, d] of DEPARTMENTS) {
    const codes = d.items.flatMap((i) => [i.code, i.code.slice(0, 5), i.code.slice(0, 3)]);
    expect(codes.filter((c) => sample.has(c))).toEqual([]);
  }
});

describe.each(DEPARTMENTS)('%s', (_label, d) => {
  let data: BudgetData;
  beforeAll(() => {
    data = otherDepartmentBudget(d);
  });

  test('built by the domain builder and checked: 0 errors, 0 warnings, 0 提示', async () => {
    const { plan, findings: built } = buildBudgetWorkbook(data);
    expect(built).toEqual([]);
    const book = new XlsxWorkbook();
    await book.writePlan(plan, 'fail');
    const snaps = await book.readSheets();
    const { findings, parsed } = checkSnapshots(snaps);
    expect(findings).toEqual([]);
    // Not vacuous: every table read, with the department's own 类 and figures.
    expect(parsed.tables).toHaveLength(9);
    expect(parsed.department).toBe(d.department);
    const exp = classifiedTable(parsed, 'expenditure')!;
    expect(exp.rows.filter((r) => r.role === 'class').map((r) => `${r.code} ${r.name}`)).toEqual(
      [...new Set(d.items.map((i) => i.code.slice(0, 3)))].sort().map((c) => `${c} ${c === '204' ? '公共安全支出' : '城乡社区支出'}`),
    );
    const yuan = d.items.reduce((s, i) => s + Math.round((i.basic + i.project) * 100), 0);
    expect(exp.total?.amounts.total?.fen).toBe(yuan);
    const eco = classifiedTable(parsed, 'economic')!;
    expect(eco.total?.amounts.total?.fen).toBe(classifiedTable(parsed, 'generalPublic')!.total?.amounts.basic?.fen);
    // And a planted fault in it is found: a 项 of 基本支出 1,000 元 off.
    const item = exp.rows.find((r) => r.role === 'item' && (r.amounts.basic?.fen ?? 0) > 0)!;
    const wrong = snaps.map((s) =>
      s.name !== exp.sheet
        ? s
        : {
            ...s,
            values: s.values.map((row, i) =>
              i === item.row - 1
                ? row.map((v, c) =>
                    c === exp.columns.find((x) => x.key === 'basic')!.col - 1 ? (item.amounts.basic!.fen! + 100_000) / 100 : v,
                  )
                : row,
            ),
          },
    );
    const faults = checkSnapshots(wrong).findings.filter((f) => f.severity === 'error');
    expect(faults.map((f) => f.rule)).toContain('income-vs-expenditure');
  });

  test('`budget template` filled in by the officer, then `budget check`: a clean report', async () => {
    const template = join(dir, `${d.department}-表样.xlsx`);
    const items = d.items.map((i) => i.code).join(',');
    const economic = data.lines.economic.map((l) => l.code).join(',');
    const made = await run(
      'template',
      '--year',
      String(d.year),
      '--department',
      d.department,
      '--items',
      items,
      '--economic',
      economic,
      '--out',
      template,
    );
    expect(made.err).toEqual([]);
    expect(made.code).toBe(0);
    // Fill the blank leaf cells the way an officer types them: by code and column, in 元 (三公 in 万元).
    const book = await openXlsx(template);
    const { workbook } = readBudgetTables(await book.readSheets());
    for (const t of workbook.tables) {
      const ws = book.workbook.getWorksheet(t.sheet)!;
      if (t.kind === 'classified') {
        const lines = data.lines[t.tableId as keyof BudgetData['lines']];
        for (const row of t.rows) {
          const line = lines.find((l) => l.code === row.code);
          if (!line) continue;
          for (const [key, fen] of Object.entries(line.amounts)) {
            const a = row.amounts[key];
            if (!a || a.formula !== null) throw new Error(`${t.sheet} ${row.code} ${key}: 不是待填单元格`);
            ws.getCell(a.cell).value = fen / 100;
          }
        }
      } else if (t.kind === 'sangong') {
        for (const key of ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'officeOperation'] as const) {
          const a = t.amounts[key];
          if (a && a.formula === null) ws.getCell(a.cell).value = data.sangong[key] / 1_000_000;
        }
      }
    }
    const filled = join(dir, `${d.department}.xlsx`);
    await writeFile(filled, await book.toBuffer());
    const checked = await run('check', filled);
    expect(checked).toEqual({
      code: 0,
      out: [`校验 ${filled}：错误 0 项，警告 0 项，提示 0 项`, '科目表：内置 2024 年版（预算年度 2024 年）'],
      err: [],
    });
  });
});
