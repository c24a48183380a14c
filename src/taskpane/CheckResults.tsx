import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { catalogEditionLine } from '../domain/check/catalogEdition';
import type { Fix } from '../domain/check/fixes';
import { BudgetCharts } from './BudgetCharts';
import { FindingCounts } from './FindingCounts';
import { FindingList } from './FindingList';
import type { CheckRun } from './runChecks';
import type { FindingFocus } from './useFindingFocus';

// What one check found: the counts, the list (each finding jumps to its cell and may offer a sure
// fix), and the charts of the tables it read. The charts join in the frame after the list is first
// painted: laying out their SVG text costs a layout of its own, and the officer looks at the list first.

/** False until the frame after this component's first paint. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

export function CheckResults(props: {
  run: CheckRun;
  focus: FindingFocus;
  fixes: ReadonlyMap<string, Fix>;
  onFix: (f: Fix) => void;
  busy: boolean;
}): JSX.Element {
  const { run, focus, fixes, onFix, busy } = props;
  const chartsDue = useAfterFirstPaint();
  return (
    <>
      <FindingCounts findings={run.findings} />
      {/* Which catalog the codes were checked against, as budget check prints it: a code's verdict depends on it. */}
      {run.parsed.tables.length > 0 && <Caption1 data-testid="catalog-edition">{catalogEditionLine(run.context)}</Caption1>}
      {run.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {run.parsed.tables.length > 0 ? `已核对 ${run.parsed.tables.length} 张预算表，未发现问题。` : '工作簿中没有识别到标准预算表。'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <FindingList
          findings={run.findings}
          selectedKey={focus.selectedKey}
          onSelect={focus.onSelect}
          fixes={fixes}
          onFix={onFix}
          busy={busy}
          renderSelected={focus.renderSelected}
        />
      )}
      {chartsDue && <BudgetCharts parsed={run.parsed} snapshots={run.snapshots} />}
    </>
  );
}
