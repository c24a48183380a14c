import { readBudgetTables } from '../domain/read/readBudgetTables';
import { LazyXlsxFile } from '../hosts/xlsx/lazyXlsxFile';
import { runChecks, type CheckRun } from '../taskpane/runChecks';
import { warmUpWorkbook } from './warmUpWorkbook';

// The standalone page's first drop ran every step of the engine cold: the reader, the table
// recognition, the rules and the list's components each paid for their first compilation on the
// officer's clock (a drop cost about three times what the same drop costs the second time). So,
// once the page is idle after loading, it opens, checks and lists a small synthetic workbook
// (warmUpWorkbook.ts: the product's templates, made-up figures) through exactly the code a drop
// runs, a few times, and throws the results away. Each step waits for idle time; a workbook the
// officer drops or picks stops whatever is left. Nothing is kept but the compiled code.

/** Open, read and check rounds: the first compiles (then the list is rendered once), the next let the engine optimise the hot loops. */
export const WARM_UP_ROUNDS = 3;

export type WarmUpStep = 'build' | 'open' | 'recognise' | 'check' | 'render';

export interface WarmUpOptions {
  /** Waits for the next idle moment (tests pass a plain resolved promise). */
  readonly idle?: () => Promise<void>;
  /** True once the officer has opened a workbook: the warm-up stops at its next step. */
  readonly stopped?: () => boolean;
  /** Told after each step (for the bench's and the tests' record). */
  readonly onStep?: (step: WarmUpStep) => void;
  /** Lists the last synthetic run (warmUpAtIdle renders it off-screen); none in the unit tests. */
  readonly render?: (run: CheckRun) => Promise<void>;
}

export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

/** Runs the warm-up; resolves once done or stopped. Errors are the caller's (a bug, not the officer's). */
export async function warmUp(options: WarmUpOptions = {}): Promise<void> {
  const idle = options.idle ?? whenIdle;
  const stopped = options.stopped ?? (() => false);
  const step = async (name: WarmUpStep) => {
    options.onStep?.(name);
    await idle();
    return !stopped();
  };
  await idle();
  if (stopped()) return;
  const bytes = warmUpWorkbook();
  if (!(await step('build'))) return;
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    // The same calls as a drop: the page's open (portContext), the header's recognition, the 校验 tab's checks.
    const file = await LazyXlsxFile.open(bytes.slice(), '示意工作簿.xlsx');
    if (!(await step('open'))) return;
    readBudgetTables(await file.readSheets());
    if (!(await step('recognise'))) return;
    const run = await runChecks(file);
    if (!(await step('check'))) return;
    // The list once, after the first round: every step has then run at least once before more rounds.
    if (i === 0 && options.render) {
      await options.render(run);
      if (!(await step('render'))) return;
    }
  }
}
