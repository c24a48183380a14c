import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { fixesByFinding } from '../taskpane/checkFixes';
import { CheckResults } from '../taskpane/CheckResults';
import { PortProvider } from '../taskpane/portContext';
import type { CheckRun } from '../taskpane/runChecks';
import { useFindingFocus } from '../taskpane/useFindingFocus';
import { warmUp, type WarmUpStep } from './warmUp';

// The page's side of the warm-up (warmUp.ts): started at idle once the standalone pane has
// rendered, it ends by listing the synthetic run once out of sight, so that the list's components
// and styles are compiled and inserted before the officer's first list.

function WarmResults(props: { run: CheckRun }): JSX.Element {
  const focus = useFindingFocus(props.run.snapshots, 'file');
  return <CheckResults run={props.run} focus={focus} fixes={fixesByFinding(props.run.fixes)} onFix={() => {}} busy={false} />;
}

/**
 * Renders the synthetic run's list once, out of sight (off-screen, hidden from assistive technology
 * and from input), so that the list's components and styles are compiled and inserted, then removes it.
 */
async function renderOnce(run: CheckRun): Promise<void> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.dataset.warmUp = '';
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:360px;visibility:hidden;pointer-events:none;';
  document.body.appendChild(host);
  const root = createRoot(host);
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  try {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <PortProvider mode="standalone">
          <WarmResults run={run} />
        </PortProvider>
      </FluentProvider>,
    );
    // The charts join a frame after the list (CheckResults): wait for them, a few frames at most.
    for (let i = 0; i < 10 && !host.querySelector('[data-testid="budget-charts"]'); i++) await frame();
  } finally {
    root.unmount();
    host.remove();
  }
}

/**
 * Starts the warm-up once the page is idle; a workbook dropped on the page or picked in any file
 * input stops it. `window.__budgetWarmUp` records how far it got, for the bench.
 */
export function warmUpAtIdle(): void {
  let stop = false;
  const halt = () => {
    stop = true;
  };
  document.addEventListener('drop', halt, { capture: true, once: true });
  document.addEventListener('change', halt, { capture: true, once: true });
  const record: WarmUpStep[] = [];
  (window as unknown as { __budgetWarmUp?: WarmUpStep[] }).__budgetWarmUp = record;
  warmUp({ stopped: () => stop, onStep: (s) => record.push(s), render: renderOnce })
    .catch((e: unknown) => {
      // A failure here is a bug in the engine the drop would meet too; the page itself is unaffected.
      console.warn('部门预算助手：预热失败', e);
    })
    .finally(() => {
      document.removeEventListener('drop', halt, { capture: true });
      document.removeEventListener('change', halt, { capture: true });
    });
}
