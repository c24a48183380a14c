import { parseCommandArgs } from '../../src/cli/args/cliArgs';
import { CHECK_OPTIONS, CheckArgs, checkCommand } from '../../src/cli/commands/check';
import { COMPARE_OPTIONS, CompareArgs, compareCommand } from '../../src/cli/commands/compare';
import { CONSOLIDATE_OPTIONS, ConsolidateArgs, consolidateCommand } from '../../src/cli/commands/consolidate';
import { DEMO_OPTIONS, DemoArgs, demoCommand } from '../../src/cli/commands/demo';
import { NARRATIVE_OPTIONS, NarrativeArgs, narrativeCommand } from '../../src/cli/commands/narrative';
import { IMPORT_OPTIONS, ImportArgs } from '../../src/cli/commands/projects';
import { ROLLOVER_OPTIONS, RolloverArgs, rolloverCommand } from '../../src/cli/commands/rollover';
import { TEMPLATE_OPTIONS, TemplateArgs, templateCommand } from '../../src/cli/commands/template';
import { catalogCommand } from '../../src/cli/commands/catalog';
import { runCli } from '../../src/cli/runCli';

// Every command parses its arguments through one zod schema before it opens a file: bad arguments
// exit 2 with one zh-CN line naming the option and the value (and the usage when the command line
// is incomplete). None of the files named here exist; the arguments are refused first.

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), warn: (l) => err.push(l) });
  return { code, out, err };
}

const withUsage = (line: string, usage: string) => `${line}\n用法：${usage}`;

const BAD: ReadonlyArray<readonly [string[], string]> = [
  [['check'], withUsage('请指定要校验的 .xlsx 文件或文件夹', checkCommand.usage)],
  [['check', 'a.xlsx', '--bogus'], withUsage('参数错误：未知选项 --bogus', checkCommand.usage)],
  [['check', 'a.xlsx', '--xlsx'], withUsage('参数错误：--xlsx 后面应给出值', checkCommand.usage)],
  [['check', 'a.xlsx', '--json=yes'], withUsage('参数错误：--json 后面不带值', checkCommand.usage)],
  [['check', 'a.xlsx', '--only', 'tables,pictures'], '参数错误：--only 只能是 tables、projects、text，不能是“pictures”'],
  [['check', 'a.xlsx', '--xlsx', '报告.txt'], '输出文件应为 .xlsx：报告.txt'],
  [['consolidate', 'units'], withUsage('请给出单位工作簿（文件或文件夹）和 --out 输出文件。', consolidateCommand.usage)],
  [['consolidate', '--out', '部门.xlsx'], withUsage('请给出单位工作簿（文件或文件夹）和 --out 输出文件。', consolidateCommand.usage)],
  [['consolidate', 'units', '--out', '部门.csv'], '输出文件应为 .xlsx：部门.csv'],
  [['consolidate', 'units', '--out', '部门.xlsx', '--year', '24'], '--year 应为四位年度，例如 2024：24'],
  [['consolidate', 'units', '--out', '部门.xlsx', '--year', '2101'], '--year 应为四位年度，例如 2024：2101'],
  [['consolidate', 'units', '--out', '部门.xlsx', '--department', '  '], '--department 不能为空'],
  [['rollover', 'a.xlsx'], withUsage('请给出本年度的工作簿和 --out 输出文件', rolloverCommand.usage)],
  [['rollover', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], withUsage('多余的参数：b.xlsx', rolloverCommand.usage)],
  [['rollover', 'a.xlsx', '--out', 'c.xlsx', '--year', '20x5'], '--year 应为四位年度，例如 2025：20x5'],
  [['rollover', 'a.xlsx', '--out', 'c.xlsx', '--year', '2024.5'], '--year 应为四位年度，例如 2025：2024.5'],
  [['compare', 'a.xlsx'], withUsage('请给出报送稿和返回稿两个工作簿', compareCommand.usage)],
  [['compare', 'a.xlsx', 'b.xlsx', 'c.xlsx'], withUsage('多余的参数：c.xlsx', compareCommand.usage)],
  [['compare', 'a.xlsx', 'b.xlsx', '--out'], withUsage('参数错误：--out 后面应给出值', compareCommand.usage)],
  [['narrative'], withUsage('请给出预算工作簿', narrativeCommand.usage)],
  [['narrative', 'a.xlsx', '--docx', '说明.txt'], '输出文件应为 .docx：说明.txt'],
  [['narrative', 'a.xlsx', '--write', '说明.docx'], '输出文件应为 .xlsx：说明.docx'],
  [['template', '--year', 'abc'], '--year 应为四位年度，例如 2025：abc'],
  [['template', '--department', '某某局'], withUsage('请给出 --year、--department 和 --out', templateCommand.usage)],
  [['template', 'extra'], withUsage('多余的参数：extra', templateCommand.usage)],
  [['demo', 'somewhere'], withUsage('多余的参数：somewhere', demoCommand.usage)],
  [['demo', '--bogus'], withUsage('参数错误：未知选项 --bogus', demoCommand.usage)],
  [['catalog', 'show', '2040604', '--bogus'], withUsage('参数错误：未知选项 --bogus', catalogCommand.usage)],
];

