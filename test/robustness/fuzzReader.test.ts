import { buildDemoWorkbook } from '../../src/cli/demo';
import { readBudgetTables } from '../../src/domain/read/readBudgetTables';
import type { SheetSnapshot } from '../../src/domain/port/workbookPort';
import { mutate as mutateSnapshots } from '../support/mutateSnapshots';
import { prng } from '../support/prng';

// Seeded, reproducible: FUZZ_SEED and FUZZ_RUNS override. The reader never throws on a mangled
// workbook; every finding names its sheet and carries a message.

const SEED = Number(process.env.FUZZ_SEED ?? 20241123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

let base: SheetSnapshot[];
beforeAll(async () => {
  base = await (await buildDemoWorkbook()).workbook.readSheets();
});

test(`reader survives ${RUNS} mutated demo workbooks (seed ${SEED})`, () => {
  const rand = prng(SEED);
  for (let run = 0; run < RUNS; run++) {
    const sheets = mutateSnapshots(base, rand, 1 + Math.floor(rand() * 4));
    let result: ReturnType<typeof readBudgetTables>;
    try {
      result = readBudgetTables(sheets);
    } catch (e) {
      throw new Error(`run ${run} (seed ${SEED}) threw: ${e instanceof Error ? e.stack : String(e)}`);
    }
    for (const f of result.findings) {
      expect(f.sheet).toBeTruthy();
      expect(f.message.length).toBeGreaterThan(5);
    }
  }
}, 120_000);
