import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { formTables } from '../../src/domain/check/provinceFigures';
import { openXlsx } from '../../src/hosts/xlsx/openXlsx';
import { DEPARTMENTS, FIXTURES, published } from './support';

// The four 江苏 2019 departments, each transcribed by transcribe.mjs into a workbook in its published
// layout, read and checked as any officer's workbook would be.

describe.each(DEPARTMENTS)('%s', (name) => {
  let result: ReturnType<typeof checkSnapshots>;
  beforeAll(async () => {
    result = checkSnapshots(await (await openXlsx(join(FIXTURES, `${name}.xlsx`))).readSheets());
  });

  it('is recognised as the 江苏 2019 edition, all 12 tables, and says so', () => {
    expect(result.parsed.edition).toBe('jiangsu-2019');
    expect(result.parsed.tables).toHaveLength(6); // the six code tables
    expect(result.parsed.provinceTables).toHaveLength(6); // 4 总表, 三公, 政府采购
    expect(result.findings.filter((f) => f.rule === 'read/edition')).toEqual([
      expect.objectContaining({
        severity: 'info',
        sheet: '公开01表 收支预算总表',
        message: '识别为江苏省 2019 年部门预算公开表（12 张，万元）：读取 12 / 12 张表（按表名识别）',
      }),
    ]);
    expect(result.parsed.department).toBe(published(name).department);
  });

  it('reads the figures as printed', () => {
    const data = published(name);
    for (const t of formTables(result.parsed))
      for (const [key, value] of Object.entries(data.forms[t.tableId] ?? {}))
        expect([t.tableId, key, t.fields[key]?.fen ?? null]).toEqual([
          t.tableId,
          key,
          value === null ? null : Math.round(value * 1_000_000),
        ]);
    const eco = result.parsed.tables.find((t) => t.tableId === 'economic');
    expect(eco?.kind === 'classified' && eco.total?.amounts.total?.fen).toBe(
      Math.round((data.codeTables.economic?.total ?? 0) * 1_000_000),
    );
  });

  it('has no error and no warning: every identity and tie holds, every code is in the 2019 catalog', () => {
    // No inconsistency between or within the 12 tables was found by hand in these four documents
    // either (each sum and tie recomputed from the text); the one 提示 names the edition.
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(['read/edition']);
  });
});

describe('transcribe.mjs', () => {
  it('reproduces the committed figures from the verbatim text', () => {
    const script = join(FIXTURES, 'transcribe.mjs');
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DOCUMENTS, transcribe } from ${JSON.stringify(script)}; import { readFileSync } from 'node:fs';
         const dir = ${JSON.stringify(FIXTURES)};
         process.stdout.write(JSON.stringify(DOCUMENTS.map((d) => [d.out, transcribe(readFileSync(dir + '/' + d.file, 'utf8'), d.file)])));`,
      ],
      { encoding: 'utf8' },
    );
    const docs = JSON.parse(out) as Array<[string, unknown]>;
    expect(docs.map(([n]) => n)).toEqual([...DEPARTMENTS]);
    for (const [n, data] of docs) expect(data).toEqual(JSON.parse(readFileSync(join(FIXTURES, `${n}.json`), 'utf8')));
  });

  it('has the seed of 政协办公厅 identical to its fixture', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'seeds', 'jiangsu-2019-zxbgt.json'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, '2019_江苏省政协办公厅.json'), 'utf8'),
    );
  });
});
