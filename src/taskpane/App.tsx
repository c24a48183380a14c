import { makeStyles, MessageBar, MessageBarBody, SelectTabData, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckPanel } from './CheckPanel';
import { ConsolidatePanel } from './ConsolidatePanel';
import { NarrativePanel } from './NarrativePanel';
import { PaneHeader } from './PaneHeader';
import { RolloverCompareTab } from './RolloverCompareTab';
import { usePort } from './portContext';
import { TemplatesTab } from './TemplatesTab';
import { WorkbookBar } from './WorkbookBar';

// The pane shell: header, the standalone file bar, and one tab per job. Panels stay mounted when
// another tab is shown (their results survive a look elsewhere) and start afresh when a different
// workbook is opened.

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '960px',
    margin: '0 auto',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

const TABS = [
  { id: 'templates', label: '表样' },
  { id: 'check', label: '校验' },
  { id: 'narrative', label: '编制说明' },
  { id: 'compare', label: '结转与比对' },
  { id: 'consolidate', label: '汇总' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function App(): JSX.Element {
  const styles = useStyles();
  const { mode, notices, workbookId } = usePort();
  const [tab, setTab] = useState<TabId>(mode === 'standalone' ? 'check' : 'templates');
  const panel = (id: TabId) => ({
    id: `panel-${id}`,
    role: 'tabpanel',
    'aria-labelledby': `tab-${id}`,
    hidden: tab !== id,
    className: styles.panel,
  });
  return (
    <main className={styles.root}>
      <PaneHeader />
      {notices.map((n) => (
        <MessageBar key={n} intent="warning" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {mode === 'standalone' && <WorkbookBar />}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d: SelectTabData) => setTab(d.value as TabId)}
        aria-label="功能"
      >
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div {...panel('templates')}>
        <TemplatesTab key={workbookId} />
      </div>
      <div {...panel('check')}>
        <CheckPanel key={workbookId} />
      </div>
      <div {...panel('narrative')}>
        <NarrativePanel key={workbookId} />
      </div>
      <div {...panel('compare')}>
        <RolloverCompareTab key={workbookId} />
      </div>
      <div {...panel('consolidate')}>
        <ConsolidatePanel />
      </div>
    </main>
  );
}
