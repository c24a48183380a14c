import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateFiles } from '../../src/cli/commands/consolidate';
import { checkUnitWithRules } from '../../src/domain/consolidate/checkUnitWithRules';
import { ConsolidationStopped } from '../../src/domain/consolidate/consolidationStopped';
import type { CheckUnit } from '../../src/domain/consolidate/unitBudget';
import { consolidateFiles as consolidateInPage } from '../../src/taskpane/consolidateFiles';
import { xlsxFiles } from '../../src/taskpane/portContext';
import { unitData, workbookBytes } from './unitFixtures';

// Consolidation skips a unit only when its file cannot be read as a workbook, and names it; any
// other exception while reading or checking a unit stops the run with a message naming the unit
// (before, every exception became "unit unreadable" and the department total silently lacked it).

let dir: string;
let files: string[];
let bytes: Uint8Array[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'consolidate-stop-'));
  bytes = [await workbookBytes(unitData(0)), await workbookBytes(unitData(1))];
  files = [join(dir, '单位1.xlsx'), join(dir, '损坏.xlsx'), join(dir, '单位2.xlsx')];
  await writeFile(files[0]!, bytes[0]!);
  await writeFile(files[1]!, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
  await writeFile(files[2]!, bytes[1]!);
}, 60_000);

/** The rules, except that checking the named unit hits a bug. */
function faultyFor(department: string): CheckUnit {
  return (snaps) => {
    if (snaps.some((s) => s.values.some((r) => r.some((v) => typeof v === 'string' && v.includes(department)))))
      throw new TypeError('Cannot read properties of undefined (reading "fen")');
    return checkUnitWithRules(snaps);
  };
}

test('an unreadable file is skipped and named; the other units are consolidated', async () => {
  const { result, bytes: out } = await consolidateFiles(files, { department: '主管部门' });
  expect(out).not.toBeNull();
  expect(result.units.map((u) => [u.file, u.included])).toEqual(
    expect.arrayContaining([
      ['损坏.xlsx', false],
      ['单位1.xlsx', true],
      ['单位2.xlsx', true],
    ]),
  );
  expect(result.findings.find((f) => f.rule === 'consolidate/unreadable-file')?.message).toBe(
    '单位文件“损坏.xlsx”无法打开：文件已损坏或不完整（可能下载或复制时被截断），请重新导出或另存后再试；未纳入汇总',
  );
}, 60_000);

test('a fault while checking a unit stops consolidation with a message naming the unit and the fault', async () => {
  const run = consolidateFiles(files, { department: '主管部门', checkUnit: faultyFor(unitData(1).department) });
  await expect(run).rejects.toBeInstanceOf(ConsolidationStopped);
  await expect(run).rejects.toThrow(
    '汇总已停止：读取单位“单位2.xlsx”时程序出错（Cannot read properties of undefined (reading "fen")），未生成汇总表。请将此信息和该单位的文件报告给维护人员。',
  );
  const stopped = await run.catch((e: unknown) => e);
  expect((stopped as ConsolidationStopped).original).toBeInstanceOf(TypeError);
}, 60_000);

test('the page: an unreadable file is listed, a fault reading a unit stops the run naming it', async () => {
  const good = new File([bytes[0]!], '单位1.xlsx');
  const bad = new File([new Uint8Array([1, 2, 3])], '随便.xlsx');
  const { result } = await consolidateInPage(xlsxFiles, [good, bad], {}, () => undefined);
  expect(result.units.find((u) => u.file === '随便.xlsx')?.included).toBe(false);
  expect(result.units.find((u) => u.file === '单位1.xlsx')?.included).toBe(true);

  const faulty = { name: '出错.xlsx', arrayBuffer: () => Promise.reject(new TypeError('boom')) } as unknown as File;
  await expect(consolidateInPage(xlsxFiles, [good, faulty], {}, () => undefined)).rejects.toThrow(
    '汇总已停止：读取单位“出错.xlsx”时程序出错（boom），未生成汇总表。请将此信息和该单位的文件报告给维护人员。',
  );
}, 60_000);
