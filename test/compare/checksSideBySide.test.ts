import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { compareFindings } from '../../src/domain/compare/compareFindings';
import type { Finding } from '../../src/domain/findings/finding';
import { copyOf, sheet } from './reviewerEdits';

// The checker (src/domain/check) run on both workbooks, and its findings put side by side.

test('side by side: what the reviewer fixed and what the reviewer broke', async () => {
  const { workbook } = await buildDemoWorkbook();
  const submitted = await copyOf(workbook);
  // The officer's slip: 2080104 财政拨款收入 177,450,412 typed as 177,000,000.
  sheet(submitted, '2 收入预算总表').getCell('F13').value = 177000000;
  const returned = await copyOf(submitted);
  // The reviewer puts it right, and cuts 因公出国(境)费 below the economic table's 30212.
  sheet(returned, '2 收入预算总表').getCell('F13').value = 177450412;
  sheet(returned, '9 三公经费和机关运行经费').getCell('B6').value = 500;

  const before = checkSnapshots(await submitted.readSheets()).findings;
  const after = checkSnapshots(await returned.readSheets()).findings;
  const diff = compareFindings(before, after);
  const brief = (list: readonly Finding[]) => list.map((f) => [f.rule, f.sheet, f.code ?? null, f.cell ?? null]);
  expect(brief(diff.broken)).toEqual([['sangong-vs-economic', '9 三公经费和机关运行经费', '30212', 'B6']]);
  expect(brief(diff.fixed)).toEqual(brief(before));
  expect(brief(diff.fixed)).toEqual(
    expect.arrayContaining([
      ['fiscal-funds', '2 收入预算总表', '2080104', 'F13'],
      ['income-vs-expenditure', '3 支出预算总表', '2080104', 'E13'],
    ]),
  );
  expect(diff.unchanged).toEqual([]);
});

test('an untouched workbook: nothing broken, nothing fixed', async () => {
  const { workbook } = await buildDemoWorkbook();
  const before = checkSnapshots(await workbook.readSheets()).findings;
  const after = checkSnapshots(await (await copyOf(workbook)).readSheets()).findings;
  const diff = compareFindings(before, after);
  expect([diff.broken, diff.fixed]).toEqual([[], []]);
  expect(diff.unchanged).toHaveLength(before.length);
});
