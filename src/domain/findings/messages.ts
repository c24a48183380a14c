// The one catalog of finding wording (zh-CN). Rules and builders refer to messages by id; each entry
// declares the parameters its wording reads, so a finding made without one of them does not compile.

/** The figures every arithmetic check's wording reads (amounts formatted with their unit). */
interface CheckFigures {
  subject: string;
  rightLabel: string;
  actual: string;
  expected: string;
  difference: string;
}

/** Of the figures, the ones a ≥ / ≤ check reads: how far short it falls. */
interface BoundFigures {
  subject: string;
  rightLabel: string;
  actual: string;
  expected: string;
  absDifference: string;
}

/** The root-cause headline: a row to add, or one cell to correct. */
type RootCauseParams =
  | { kind: 'missing-row'; sheet: string; row: number; code: string; name: string; sources: string; values: string; count: number }
  | {
      kind: 'formula' | 'unit' | 'value';
      subject: string;
      cell: string;
      expected: string;
      actual: string;
      difference: string;
      formula: string;
      scale: string;
      count: number;
      alternatives: string;
    };

export const MESSAGES_ZH = {
  'build/unknown-code': (p: { code: string; edition: number; kind: string; name: string }) =>
    `科目编码 ${p.code} 不在 ${p.edition} 年版${p.kind}科目表中，已按原名称“${p.name}”列示`,
  'build/duplicate-code': (p: { table: string; code: string }) => `表“${p.table}”中科目 ${p.code} 重复出现，已合并金额`,
  'build/parent-with-amount': (p: { table: string; code: string }) =>
    `表“${p.table}”中科目 ${p.code} 既有下级科目又直接填列了金额，上级金额应由下级汇总，已忽略直接填列数`,
  'build/unknown-column': (p: { table: string; code: string; column: string }) => `表“${p.table}”科目 ${p.code} 含未知金额列“${p.column}”`,
  'read/bad-amount': (p: { sheet: string; cell: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格的金额“${p.value}”无法识别为数字`,
  'read/formula-error': (p: { sheet: string; cell: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格的公式结果为错误值 ${p.value}`,
  'read/bad-code': (p: { sheet: string; cell: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格的科目编码“${p.value}”格式不正确`,
  'read/row-without-code': (p: { sheet: string; cell: string }) =>
    `工作表“${p.sheet}”第 ${p.cell.replace(/^[A-Z]+/, '')} 行有金额但没有科目编码，未纳入校验`,
  'read/no-header': (p: { sheet: string; cell: string; title: string }) =>
    `工作表“${p.sheet}”${p.cell} 处的“${p.title}”找不到标准表头（科目编码/金额列），该表未读取`,
  'read/hidden-sheet': (p: { sheet: string; state: string; title: string }) =>
    `工作表“${p.sheet}”处于${p.state}状态，其中的“${p.title}”仍已读取并校验；如它不是报送表，请删除或移出工作簿`,
  'read/duplicate-table': (p: { sheet: string; cell: string; title: string }) =>
    `工作表“${p.sheet}”${p.cell} 处的“${p.title}”与前面的同名表重复，仅读取第一张`,
  // compare: reviewer returns (src/domain/compare)
  'compare/table-missing': (p: { title: string; sheet: string }) =>
    `返回稿中找不到报送稿的“${p.title}”（报送稿工作表“${p.sheet}”），该表未比对`,
  'compare/table-added': (p: { title: string; sheet: string }) =>
    `返回稿新增了报送稿没有的“${p.title}”（工作表“${p.sheet}”），该表未逐行比对`,
  'compare/column-missing': (p: { sheet: string; column: string }) => `返回稿工作表“${p.sheet}”缺少“${p.column}”列，该列未比对`,
  'compare/column-added': (p: { sheet: string; column: string }) => `返回稿工作表“${p.sheet}”新增“${p.column}”列，报送稿没有，该列未比对`,
  'compare/changed': (p: { item: string; column: string; before: string; after: string; difference: string }) =>
    `${p.item}“${p.column}”由 ${p.before} 改为 ${p.after}，差额 ${p.difference} 元`,
  'compare/formula-to-value': (p: { item: string; column: string; formula: string; before: string; after: string }) =>
    `${p.item}“${p.column}”原为公式 ${p.formula}（${p.before}），返回稿改为手填数 ${p.after}，不再随下级自动汇总`,
  'compare/value-to-formula': (p: { item: string; column: string; before: string; formula: string; after: string }) =>
    `${p.item}“${p.column}”原为手填数 ${p.before}，返回稿改为公式 ${p.formula}（${p.after}）`,
  'compare/added': (p: { item: string; after: string }) => `新增行 ${p.item}，合计 ${p.after} 元`,
  'compare/removed': (p: { item: string; cell: string; before: string }) => `删除行 ${p.item}（报送稿 ${p.cell}），原合计 ${p.before} 元`,
  'compare/renamed': (p: { code: string; before: string; after: string }) => `${p.code} 名称由“${p.before}”改为“${p.after}”`,
  'compare/table-summary': (p: { sheet: string; count: number; totals: string }) => `${p.sheet}：${p.count} 处修改；${p.totals}`,
  // rollover: next year's workbook from this year's (src/domain/rollover)
  'rollover/no-tables': () => `工作簿中找不到标准预算表（按表头标题识别），无法结转下一年`,
  'rollover/no-year': () => `无法从表头标题识别预算年度，请指定上年年度或目标年度`,
  'rollover/target-not-later': (p: { target: number; source: number }) => `目标年度 ${p.target} 不晚于工作簿的预算年度 ${p.source}，未结转`,
  'rollover/no-department': () => `工作簿中找不到“编制部门”，新工作簿的编制部门为空，请补填`,
  'rollover/moved': (p: {
    from: string;
    fromName: string;
    to: string;
    toName: string;
    fromEdition: number;
    toEdition: number;
    tables: string;
  }) => `${p.from} ${p.fromName} → ${p.to} ${p.toName}（${p.fromEdition} 年版科目调整到 ${p.toEdition} 年版；涉及：${p.tables}）`,
  'rollover/merged': (p: {
    from: string;
    fromName: string;
    to: string;
    toName: string;
    fromEdition: number;
    toEdition: number;
    tables: string;
  }) =>
    `${p.from} ${p.fromName} → 并入 ${p.to} ${p.toName}（${p.fromEdition} 年版科目调整到 ${p.toEdition} 年版，上年数已合并；涉及：${p.tables}）`,
  'rollover/renamed': (p: { from: string; fromName: string; toEdition: number; toName: string; tables: string }) =>
    `${p.from} 名称“${p.fromName}”改为 ${p.toEdition} 年版科目表名称“${p.toName}”（涉及：${p.tables}）`,
  'rollover/unmapped': (p: { basis: string; from: string; fromName: string; toEdition: number; tables: string }) =>
    p.basis
      ? `${p.from} ${p.fromName} 不在 ${p.toEdition} 年版科目表中（${p.basis}），已原样保留，请改列为本部门适用的科目（涉及：${p.tables}）`
      : `${p.from} ${p.fromName} 不在 ${p.toEdition} 年版科目表中，也没有已知的科目调整关系，已原样保留，请人工核对（涉及：${p.tables}）`,
  'rollover/table-dropped': (p: { toEdition: number; table: string; count: number }) =>
    `${p.toEdition} 年版表样没有“${p.table}”，该表 ${p.count} 行未结转`,
  'rollover/extra-sheet-reference': (p: { sheet: string; count: number; cell: string; formula: string }) =>
    `保留的工作表“${p.sheet}”有 ${p.count} 个公式引用了重建的预算表（如 ${p.cell}：${p.formula}），新表的行次可能已变化，请核对这些公式`,
  'rollover/stale-sheet': (p: { sheet: string; source: number; target: number }) =>
    `保留的工作表“${p.sheet}”仍是 ${p.source} 年的内容，请按 ${p.target} 年更新`,
  'rollover/replaced-sheet': (p: { sheet: string; what: string; action: string }) =>
    `原工作表“${p.sheet}”${p.what}，新工作簿中已${p.action}`,
  // consolidate: 主管部门 consolidation of unit workbooks (src/domain/consolidate)
  'consolidate/unit-finding': (p: { file: string; detail: string }) => `单位文件“${p.file}”：${p.detail}`,
  'consolidate/unreadable-file': (p: { file: string; reason: string }) => `单位文件“${p.file}”无法打开：${p.reason}；未纳入汇总`,
  'consolidate/no-tables': (p: { file: string }) => `单位文件“${p.file}”中找不到标准预算表（按表名识别，如“部门收入预算总表”），未纳入汇总`,
  'consolidate/leaf-total-mismatch': (p: { file: string; sheet: string; cell: string; code: string; total: string; parts: string }) =>
    `单位文件“${p.file}”工作表“${p.sheet}”${p.cell}：科目 ${p.code} 的合计 ${p.total} 元不等于各分列之和 ${p.parts} 元，汇总按分列数计入`,
  'consolidate/duplicate-code': (p: { file: string; table: string; row: number; code: string }) =>
    `单位文件“${p.file}”工作表“${p.table}”第 ${p.row} 行：科目 ${p.code} 重复出现，已合并金额`,
  'consolidate/sangong-vehicle-unsplit': (p: { file: string; sheet: string; cell: string; wan: number }) =>
    `单位文件“${p.file}”工作表“${p.sheet}”${p.cell}：公务用车购置及运行费只有小计 ${p.wan} 万元，没有分购置费和运行费，该数未计入汇总，请单位分列填报`,
  'consolidate/no-units': (p: { count: number }) =>
    `${p.count} 个单位文件中没有可以汇总的单位（均无法读取、年度不明或年度不符），未生成汇总表`,
  'consolidate/year-unknown': (p: { file: string; expected: number }) =>
    `单位文件“${p.file}”的表标题中没有预算年度，按 ${p.expected} 年汇总`,
  'consolidate/year-mismatch': (p: { file: string; year: number; expected: number }) =>
    `单位文件“${p.file}”是 ${p.year} 年预算，与汇总年度 ${p.expected} 年不一致，未纳入汇总`,
  'consolidate/edition-mismatch': (p: { file: string; edition: number; year: number; expected: number }) =>
    `单位文件“${p.file}”按 ${p.edition} 年版表样编制，${p.year} 年汇总使用 ${p.expected} 年版表样；金额已按科目编码汇总，请核对科目口径`,
  'consolidate/table-missing': (p: { file: string; table: string }) => `单位文件“${p.file}”中找不到“${p.table}”，该表按无数汇总`,
  'consolidate/department-missing': (p: { count: number; name: string }) =>
    `各单位的编制部门不一致（${p.count} 个不同名称）且未指定主管部门名称，汇总表暂列为“${p.name}”，请指定主管部门名称后重新汇总`,
  'consolidate/duplicate-unit': (p: { file: string; other: string }) =>
    `单位文件“${p.file}”与“${p.other}”的全部金额完全相同，可能是重复报送，请核对（两者均已计入汇总）`,
  'consolidate/name-conflict': (p: { table: string; code: string; names: string; used: string }) =>
    `表“${p.table}”科目 ${p.code} 在各单位中名称不一致：${p.names}；汇总表列为“${p.used}”`,
  'consolidate/level-conflict': (p: { file: string; sheet: string; code: string; yuan: string }) =>
    `单位文件“${p.file}”工作表“${p.sheet}”：科目 ${p.code} 在本单位是末级科目（${p.yuan} 元），其他单位在其下设有明细科目，汇总表中该科目由明细汇总，这笔金额未计入，请单位改填到明细科目`,
  'consolidate/table-not-in-edition': (p: { file: string; sheet: string; edition: number; code: string; yuan: string }) =>
    `单位文件“${p.file}”工作表“${p.sheet}”不在 ${p.edition} 年版表样中，其中科目 ${p.code}（${p.yuan} 元）未计入汇总`,
  // projects: 项目经费情况说明 and 项目支出绩效目标表 (src/domain/projects)
  'projects/build-budget-mismatch': (p: { project: string; sum: string; unit: string; budget: string; difference: string }) =>
    `项目“${p.project}”的子项目合计 ${p.sum} ${p.unit}与填报的当年预算 ${p.budget} ${p.unit}不符（相差 ${p.difference} ${p.unit}），当年预算按填报数列示，未设求和公式`,
  'projects/sub-items-sum': (p: { project: string; budget: string; unit: string; sum: string; difference: string; hint: string }) =>
    `项目“${p.project}”当年预算 ${p.budget} ${p.unit}与子项目金额合计 ${p.sum} ${p.unit}不符，相差 ${p.difference} ${p.unit}${p.hint}`,
  'projects/sub-item-amount-missing': (p: { project: string; item: string }) => `项目“${p.project}”的子项目“${p.item}”未填金额`,
  'projects/budget-missing': (p: { project: string }) => `项目“${p.project}”未填列当年预算`,
  'projects/current-exceeds-total': (p: { project: string; budget: string; unit: string; total: string }) =>
    `项目“${p.project}”当年预算 ${p.budget} ${p.unit}超过项目总预算 ${p.total} ${p.unit}`,
  'projects/cross-sheet-budget': (p: {
    project: string;
    performanceBudget: string;
    explanationAt: string;
    explanationBudget: string;
    difference: string;
  }) =>
    `项目“${p.project}”在绩效目标表中的当年预算 ${p.performanceBudget} 元与${p.explanationAt}的 ${p.explanationBudget} 元不一致，相差 ${p.difference} 元`,
  'projects/total-vs-expenditure': (p: {
    count: number;
    scope: string;
    sum: string;
    total: string;
    difference: string;
    explanation: string;
  }) =>
    `${p.count} 个项目（${p.scope}）的当年预算合计 ${p.sum} 元，与支出预算总表项目支出合计 ${p.total} 元相差 ${p.difference} 元；${p.explanation}`,
  'projects/indicator-level1': (p: { project: string; value: string; allowed: string }) =>
    `项目“${p.project}”的一级指标“${p.value}”不在标准指标体系内（应为${p.allowed}）`,
  'projects/output-level2': (p: { project: string; value: string }) =>
    `项目“${p.project}”产出指标下的二级指标“${p.value}”不规范，应为数量、质量、时效、成本之一`,
  'projects/target-missing': (p: { project: string; indicator: string }) => `项目“${p.project}”的三级指标“${p.indicator}”未填指标目标值`,
  'projects/target-comparator': (p: { project: string; indicator: string; value: string }) =>
    `项目“${p.project}”的三级指标“${p.indicator}”目标值“${p.value}”是定量指标，缺少比较符（=、≥、≤、>、<）`,
  'projects/target-unit': (p: { project: string; indicator: string; value: string }) =>
    `项目“${p.project}”的三级指标“${p.indicator}”目标值“${p.value}”缺少计量单位（如 %、元、人次、天）`,
  'projects/no-indicators': (p: { project: string }) => `项目“${p.project}”没有填列绩效指标`,
  'projects/date-outside-year': (p: { project: string; field: string; value: string; year: number }) =>
    `项目“${p.project}”的${p.field} ${p.value} 不在预算年度 ${p.year} 年内`,
  'projects/date-order': (p: { project: string; start: string; end: string }) =>
    `项目“${p.project}”的计划开始日期 ${p.start} 晚于计划完成日期 ${p.end}`,
  'projects/previous-overrun': (p: { project: string; executed: string; unit: string; previous: string; difference: string }) =>
    `项目“${p.project}”同名项目上年预算执行数 ${p.executed} ${p.unit}高于上年预算额 ${p.previous} ${p.unit}（超出 ${p.difference} ${p.unit}），备注中未作说明`,
  'projects/read-missing-name': (p: { sheet: string; cell: string }) =>
    `工作表“${p.sheet}”${p.cell} 处的项目没有填写项目名称，该项目未读取`,
  'projects/read-bad-date': (p: { sheet: string; cell: string; project: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”的日期“${p.value}”无法识别，应写作 YYYY-MM-DD`,
  'projects/read-bad-flag': (p: { sheet: string; cell: string; project: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”是否含有政府购买服务应填“是”或“否”，实为“${p.value}”`,
  'projects/read-sub-item-without-name': (p: { sheet: string; cell: string; project: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”有一行子项目没有名称，未读取`,
  'projects/read-invalid': (p: { sheet: string; cell: string; project: string; detail: string }) =>
    `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”${p.detail}`,
  'projects/import-invalid': (p: { index: number; project: string; path: string; detail: string }) =>
    `项目清单${p.index ? `第 ${p.index} 个项目` : ''}“${p.project}”${p.path ? ` 字段 ${p.path}` : ''}：${p.detail}`,
  'projects/import-bad-amount': (p: { project: string; field: string; value: string }) =>
    `项目清单中项目“${p.project}”的${p.field}“${p.value}”无法识别为金额`,
  'projects/import-bad-date': (p: { project: string; field: string; value: string }) =>
    `项目清单中项目“${p.project}”的${p.field}“${p.value}”无法识别为日期，应写作 YYYY-MM-DD`,
  'projects/csv-bad-row': (p: { line: number; detail: string }) => `项目清单 CSV 第 ${p.line} 行：${p.detail}`,
  'projects/text-row-repaired': (p: { line: number; reading: string }) => `绩效目标表文本第 ${p.line} 行少了前导空列，已读作：${p.reading}`,
  'projects/text-unrecognized': (p: { line: number; value: string }) => `绩效目标表文本第 ${p.line} 行无法识别，已跳过：${p.value}`,
  'projects/text-bad-amount': (p: { line: number; project: string; field: string; value: string }) =>
    `绩效目标表文本第 ${p.line} 行：项目“${p.project}”的${p.field}“${p.value}”无法识别为金额`,
  'projects/text-bad-date': (p: { line: number; project: string; field: string; value: string }) =>
    `绩效目标表文本第 ${p.line} 行：项目“${p.project}”的${p.field}“${p.value}”无法识别为日期`,
  // read: more reader findings (src/domain/read)
  'read/no-tables': (p: { sheets: number; names: string }) =>
    `工作簿的 ${p.sheets} 张工作表${p.names ? `（${p.names}）` : ''}中没有找到标准预算表（按表名识别：上海市 2020/2024 年版九张表，如“2024年部门收入预算总表”；江苏省 2019 年版十二张公开表，如“财政拨款支出预算表（功能科目）”）`,
  'read/uncalculated': (p: { sheet: string; cell: string; formula: string }) =>
    `工作表“${p.sheet}”${p.cell} 的公式 ${p.formula} 没有保存计算结果，本工具也无法计算，已按空白处理；请在 Excel 或 WPS 中打开并保存后再校验`,
  'read/catalog-row': (p: { problem: string }) => `“科目表”工作表：${p.problem}`,
  'read/edition': (p: { edition: string; count: number; of: number }) => `识别为${p.edition}：读取 ${p.count} / ${p.of} 张表（按表名识别）`,
  'read/edition-tables-missing': (p: { edition: string; tables: string }) => `按${p.edition}，工作簿中缺少 ${p.tables}`,
  'read/mixed-editions': (p: { mine: string; edition: string; sheets: string }) =>
    `工作簿混用了两种表样：${p.mine ? `${p.mine}是${p.edition}，` : ''}${p.sheets}中的是另一版本（上海市九张表）的标准表；只按${p.edition}读取校验，请把两种表分开报送`,
  // check: reconciliation rules (src/domain/check); amounts arrive formatted with their unit
  rounding: (p: CheckFigures & { children: number; tolerance: string }) =>
    `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}，未超过 ${p.children} 项 × 每项尾差限额（共 ${p.tolerance}），属四舍五入形成的尾差`,
  'tree-sum': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'total-sum': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'row-identity': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'summary-identity': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'sangong-identity': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'summary-balance': (p: CheckFigures) => `${p.subject} ${p.actual} 不等于${p.rightLabel} ${p.expected}，收支不平，相差 ${p.difference}`,
  'income-vs-expenditure': (p: CheckFigures & { missing: string }) =>
    `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}${p.missing}`,
  'fiscal-funds': (p: CheckFigures & { missing: string }) =>
    `${p.subject}为 ${p.actual}，应等于${p.rightLabel}之和 ${p.expected}，相差 ${p.difference}${p.missing}`,
  'expenditure-vs-funds': (p: BoundFigures & { missing: string }) =>
    `${p.subject}为 ${p.actual}，小于${p.rightLabel}之和 ${p.expected}（少 ${p.absDifference}）；支出预算总表包含全部资金来源，不应小于其中的财政拨款部分${p.missing}`,
  'finance-summary-vs-tables': (p: CheckFigures) =>
    `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}`,
  'fiscal-summary-vs-tables': (p: CheckFigures) =>
    `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}`,
  'economic-vs-general-public': (p: CheckFigures) =>
    `${p.subject}为 ${p.actual}，应等于${p.rightLabel} ${p.expected}，相差 ${p.difference}`,
  'sangong-vs-economic': (p: BoundFigures) =>
    `${p.subject} ${p.actual} 小于${p.rightLabel} ${p.expected}（少 ${p.absDifference}）。“三公”经费含基本支出和项目支出，经济分类表只列一般公共预算基本支出，“三公”数可以大于、但不应小于其中的基本支出数，请核对两表口径`,
  'office-operation': (p: BoundFigures) =>
    `${p.subject} ${p.actual} 大于${p.rightLabel} ${p.expected}（超出 ${p.absDifference}）。机关运行经费是一般公共预算基本支出中的日常公用经费，不应超过公用经费合计，请核对`,
  'code-unknown': (
    p:
      | { partial: 1; code: string; name: string }
      | { partial: 0; code: string; name: string; source: string; edition: number; kind: string },
  ) =>
    p.partial === 1
      ? `未收录于内置科目表：${p.code} ${p.name}（请导入当年官方科目表核对）`
      : `科目编码 ${p.code}（${p.name}）不在${p.source} ${p.edition} 年${p.kind}科目表中；如确为当年有效科目，请导入官方科目表后再校验`,
  'code-name': (p: { name: string; code: string; official: string; lastEdition?: number; edition: number }) =>
    p.name === ''
      ? `科目 ${p.code} 没有填写科目名称，科目表名称为“${p.official}”`
      : p.lastEdition !== undefined
        ? `科目 ${p.code} 的名称“${p.name}”是 ${p.lastEdition} 年及以前的科目名称，${p.edition} 年科目表名称为“${p.official}”`
        : `科目 ${p.code} 的名称“${p.name}”与 ${p.edition} 年科目表名称“${p.official}”不一致`,
  'code-parent': (p: { code: string; name: string; parent: string; parentName: string }) =>
    `科目 ${p.code}（${p.name}）的上级科目 ${p.parent}${p.parentName ? ` ${p.parentName}` : ''} 没有列在表中；上级科目应单列一行并等于其下级之和`,
  'code-duplicate': (p: { code: string; name: string; firstRow: number }) =>
    `科目 ${p.code}（${p.name}）重复出现，第 ${p.firstRow} 行已有该科目`,
  'code-order': (p: { code: string; name: string; previousRow: number; previous: string }) =>
    `科目 ${p.code}（${p.name}）排在第 ${p.previousRow} 行的 ${p.previous} 之后，未按科目编码顺序排列`,
  'amount-negative': (p: { what: string; amount: string }) => `${p.what}为负数 ${p.amount}，预算数不应为负`,
  'amount-decimals': (p: { what: string; value: string; unit: string; decimals: number }) =>
    `${p.what}的金额 ${p.value}${p.unit} 超过 ${p.decimals} 位小数（精确到分以下），显示和打印的数与合计可能对不上`,
  'amount-text': (p: { what: string; amount: string }) => `${p.what}的金额 ${p.amount} 以文本形式存放，本表的求和公式会忽略它；请改为数值`,
  'unit-scale': (p: { what: string; amount: string; detail: string }) => `${p.what}为 ${p.amount}，${p.detail}，疑似元与万元混用`,
  'formula-typed-over': (p: { what: string; amount: string; others: string; formula: string }) =>
    `${p.what}是手工填入的数值 ${p.amount}，不是公式；同表其他${p.others}都是公式，手工数不会随明细变化，建议恢复公式 ${p.formula}`,
  'fix/restore-formula': (p: { sheet: string; cell: string; formula: string; old: string }) =>
    `在“${p.sheet}”${p.cell} 恢复公式 ${p.formula}（原为${p.old}）`,
  'fix/insert-parent': (p: { sheet: string; row: number; code: string; name: string }) =>
    `在“${p.sheet}”第 ${p.row} 行前插入上级科目 ${p.code} ${p.name}，金额为其下级之和`,
  'summary-breakdown-blank': (p: { sheet: string; parent: string; amount: string; subs: string }) =>
    `“${p.sheet}”${p.parent}为 ${p.amount}，其下${p.subs}均未填列（只在上级行列了数）；不是求和错误，如需公开资金来源明细请逐项填写`,
  'empty-table-note': (p: { sheet: string; note: string; figures: string }) =>
    `“${p.sheet}”的表注称“${p.note}”，但表中列有数字（${p.figures}），表注与表中数字不符，请核对`,
  // check: province-edition rules — labelled figures, outline tables, cross-table ties (src/domain/check/rules)
  'form-identity': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'table-tie': (p: CheckFigures & { why: string }) =>
    `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}（${p.why}）`,
  'table-bound': (p: BoundFigures & { relation: 'ge' | 'le'; why: string }) =>
    `${p.subject} ${p.actual} ${p.relation === 'ge' ? '小于' : '大于'}${p.rightLabel} ${p.expected}（${p.relation === 'ge' ? '少' : '多'} ${p.absDifference}）；${p.why}，请核对两表口径`,
  'outline-sum': (p: CheckFigures) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'catalog/edition-before-first': (p: { year: number; edition: number }) =>
    `预算年度 ${p.year} 年早于内置科目表最早的 ${p.edition} 年版，科目按 ${p.edition} 年版核对；请导入当年官方科目表`,
  // root cause: one wrong number and the findings that follow from it (src/domain/check/rootCause.ts)
  'root-cause': (p: RootCauseParams) => {
    if (p.kind === 'missing-row')
      return `请在“${p.sheet}”第 ${p.row} 行补列科目 ${p.code} ${p.name}（${p.sources}中有该科目）：${p.values}；改正后，下列 ${p.count} 项问题随之消除`;
    const where = `${p.subject}（${p.cell}）`;
    const head =
      p.kind === 'formula'
        ? `请把${where}恢复为公式 ${p.formula}：应为 ${p.expected}，现为手填数 ${p.actual}，相差 ${p.difference}`
        : p.kind === 'unit'
          ? `请把${where}改为 ${p.expected}：现为 ${p.actual}，是应有数${p.scale}，疑似元与万元混用`
          : `请把${where}改为 ${p.expected}：现为 ${p.actual}，相差 ${p.difference}`;
    const alt = p.alternatives ? `（同一差额也可能出自${p.alternatives}，请一并核对）` : '';
    return `${head}${alt}；改正后，下列 ${p.count} 项问题随之消除`;
  },
  // narrative: 编制说明 generated from the tables (src/domain/narrative)
  'narrative/no-year': () => `无法从表头标题识别预算年度（如“2024年部门收入预算总表”），编制说明未生成`,
  'narrative/no-department': () => `找不到编制部门（表头“编制部门：”），请在说明素材“部门名称”中填写；含部门名称的段落未生成`,
  'narrative/missing-figure': (p: { section: string; figures: string }) =>
    `“${p.section}”需要${p.figures}，工作簿中没有相应的表或行，该段未生成`,
  'narrative/missing-material': (p: { inputs: string; cells: string; section: string; effect: string }) =>
    `说明素材未填写${p.inputs}${p.cells ? `（${p.cells}）` : ''}，“${p.section}”${p.effect}`,
  'narrative/missing-reason': (p: { item: string; prevYear: number; direction: string; diff: string; cell: string; sheet: string }) =>
    `${p.item}比${p.prevYear}年预算${p.direction}${p.diff}，说明素材未填写原因${p.cell ? `（工作表“${p.sheet}”${p.cell}）` : ''}，编制说明中未写“主要原因是……”`,
  'narrative/rounding': (p: { total: string; totalShown: string; parts: string; partsShown: string; diffShown: string }) =>
    `编制说明中${p.total}为${p.totalShown}，${p.parts}各自四舍五入后合计${p.partsShown}，相差${p.diffShown}；这是四舍五入造成的尾差，表内数据相符，可照此发布或在文中注明`,
  'narrative/parts-mismatch': (p: { total: string; totalExact: string; parts: string; partsExact: string }) =>
    `${p.total}（${p.totalExact}元）不等于${p.parts}之和（${p.partsExact}元），编制说明照表列示，请先核对表格`,
  'narrative/purpose-from-name': (p: { name: string; code: string; text: string }) =>
    `“${p.name}”（${p.code}）科目在科目说明和说明素材中都没有“主要用于”用语，已按科目名称写作“${p.text}”，可在说明素材“七、财政拨款支出主要用途”中改写`,
  'narrative/unused-purpose': (p: { code: string }) => `说明素材中科目 ${p.code} 的“主要用于”用语未使用：本年财政拨款支出没有该“类”`,
  'narrative/bad-material': (p: { sheet: string; cell: string; label: string; value: string; expected: string }) =>
    `工作表“${p.sheet}”${p.cell}（${p.label}）的值“${p.value}”不是${p.expected}，未采用`,
  'narrative/bad-previous': (p: { sheet: string; cell: string; label: string; value: string }) =>
    `工作表“${p.sheet}”${p.cell}（${p.label}）的上年数“${p.value}”无法识别，未采用`,
  'narrative/previous-year': (p: { previousYear: number; year: number }) =>
    `上年数的年度为 ${p.previousYear} 年，本年预算为 ${p.year} 年，不是上一年，比较可能有误`,
  'narrative/previous-inconsistent': (p: {
    total: string;
    totalShown: string;
    parts: string;
    partsShown: string;
    sheet: string;
    cell: string;
  }) => `上年数中${p.total}${p.totalShown}不等于${p.parts}之和${p.partsShown}，请核对工作表“${p.sheet}”${p.cell}`,
  'narrative/no-previous': () => `没有上年数（上年数工作表或上年工作簿），编制说明中不写与上年预算的比较`,
  'narrative/no-materials': (p: { sheet: string }) =>
    `工作簿中没有“${p.sheet}”工作表，“三公”经费增减原因、政府采购、绩效目标、国有资产等内容无法生成；请先添加该表并填写`,
  'narrative/procurement-exceeds': (p: {
    part: string;
    partShown: string;
    whole: string;
    wholeShown: string;
    sheet: string;
    cell: string;
  }) => `${p.part}（${p.partShown}元）大于${p.whole}（${p.wholeShown}元），请核对工作表“${p.sheet}”${p.cell}`,
  'narrative/performance-exceeds-project': (p: { funds: string; project: string; projectSource: string }) =>
    `绩效目标涉及项目预算资金${p.funds}大于项目支出预算${p.project}（${p.projectSource}），请核对`,
  'narrative/vehicles-without-purchase': (p: { vehicles: number }) =>
    `说明素材中本年预算安排购置车辆 ${p.vehicles} 辆，但“三公”经费中公务用车购置费为 0，请核对`,
  'narrative/purchase-without-vehicles': (p: { purchase: string }) =>
    `“三公”经费中公务用车购置费${p.purchase}，但说明素材中本年预算安排购置车辆为 0 辆，请核对`,
  'narrative-check/figure-mismatch': (p: { where: string; claim: string; stated: string; expected: string; source: string }) =>
    `${p.where}“${p.claim}”写作${p.stated}，按表应为${p.expected}（${p.source}）`,
  'narrative-check/comparison-mismatch': (p: { where: string; item: string; stated: string; expected: string }) =>
    `${p.where}${p.item}写作“${p.stated}”，按本年数和上年数应为“${p.expected}”`,
  'narrative-check/no-previous': (p: { where: string; items: string; count: number }) =>
    `${p.where}${p.items ? `${p.items}等` : ''}共 ${p.count} 处与上年的比较没有对应的上年数，未能核对`,
  'narrative-check/missing-reason': (p: { where: string; item: string; stated: string }) =>
    `${p.where}${p.item}${p.stated}，未说明原因（应写“主要原因是……”）`,
  'narrative-check/unrecognised': (p: { where: string; context: string; stated: string }) =>
    `${p.where}“${p.context}”中的${p.stated}对应不到表中的数，未核对`,
  'narrative-check/count-mismatch': (p: { where: string; claim: string; stated: string; expected: string; source: string }) =>
    `${p.where}“${p.claim}”写作${p.stated}，说明素材中为${p.expected}（${p.source}）`,
  'narrative-check/project-items': (p: { where: string; total: string; items: string }) =>
    `${p.where}项目预算${p.total}，所列明细合计${p.items}，两者不相等`,
  'narrative/purpose-default': (p: { name: string; code: string; text: string }) =>
    `“${p.name}”（${p.code}）的“主要用于”用语取自科目说明：“${p.text}”，请核对是否符合本部门实际，可在说明素材“七、财政拨款支出主要用途”中改写`,
  'narrative/bad-list-choice': (p: { label: string; value: string; choices: string; cell: string; sheet: string }) =>
    `说明素材“${p.label}”填写为“${p.value}”，不是可选的写法（${p.choices}）之一，已按默认写法生成${p.cell ? `（工作表“${p.sheet}”${p.cell}）` : ''}`,
  'narrative-check/figure-truncated': (p: {
    where: string;
    claim: string;
    stated: string;
    exact: string;
    source: string;
    expected: string;
  }) => `${p.where}“${p.claim}”写作${p.stated}，表中为${p.exact}（${p.source}），四舍五入应为${p.expected}：疑为截尾而非四舍五入`,
  'narrative-check/figure-more-decimals': (p: { where: string; claim: string; stated: string; expected: string; source: string }) =>
    `${p.where}“${p.claim}”写作${p.stated}，小数位多于本节其他数字；按表为${p.expected}（${p.source}）`,
  'narrative-check/figure-fewer-decimals': (p: {
    where: string;
    claim: string;
    stated: string;
    expected: string;
    source: string;
    exact: string;
  }) => `${p.where}“${p.claim}”写作${p.stated}，本节其他数字保留到${p.expected}的位数，按表应为${p.expected}（${p.source}，${p.exact}）`,
  'narrative-check/unknown-line': (p: { where: string; name: string }) =>
    `${p.where}“${p.name}”科目在本年财政拨款支出中找不到，其金额未核对`,
  'narrative-check/ambiguous-line': (p: { where: string; name: string; candidates: string }) =>
    `${p.where}“${p.name}”在本年财政拨款支出中有多个科目（${p.candidates}），请写出完整科目路径或编码，其金额未核对`,
  'narrative-check/line-path': (p: { where: string; written: string; table: string }) =>
    `${p.where}科目写作“${p.written}”，与表中科目“${p.table}”不符，金额按该科目核对`,
  'narrative-check/list-incomplete': (p: { where: string; lines: string }) => `${p.where}财政拨款支出主要内容未列出：${p.lines}`,
  'narrative-check/no-previous-text': (p: { count: number }) =>
    `编制说明中有 ${p.count} 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对`,
  'narrative-check/rate-from-zero': (p: { where: string; item: string; stated: string }) =>
    `${p.where}${p.item}上年为 0，“${p.stated}”的增减率无从计算，请核对写法`,
  'narrative-check/rate-arithmetic': (p: { where: string; item: string; stated: string; expected: string }) =>
    `${p.where}${p.item}写作“${p.stated}”，按文中所列本年数和上年执行数应为“${p.expected}”`,
  'narrative-check/text-sum': (p: { where: string; total: string; stated: string; parts: string; sum: string }) =>
    `${p.where}${p.total}写作${p.stated}，文中所列${p.parts}之和为${p.sum}，两者不符`,
  'narrative-check/text-exceeds': (p: { where: string; part: string; partShown: string; whole: string; wholeShown: string }) =>
    `${p.where}${p.part}${p.partShown}大于${p.whole}${p.wholeShown}，请核对`,
  'narrative-check/performance-exceeds-project': (p: { where: string; stated: string; project: string; source: string }) =>
    `${p.where}绩效目标涉及项目预算资金${p.stated}大于项目支出预算${p.project}（${p.source}），请核对`,
  'narrative-check/vehicle-sum': (p: { where: string; stated: string; sum: number }) =>
    `${p.where}“${p.stated}”与所列各类车辆之和 ${p.sum} 辆不符`,
} as const satisfies Readonly<Record<string, (p: never) => string>>;

export type MessageId = keyof typeof MESSAGES_ZH;

type ParamsOf<K extends MessageId> = Parameters<(typeof MESSAGES_ZH)[K]> extends [infer P] ? P : NoParams;

/** Boxed so that only a union of ids is intersected, not the alternatives one message accepts. */
type BoxedIntersection<U> = (U extends unknown ? (box: U) => void : never) extends (box: infer I) => void ? I : never;

/**
 * The parameters the wording of `K` reads; `{}` for a message that reads none. For a union of ids
 * (one picked at run time) they must suit every one of them.
 */
export type MessageParams<K extends MessageId> =
  BoxedIntersection<K extends MessageId ? { p: ParamsOf<K> } : never> extends { p: infer P } ? P : never;

type NoParams = Readonly<Record<string, never>>;

/** A message without parameters may be rendered without an argument. */
type ParamsArg<K extends MessageId> = NoParams extends MessageParams<K> ? [params?: MessageParams<K>] : [params: MessageParams<K>];

export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(MESSAGES_ZH, id);
}

export function renderMessage<K extends MessageId>(id: K, ...[params]: ParamsArg<K>): string {
  if (!isMessageId(id)) throw new RangeError(`renderMessage: 未登记的消息编号: ${String(id)}`);
  // The catalog is a record of differently typed functions; the id ties this one to its parameters.
  const m = MESSAGES_ZH[id] as (p: MessageParams<K> | NoParams) => string;
  return m(params ?? {});
}

/** Parameters as a finding keeps them: an optional parameter left out is absent, not `undefined`. */
export function definedParams(params: Readonly<Record<string, string | number | undefined>>): Readonly<Record<string, string | number>> {
  const kept: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) kept[k] = v;
  return kept;
}

/** `Omit` that keeps the alternatives of a union of parameter shapes apart. */
type OmitEach<T, D extends PropertyKey> = T extends unknown ? Omit<T, D> : never;

/** What a finding helper's caller gives: the parameters of `K` besides those the helper fills in (`D`). */
export type ParamsBesides<K extends MessageId, D extends PropertyKey> = OmitEach<MessageParams<K>, D>;

/** A finding's `params` and `message`: the parameters kept as data (string and number values) and the wording. */
export interface Worded {
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/**
 * The wording of `id` from the parameters a helper fills in (its place: sheet, cell, file) and the
 * caller's. The caller's type lacks exactly the keys of `filled`. The finding keeps all of them, or
 * with `keep: 'given'` only the caller's.
 */
export function worded<K extends MessageId, F extends Readonly<Record<string, string | number>>>(
  id: K,
  filled: F,
  params: ParamsBesides<K, keyof F>,
  keep: 'all' | 'given' = 'all',
): Worded {
  const given = definedParams(params);
  // Every parameter of `K`: the filled ones and the caller's (an absent optional one stays absent).
  const all = { ...filled, ...given };
  const message = (MESSAGES_ZH[id] as (p: Readonly<Record<string, string | number>>) => string)(all);
  return { params: keep === 'all' ? all : given, message };
}

/** The ids worded as an arithmetic check: they read the check's figures (rule tests hold each rule to its wording). */
export type CheckMessageId = {
  [K in MessageId]: MessageParams<K> extends CheckFigures | BoundFigures ? K : never;
}[MessageId];

/** The figures of a failed check, formatted with their unit, as `findingOf` fills them in. */
export interface CheckFigureParams extends CheckFigures, BoundFigures {
  children: number;
  tolerance: string;
}

/**
 * What an arithmetic check says besides its figures: what is compared with what, and what some of
 * the check wordings add (a missing row, why two tables tie, which way a bound goes). Other keys are
 * kept with the finding as data.
 */
export type CheckWording = {
  readonly subject?: string;
  readonly rightLabel: string;
  readonly missing?: string;
  readonly why?: string;
  readonly relation?: 'ge' | 'le';
} & { readonly [key: string]: string | number | undefined };

/** The wording of a failed arithmetic check. */
export function renderCheckMessage(id: CheckMessageId, params: CheckFigureParams & CheckWording): string {
  // Every check wording reads a subset of these parameters; which optional ones it needs is the rule's to give.
  return (MESSAGES_ZH[id] as (p: CheckFigureParams & CheckWording) => string)(params);
}
