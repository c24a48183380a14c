import { buildDemoWorkbook } from '../../src/cli/demo';
import { checkSnapshots, proposeFixes, buildCheckSheet } from '../../src/domain/check';
import { narrativeFromSheets } from '../../src/domain/narrative/narrativeFromSheets';
import { compareWorkbooks } from '../../src/domain/compare/compareWorkbooks';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { mutate } from '../support/mutateSnapshots';
import { prng } from '../support/prng';

// The whole engine on mangled workbooks: checks, fixes, the 校验 sheet, the narrative and the
// comparison never throw — bad data becomes findings. Seeded and reproducible (FUZZ_SEED, FUZZ_RUNS).

const SEED = Number(process.env.FUZZ_SEED ?? 7);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

let base: SheetSnapshot[];
beforeAll(async () => {
  base = await (await buildDemoWorkbook()).workbook.readSheets();
});

test(`engine survives ${RUNS} mutated demo workbooks (seed ${SEED})`, () => {
  const rand = prng(SEED);
  const baseParsed = readBudgetTables(base).workbook;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const sheets = mutate(base, rand, 1 + Math.floor(rand() * 5));
    try {
      const checked = checkSnapshots(sheets);
      findings += checked.findings.length;
      for (const f of checked.findings) {
        expect(typeof f.message).toBe('string');
        expect(['error', 'warning', 'info']).toContain(f.severity);
      }
      proposeFixes(sheets, checked.parsed, checked.findings, checked.context);
      if (run % 10 === 0) {
        buildCheckSheet(checked.parsed, checked.context);
        narrativeFromSheets({ sheets });
        compareWorkbooks(baseParsed, checked.parsed);
      }
    } catch (e) {
      throw new Error(`run ${run} (seed ${SEED}) threw: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  expect(findings).toBeGreaterThan(RUNS); // the mutations are noticed, not ignored
}, 300_000);