describe('bad arguments exit 2 with one zh-CN line', () => {
  test.each(BAD)('%j', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, out: [], err: [message] });
  });

  test.each([
    [['projects', 'import', 'list.json'], '请给出项目清单文件和 --out 输出工作簿'],
    [['projects', 'import', 'list.json', '--out', 'p.xlsx', '--year', '25'], '--year 应为四位年度，例如 2025：25'],
    [
      ['projects', 'import', 'list.json', '--out', 'p.xlsx', '--sheets', 'performance,summary'],
      '--sheets 只能是 explanation、performance，实为：summary',
    ],
    [['projects', 'check'], '请给出要校验的工作簿'],
    [['projects', 'text', 'a.json', 'b.json'], '多余的参数：b.json'],
  ])('%j', async (argv, line) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]?.split('\n')[0]).toBe(line);
  });
});

describe('good arguments parse to typed values', () => {
  test('check: files, switches, --only as a deduplicated list', () => {
    expect(parseCommandArgs(['a.xlsx', 'dir', '--only', 'tables，text', '--only', 'tables', '--json'], CHECK_OPTIONS, CheckArgs)).toEqual({
      ok: true,
      args: { positionals: ['a.xlsx', 'dir'], json: true, details: false, only: ['tables', 'text'] },
    });
    expect(parseCommandArgs(['a.xlsx', '--xlsx', '报告.XLSX'], CHECK_OPTIONS, CheckArgs)).toEqual({
      ok: true,
      args: { positionals: ['a.xlsx'], json: false, details: false, only: [], xlsx: '报告.XLSX' },
    });
  });

  test('consolidate: the year is a number, the department trimmed', () => {
    expect(
      parseCommandArgs(
        ['u1.xlsx', 'units', '--out', '部门.xlsx', '--year', '2024', '--department', ' 某某局 '],
        CONSOLIDATE_OPTIONS,
        ConsolidateArgs,
      ),
    ).toEqual({ ok: true, args: { positionals: ['u1.xlsx', 'units'], out: '部门.xlsx', year: 2024, department: '某某局' } });
  });

  test('rollover, compare, narrative, demo, template, projects import', () => {
    expect(parseCommandArgs(['a.xlsx', '--out', 'b.xlsx', '--year', '2025'], ROLLOVER_OPTIONS, RolloverArgs)).toEqual({
      ok: true,
      args: { positionals: ['a.xlsx'], out: 'b.xlsx', year: 2025 },
    });
    expect(parseCommandArgs(['a.xlsx', 'b.xlsx'], COMPARE_OPTIONS, CompareArgs)).toEqual({
      ok: true,
      args: { positionals: ['a.xlsx', 'b.xlsx'], json: false },
    });
    expect(parseCommandArgs(['a.xlsx', '--check-sheet', '--previous', 'p.xlsx'], NARRATIVE_OPTIONS, NarrativeArgs)).toEqual({
      ok: true,
      args: { positionals: ['a.xlsx'], previous: 'p.xlsx', 'check-sheet': true, json: false },
    });
    expect(parseCommandArgs([], DEMO_OPTIONS, DemoArgs)).toEqual({ ok: true, args: { positionals: [], out: 'out' } });
    expect(parseCommandArgs(['--edition', 'jiangsu-2019', '--out', 't.xlsx'], TEMPLATE_OPTIONS, TemplateArgs)).toEqual({
      ok: true,
      args: { positionals: [], items: '', economic: '', edition: 'jiangsu-2019', out: 't.xlsx' },
    });
    expect(parseCommandArgs(['l.csv', '--out', 'p.xlsx', '--sheets', 'performance', '--replace'], IMPORT_OPTIONS, ImportArgs)).toEqual({
      ok: true,
      args: { positionals: ['l.csv'], out: 'p.xlsx', sheets: ['performance'], replace: true },
    });
  });
});
