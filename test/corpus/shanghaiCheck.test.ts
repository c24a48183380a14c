import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import type { Finding } from '../../src/domain/findings/finding';
import { corpusSnapshots, FINANCE_BUREAU, PUTUO_OFFICE_DEPT, PUTUO_OFFICE_UNIT, WANLI_2024, WANLI_2025 } from './support/corpus';

// `budget check` on the five Shanghai corpus workbooks (the published documents transcribed as
// printed). A correct document gives 0 errors and 0 warnings; each real inconsistency, found by
// hand in the text first, is asserted with the line it comes from.
//
// Code rules (code-unknown / code-name / code-parent) belong to the catalog: the corpus prints
// codes of the 2024 功能分类 edition that the built-in catalog may not list yet. Those findings are
// asserted to be only for codes the documents really print and the official catalog has; the
// rest of the report is asserted exactly.

const CATALOG_RULES = new Set(['code-unknown', 'code-name', 'code-parent']);

/** Codes printed in the corpus that are valid 2024/2025 功能分类 codes (官方科目表: 公共法律服务, 其他公共安全支出 …). */
const VALID_CODES_IN_CORPUS = new Set(['2040607', '2049999', '2060702', '2070308', '2120104', '2120399', '2120501', '2129999']);

interface Expected {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly sheet: string;
  readonly cell: string;
  readonly code?: string;
  readonly column?: string;
  readonly message?: RegExp;
}

async function report(name: string) {
  const { findings } = checkSnapshots(await corpusSnapshots(name));
  const catalog = findings.filter((f) => CATALOG_RULES.has(f.rule));
  const rest = findings.filter((f) => !CATALOG_RULES.has(f.rule));
  return { catalog, rest };
}

function shape(f: Finding): Expected {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet ?? '',
    cell: f.cell ?? '',
    ...(f.code !== undefined ? { code: f.code } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
  };
}

function counts(fs: ReadonlyArray<{ readonly severity: Finding['severity'] }>) {
  return {
    errors: fs.filter((f) => f.severity === 'error').length,
    warnings: fs.filter((f) => f.severity === 'warning').length,
    infos: fs.filter((f) => f.severity === 'info').length,
  };
}

const CASES: ReadonlyArray<{ name: string; expected: readonly Expected[] }> = [
  {
    name: WANLI_2024,
    expected: [
      {
        // Line 791 prints the 三公 figures (合计 47.91 万元, 机关运行经费 443.18 万元); line 794 under
        // them: "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
        rule: 'empty-table-note',
        severity: 'warning',
        sheet: '部门“三公”经费和机关运行费预算表',
        cell: 'A8',
        message: /表注称“本部门2024年无“三公”经费和机关运行经费预算，故本表为空表”，但表中列有数字（A7 为 47.91 万元）/,
      },
    ],
  },
  {
    name: WANLI_2025,
    // Lines 276, 414, 599: 212 01 城乡社区管理事务 94,995,790 in 收入/支出/一般公共预算 tables; its 项
    // (17,887,739 + 17,464,243 + 6,522,681 + 53,121,126) and its 基本支出 + 项目支出 (77,381,546 +
    // 17,614,243) both give 94,995,789: a 1 元 尾差 in the printed 款 (212 itself adds up).
    expected: [
      {
        rule: 'rounding',
        severity: 'info',
        sheet: '部门收入总表',
        cell: 'E58',
        code: '21201',
        column: '合计',
        message: /下级各项之和为 94,995,789 元，相差 1 元/,
      },
      { rule: 'rounding', severity: 'info', sheet: '部门收入总表', cell: 'F58', code: '21201', column: '财政拨款收入' },
      { rule: 'rounding', severity: 'info', sheet: '部门支出总表', cell: 'E58', code: '21201', column: '合计', message: /下级各项之和/ },
      {
        rule: 'rounding',
        severity: 'info',
        sheet: '部门支出总表',
        cell: 'E58',
        code: '21201',
        column: '合计',
        message: /基本支出\+项目支出为 94,995,789 元/,
      },
      {
        rule: 'rounding',
        severity: 'info',
        sheet: '部门一般公共预算拨款表',
        cell: 'E67',
        code: '21201',
        column: '合计',
        message: /下级各项之和/,
      },
      {
        rule: 'rounding',
        severity: 'info',
        sheet: '部门一般公共预算拨款表',
        cell: 'E67',
        code: '21201',
        column: '合计',
        message: /基本支出\+项目支出/,
      },
    ],
  },
  // 元 with cents, blank cells, 三公 in 万元 rounded (213.28 for 2,132,777.54 元): nothing to report.
  { name: PUTUO_OFFICE_DEPT, expected: [] },
  // The 单位 layout: 单位收支总表 with 合计 | 人员经费 | 公用经费 | 项目支出, all of it consistent.
  { name: PUTUO_OFFICE_UNIT, expected: [] },
  {
    name: FINANCE_BUREAU,
    // Line 270: 302 商品和服务支出 24,840,779; its 款 (lines 271–292) add up to 24,840,778 (1 元 尾差,
    // in 合计 and 公用经费 alike). The 合计 row (line 301: 公用经费 25,177,779) is built on the printed 302.
    expected: [
      {
        rule: 'rounding',
        severity: 'info',
        sheet: '单位一般公共预算拨款基本支出明细表',
        cell: 'D20',
        code: '302',
        column: '合计',
        message: /302 商品和服务支出【合计】为 24,840,779 元，下级各款之和为 24,840,778 元，相差 1 元/,
      },
      { rule: 'rounding', severity: 'info', sheet: '单位一般公共预算拨款基本支出明细表', cell: 'F20', code: '302', column: '公用经费' },
    ],
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))('budget check: %s', (name, c) => {
  test('findings are exactly the real inconsistencies of the document', async () => {
    const { rest } = await report(name);
    expect(rest.map(shape)).toEqual(c.expected.map((e) => shape({ ...e, params: {}, message: '' })));
    c.expected.forEach((e, i) => {
      if (e.message) expect(rest[i]?.message).toMatch(e.message);
    });
  });

  test('0 errors; warnings only where the document contradicts itself', async () => {
    const { rest } = await report(name);
    expect(counts(rest)).toEqual(counts(c.expected));
    expect(counts(rest).errors).toBe(0);
  });

  test('code findings only for codes the document prints and the official catalog has', async () => {
    const { catalog } = await report(name);
    for (const f of catalog) {
      expect(f.rule).toBe('code-unknown');
      expect(VALID_CODES_IN_CORPUS.has(f.code ?? '')).toBe(true);
    }
  });
});
