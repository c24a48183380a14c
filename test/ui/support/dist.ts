import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The UI tests run against the production build in dist/ (npm test builds it first).

export const DIST = resolve(__dirname, '../../../dist');
export const PAGE = 'standalone.html';

export function assertBuilt(): void {
  for (const f of ['taskpane.html', PAGE]) {
    if (!existsSync(join(DIST, f))) {
      throw new Error(`找不到 dist/${f}：UI 测试使用生产构建，请先运行 npm run build（npm test 会先构建再运行 jest）`);
    }
  }
}
