import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkbook } from '../../src/cli/demo';
import { writeDemoNarrative } from '../../src/cli/demoNarrative';

// The demo 编制说明 ends with section 七 as published: every project of the 项目经费情况说明 sheet,
// its 年度预算安排 generated from the sub-items read back from the sheet.

test('the 编制说明 carries 项目经费情况说明 for all 25 projects, 年度预算安排 from the sheet', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-narrative-'));
  const { workbook } = await buildDemoWorkbook();
  await writeDemoNarrative(dir, workbook);
  const text = await readFile(join(dir, '编制说明.txt'), 'utf8');
  const lines = text.split('\n');
  expect(lines.filter((l) => l.endsWith('项目经费情况说明') && l !== '项目经费情况说明')).toHaveLength(25);
  const at = lines.indexOf('2024年该项目预算8600万元。其中：');
  expect(lines.slice(at, at + 7)).toEqual([
    '2024年该项目预算8600万元。其中：',
    '1. 社会化技能评价项目开发45万元；',
    '2. 世界技能大赛本市集训基地资助经费6362万元；',
    '3. 全国技能大赛上海市选拔赛1519万元；',
    '4. 上海市专项职业技能大赛240万元；',
    '5. 全国性技能大赛集训及参赛369万元；',
    '6. 职业技能竞赛工作经费65万元。',
  ]);
  expect(lines[at - 1]).toBe('六、年度预算安排');
  const sheet = workbook.workbook.getWorksheet('编制说明')!;
  const texts: string[] = [];
  sheet.eachRow((row) => texts.push(row.getCell(1).text));
  expect(texts).toContain('6. 职业技能竞赛工作经费65万元。');
}, 60_000);
