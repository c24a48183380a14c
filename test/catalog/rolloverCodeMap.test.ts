import { join } from 'node:path';
import { rollForward } from '../../src/domain/rollover/rollForward';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';

// Roll-forward uses the catalog's code map for any department: a 2019 江苏 检察院 budget rolled to
// 2020 gets the 2020 names and the 2080504 → 2080501 merger, each listed.

test('江苏省人民检察院 2019 → 2020: renamed 款, merged 项, listed', async () => {
  const book = await XlsxWorkbook.fromFile(join(__dirname, '..', 'fixtures', 'corpus', 'jiangsu', '2019_江苏省人民检察院.xlsx'));
  const r = rollForward(await book.readSheets(), { targetYear: 2020 });
  expect(r.plan).not.toBeNull();
  const changes = r.changes.map((c) => [c.kind, c.from, c.to, c.toName]);
  expect(changes).toEqual(
    expect.arrayContaining([
      ['moved', '2080504', '2080501', '行政单位离退休'],
      ['renamed', '20805', '20805', '行政事业单位养老支出'],
    ]),
  );
  expect(r.changes.find((c) => c.from === '2080504')!.message).toMatch(
    /^2080504 未归口管理的行政单位离退休 → 2080501 行政单位离退休（2019 年版科目调整到 2020 年版/,
  );
  expect(r.findings.filter((f) => f.rule === 'rollover/unmapped')).toEqual([]);
});
