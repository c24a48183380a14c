import { FluentProvider, Theme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { detectHost } from '../hosts/office/requirements';
import { warmUpAtIdle } from '../standalone/warmUpAtIdle';
import { App } from './App';
import { PortProvider } from './portContext';
import { WorkbookInfoProvider } from './workbookInfo';

// Entry point. Waits for Office.js when the page runs inside Excel; anywhere else the pane runs
// standalone. System fonts only (no web fonts): Chinese text falls back to YaHei / PingFang.

// The pane's CSP has no 'unsafe-eval': zod must not try to compile validators with new Function.
z.config({ jitless: true });

const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', sans-serif`,
};

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('页面缺少 #root 元素');
  // Inside Excel a slow Office.onReady is waited for, with a notice; never the in-memory workbook.
  const mode = await detectHost({
    onSlow: (notice) => {
      const p = document.createElement('p');
      p.setAttribute('role', 'status');
      p.style.padding = '0 12px';
      p.textContent = notice;
      container.appendChild(p);
    },
  });
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <PortProvider mode={mode}>
        <WorkbookInfoProvider>
          <App />
        </WorkbookInfoProvider>
      </PortProvider>
    </FluentProvider>,
  );
  if (mode === 'standalone') warmUpAtIdle();
}

main().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `部门预算助手加载失败：${e instanceof Error ? e.message : String(e)}`;
});
