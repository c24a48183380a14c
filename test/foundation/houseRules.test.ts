import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The house rules enforce themselves: probe files that break them are refused by the same ESLint
// config and domain tsconfig that `npm test` runs. The probes are written under src/ (type-checked
// lint rules need them on disk, inside the project), checked in one ESLint and one tsc run (child
// processes: ESLint loads its config with a dynamic import jest's VM does not allow), then removed.

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

const PROBES: Record<string, string> = {
  'src/domain/__probe__/importsNode.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/domain/__probe__/importsExcelJS.ts': "import ExcelJS from 'exceljs';\nexport const wb = ExcelJS.Workbook;\n",
  'src/domain/__probe__/importsHost.ts': "import { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';\nexport const x = XlsxWorkbook;\n",
  'src/domain/__probe__/importsCli.ts': "import { runCli } from '../../cli/runCli';\nexport const r = runCli;\n",
  'src/domain/__probe__/nonNull.ts': 'export const first = (xs: readonly number[]): number => xs[0]!;\n',
  'src/domain/__probe__/narrowed.ts':
    "export const first = (xs: readonly number[]): number => {\n  const x = xs[0];\n  if (x === undefined) throw new RangeError('first: 空数组');\n  return x;\n};\n",
  'src/domain/__probe__/usesGlobals.ts':
    'export const title = (): string => document.title;\nexport const pid = (): number => process.pid;\n',
  'src/taskpane/__probe__/reachAround.ts':
    "import { XlsxWorkbook } from '../../hosts/xlsx/xlsxWorkbook';\nexport const x = XlsxWorkbook;\n",
};

interface LintResult {
  readonly filePath: string;
  readonly messages: ReadonlyArray<{ readonly ruleId: string | null; readonly message: string }>;
}

let lint: Map<string, Array<{ rule: string | null; message: string }>>;
let domainTsc: string;

/** stdout of a command that may fail (a failing check is what the probes are for). */
async function stdoutOf(args: string[]): Promise<string> {
  try {
    return (await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (e) {
    if (e && typeof e === 'object' && 'stdout' in e && typeof e.stdout === 'string') return e.stdout;
    throw e;
  }
}

beforeAll(async () => {
  // tsc first, with only the globals probe: an import of node:fs would itself bring Node's globals in
  // (that import is the lint rule's to refuse).
  const globals = 'src/domain/__probe__/usesGlobals.ts';
  await mkdir(join(ROOT, globals, '..'), { recursive: true });
  await writeFile(join(ROOT, globals), PROBES[globals] ?? '');
  domainTsc = await stdoutOf([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.domain.json']);
  for (const [rel, text] of Object.entries(PROBES)) {
    await mkdir(join(ROOT, rel, '..'), { recursive: true });
    await writeFile(join(ROOT, rel), text);
  }
  const files = Object.keys(PROBES);
  const json = await stdoutOf([join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...files]);
  lint = new Map(
    (JSON.parse(json) as LintResult[]).map((r) => [
      r.filePath.slice(ROOT.length + 1),
      r.messages.map((m) => ({ rule: m.ruleId, message: m.message })),
    ]),
  );
}, 600_000);

afterAll(async () => {
  await rm(join(ROOT, 'src/domain/__probe__'), { recursive: true, force: true });
  await rm(join(ROOT, 'src/taskpane/__probe__'), { recursive: true, force: true });
});

describe('lint', () => {
  test.each([
    ['importsNode', 'src/domain is pure: no Node, React, Office or file-format libraries.'],
    ['importsExcelJS', 'src/domain is pure: no Node, React, Office or file-format libraries.'],
    ['importsHost', 'src/domain is pure: it must not import hosts, the pane, the CLI or exporters.'],
    ['importsCli', 'src/domain is pure: it must not import hosts, the pane, the CLI or exporters.'],
  ])('src/domain/__probe__/%s.ts is refused', (name, expected) => {
    const messages = lint.get(`src/domain/__probe__/${name}.ts`) ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]?.rule).toBe('no-restricted-imports');
    expect(messages[0]?.message).toContain(expected);
  });

  test('src/domain may not assert non-null with `!`; the same function narrowed passes', () => {
    expect(lint.get('src/domain/__probe__/nonNull.ts')?.map((m) => m.rule)).toEqual(['@typescript-eslint/no-non-null-assertion']);
    expect(lint.get('src/domain/__probe__/narrowed.ts')).toEqual([]);
  });

  test('the pane may not reach around the port to a host', () => {
    const messages = lint.get('src/taskpane/__probe__/reachAround.ts') ?? [];
    expect(messages.map((m) => m.rule)).toEqual(['no-restricted-imports']);
    expect(messages[0]?.message).toContain('The pane talks only to the port');
  });
});

test('src/domain compiles with no DOM or Node types: `document` and `process` are unknown there', () => {
  const errors = domainTsc.split('\n').filter((l) => l.includes('error TS'));
  expect(errors.map((l) => l.replace(/'\. .*$/, "'."))).toEqual([
    "src/domain/__probe__/usesGlobals.ts(1,36): error TS2584: Cannot find name 'document'.",
    "src/domain/__probe__/usesGlobals.ts(2,34): error TS2591: Cannot find name 'process'.",
  ]);
});
