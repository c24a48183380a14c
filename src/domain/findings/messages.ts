// The one catalog of finding wording (zh-CN). Rules and builders refer to messages by id.

type Params = Readonly<Record<string, string | number>>;

const MESSAGES_ZH: Readonly<Record<string, (p: Params) => string>> = {
  'build/unknown-code': (p) => `科目编码 ${p.code} 不在 ${p.edition} 年版${p.kind}科目表中，已按原名称“${p.name}”列示`,
  'build/duplicate-code': (p) => `表“${p.table}”中科目 ${p.code} 重复出现，已合并金额`,
  'build/parent-with-amount': (p) => `表“${p.table}”中科目 ${p.code} 既有下级科目又直接填列了金额，上级金额应由下级汇总，已忽略直接填列数`,
  'build/unknown-column': (p) => `表“${p.table}”科目 ${p.code} 含未知金额列“${p.column}”`,
  'read/bad-amount': (p) => `工作表“${p.sheet}”${p.cell} 单元格的金额“${p.value}”无法识别为数字`,
  'read/formula-error': (p) => `工作表“${p.sheet}”${p.cell} 单元格的公式结果为错误值 ${p.value}`,
  'read/bad-code': (p) => `工作表“${p.sheet}”${p.cell} 单元格的科目编码“${p.value}”格式不正确`,
  'read/row-without-code': (p) => `工作表“${p.sheet}”第 ${String(p.cell).replace(/^[A-Z]+/, '')} 行有金额但没有科目编码，未纳入校验`,
  'read/no-header': (p) => `工作表“${p.sheet}”${p.cell} 处的“${p.title}”找不到标准表头（科目编码/金额列），该表未读取`,
  'read/hidden-sheet': (p) => `工作表“${p.sheet}”处于${p.state}状态，其中的“${p.title}”仍已读取并校验；如它不是报送表，请删除或移出工作簿`,
  'read/duplicate-table': (p) => `工作表“${p.sheet}”${p.cell} 处的“${p.title}”与前面的同名表重复，仅读取第一张`,
  // compare: reviewer returns (src/domain/compare)
  'compare/table-missing': (p) => `返回稿中找不到报送稿的“${p.title}”（报送稿工作表“${p.sheet}”），该表未比对`,
  'compare/table-added': (p) => `返回稿新增了报送稿没有的“${p.title}”（工作表“${p.sheet}”），该表未逐行比对`,
  'compare/column-missing': (p) => `返回稿工作表“${p.sheet}”缺少“${p.column}”列，该列未比对`,
  'compare/column-added': (p) => `返回稿工作表“${p.sheet}”新增“${p.column}”列，报送稿没有，该列未比对`,
  'compare/changed': (p) => `${p.item}“${p.column}”由 ${p.before} 改为 ${p.after}，差额 ${p.difference} 元`,
  'compare/formula-to-value': (p) =>
    `${p.item}“${p.column}”原为公式 ${p.formula}（${p.before}），返回稿改为手填数 ${p.after}，不再随下级自动汇总`,
  'compare/value-to-formula': (p) => `${p.item}“${p.column}”原为手填数 ${p.before}，返回稿改为公式 ${p.formula}（${p.after}）`,
  'compare/added': (p) => `新增行 ${p.item}，合计 ${p.after} 元`,
  'compare/removed': (p) => `删除行 ${p.item}（报送稿 ${p.cell}），原合计 ${p.before} 元`,
  'compare/renamed': (p) => `${p.code} 名称由“${p.before}”改为“${p.after}”`,
  'compare/table-summary': (p) => `${p.sheet}：${p.count} 处修改；${p.totals}`,
  // rollover: next year's workbook from this year's (src/domain/rollover)
  'rollover/no-tables': () => `工作簿中找不到标准预算表（按表头标题识别），无法结转下一年`,
  'rollover/no-year': () => `无法从表头标题识别预算年度，请指定上年年度或目标年度`,
  'rollover/target-not-later': (p) => `目标年度 ${p.target} 不晚于工作簿的预算年度 ${p.source}，未结转`,
  'rollover/no-department': () => `工作簿中找不到“编制部门”，新工作簿的编制部门为空，请补填`,
  'rollover/moved': (p) =>
    `${p.from} ${p.fromName} → ${p.to} ${p.toName}（${p.fromEdition} 年版科目调整到 ${p.toEdition} 年版；涉及：${p.tables}）`,
  'rollover/merged': (p) =>
    `${p.from} ${p.fromName} → 并入 ${p.to} ${p.toName}（${p.fromEdition} 年版科目调整到 ${p.toEdition} 年版，上年数已合并；涉及：${p.tables}）`,
  'rollover/renamed': (p) => `${p.from} 名称“${p.fromName}”改为 ${p.toEdition} 年版科目表名称“${p.toName}”（涉及：${p.tables}）`,
  'rollover/unmapped': (p) =>
    p.basis
      ? `${p.from} ${p.fromName} 不在 ${p.toEdition} 年版科目表中（${p.basis}），已原样保留，请改列为本部门适用的科目（涉及：${p.tables}）`
      : `${p.from} ${p.fromName} 不在 ${p.toEdition} 年版科目表中，也没有已知的科目调整关系，已原样保留，请人工核对（涉及：${p.tables}）`,
  'rollover/table-dropped': (p) => `${p.toEdition} 年版表样没有“${p.table}”，该表 ${p.count} 行未结转`,
  'rollover/extra-sheet-reference': (p) =>
    `保留的工作表“${p.sheet}”有 ${p.count} 个公式引用了重建的预算表（如 ${p.cell}：${p.formula}），新表的行次可能已变化，请核对这些公式`,
  'rollover/stale-sheet': (p) => `保留的工作表“${p.sheet}”仍是 ${p.source} 年的内容，请按 ${p.target} 年更新`,
  'rollover/replaced-sheet': (p) => `原工作表“${p.sheet}”${p.what}，新工作簿中已${p.action}`,
  // consolidate: 主管部门 consolidation of unit workbooks (src/domain/consolidate)
  'consolidate/unit-finding': (p) => `单位文件“${p.file}”：${p.detail}`,
  'consolidate/unreadable-file': (p) => `单位文件“${p.file}”无法打开：${p.reason}；未纳入汇总`,
  'consolidate/no-tables': (p) => `单位文件“${p.file}”中找不到标准预算表（按表名识别，如“部门收入预算总表”），未纳入汇总`,
  'consolidate/leaf-total-mismatch': (p) =>
    `单位文件“${p.file}”工作表“${p.sheet}”${p.cell}：科目 ${p.code} 的合计 ${p.total} 元不等于各分列之和 ${p.parts} 元，汇总按分列数计入`,
  'consolidate/duplicate-code': (p) => `单位文件“${p.file}”工作表“${p.table}”第 ${p.row} 行：科目 ${p.code} 重复出现，已合并金额`,
  'consolidate/sangong-vehicle-unsplit': (p) =>
    `单位文件“${p.file}”工作表“${p.sheet}”${p.cell}：公务用车购置及运行费只有小计 ${p.wan} 万元，没有分购置费和运行费，该数未计入汇总，请单位分列填报`,
  'consolidate/no-units': (p) => `${p.count} 个单位文件中没有可以汇总的单位（均无法读取、年度不明或年度不符），未生成汇总表`,
  'consolidate/year-unknown': (p) => `单位文件“${p.file}”的表标题中没有预算年度，按 ${p.expected} 年汇总`,
  'consolidate/year-mismatch': (p) => `单位文件“${p.file}”是 ${p.year} 年预算，与汇总年度 ${p.expected} 年不一致，未纳入汇总`,
  'consolidate/edition-mismatch': (p) =>
    `单位文件“${p.file}”按 ${p.edition} 年版表样编制，${p.year} 年汇总使用 ${p.expected} 年版表样；金额已按科目编码汇总，请核对科目口径`,
  'consolidate/table-missing': (p) => `单位文件“${p.file}”中找不到“${p.table}”，该表按无数汇总`,
  'consolidate/department-missing': (p) =>
    `各单位的编制部门不一致（${p.count} 个不同名称）且未指定主管部门名称，汇总表暂列为“${p.name}”，请指定主管部门名称后重新汇总`,
  'consolidate/duplicate-unit': (p) => `单位文件“${p.file}”与“${p.other}”的全部金额完全相同，可能是重复报送，请核对（两者均已计入汇总）`,
  'consolidate/name-conflict': (p) => `表“${p.table}”科目 ${p.code} 在各单位中名称不一致：${p.names}；汇总表列为“${p.used}”`,
  'consolidate/level-conflict': (p) =>
    `单位文件“${p.file}”工作表“${p.sheet}”：科目 ${p.code} 在本单位是末级科目（${p.yuan} 元），其他单位在其下设有明细科目，汇总表中该科目由明细汇总，这笔金额未计入，请单位改填到明细科目`,
  'consolidate/table-not-in-edition': (p) =>
    `单位文件“${p.file}”工作表“${p.sheet}”不在 ${p.edition} 年版表样中，其中科目 ${p.code}（${p.yuan} 元）未计入汇总`,
  // projects: 项目经费情况说明 and 项目支出绩效目标表 (src/domain/projects)
  'projects/build-budget-mismatch': (p) =>
    `项目“${p.project}”的子项目合计 ${p.sum} ${p.unit}与填报的当年预算 ${p.budget} ${p.unit}不符（相差 ${p.difference} ${p.unit}），当年预算按填报数列示，未设求和公式`,
  'projects/sub-items-sum': (p) =>
    `项目“${p.project}”当年预算 ${p.budget} ${p.unit}与子项目金额合计 ${p.sum} ${p.unit}不符，相差 ${p.difference} ${p.unit}${p.hint}`,
  'projects/sub-item-amount-missing': (p) => `项目“${p.project}”的子项目“${p.item}”未填金额`,
  'projects/budget-missing': (p) => `项目“${p.project}”未填列当年预算`,
  'projects/current-exceeds-total': (p) => `项目“${p.project}”当年预算 ${p.budget} ${p.unit}超过项目总预算 ${p.total} ${p.unit}`,
  'projects/cross-sheet-budget': (p) =>
    `项目“${p.project}”在绩效目标表中的当年预算 ${p.performanceBudget} 元与${p.explanationAt}的 ${p.explanationBudget} 元不一致，相差 ${p.difference} 元`,
  'projects/total-vs-expenditure': (p) =>
    `${p.count} 个项目（${p.scope}）的当年预算合计 ${p.sum} 元，与支出预算总表项目支出合计 ${p.total} 元相差 ${p.difference} 元；${p.explanation}`,
  'projects/indicator-level1': (p) => `项目“${p.project}”的一级指标“${p.value}”不在标准指标体系内（应为${p.allowed}）`,
  'projects/output-level2': (p) => `项目“${p.project}”产出指标下的二级指标“${p.value}”不规范，应为数量、质量、时效、成本之一`,
  'projects/target-missing': (p) => `项目“${p.project}”的三级指标“${p.indicator}”未填指标目标值`,
  'projects/target-comparator': (p) =>
    `项目“${p.project}”的三级指标“${p.indicator}”目标值“${p.value}”是定量指标，缺少比较符（=、≥、≤、>、<）`,
  'projects/target-unit': (p) => `项目“${p.project}”的三级指标“${p.indicator}”目标值“${p.value}”缺少计量单位（如 %、元、人次、天）`,
  'projects/no-indicators': (p) => `项目“${p.project}”没有填列绩效指标`,
  'projects/date-outside-year': (p) => `项目“${p.project}”的${p.field} ${p.value} 不在预算年度 ${p.year} 年内`,
  'projects/date-order': (p) => `项目“${p.project}”的计划开始日期 ${p.start} 晚于计划完成日期 ${p.end}`,
  'projects/previous-overrun': (p) =>
    `项目“${p.project}”同名项目上年预算执行数 ${p.executed} ${p.unit}高于上年预算额 ${p.previous} ${p.unit}（超出 ${p.difference} ${p.unit}），备注中未作说明`,
  'projects/read-missing-name': (p) => `工作表“${p.sheet}”${p.cell} 处的项目没有填写项目名称，该项目未读取`,
  'projects/read-bad-date': (p) => `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”的日期“${p.value}”无法识别，应写作 YYYY-MM-DD`,
  'projects/read-bad-flag': (p) =>
    `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”是否含有政府购买服务应填“是”或“否”，实为“${p.value}”`,
  'projects/read-sub-item-without-name': (p) => `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”有一行子项目没有名称，未读取`,
  'projects/read-invalid': (p) => `工作表“${p.sheet}”${p.cell} 单元格：项目“${p.project}”${p.detail}`,
  'projects/import-invalid': (p) =>
    `项目清单${p.index ? `第 ${p.index} 个项目` : ''}“${p.project}”${p.path ? ` 字段 ${p.path}` : ''}：${p.detail}`,
  'projects/import-bad-amount': (p) => `项目清单中项目“${p.project}”的${p.field}“${p.value}”无法识别为金额`,
  'projects/import-bad-date': (p) => `项目清单中项目“${p.project}”的${p.field}“${p.value}”无法识别为日期，应写作 YYYY-MM-DD`,
  'projects/csv-bad-row': (p) => `项目清单 CSV 第 ${p.line} 行：${p.detail}`,
  'projects/text-row-repaired': (p) => `绩效目标表文本第 ${p.line} 行少了前导空列，已读作：${p.reading}`,
  'projects/text-unrecognized': (p) => `绩效目标表文本第 ${p.line} 行无法识别，已跳过：${p.value}`,
  'projects/text-bad-amount': (p) => `绩效目标表文本第 ${p.line} 行：项目“${p.project}”的${p.field}“${p.value}”无法识别为金额`,
  'projects/text-bad-date': (p) => `绩效目标表文本第 ${p.line} 行：项目“${p.project}”的${p.field}“${p.value}”无法识别为日期`,
  // read: more reader findings (src/domain/read)
  'read/no-tables': (p) =>
    `工作簿的 ${p.sheets} 张工作表${p.names ? `（${p.names}）` : ''}中没有找到标准预算表（按表名识别：上海市 2020/2024 年版九张表，如“2024年部门收入预算总表”；江苏省 2019 年版十二张公开表，如“财政拨款支出预算表（功能科目）”）`,
  'read/uncalculated': (p) =>
    `工作表“${p.sheet}”${p.cell} 的公式 ${p.formula} 没有保存计算结果，本工具也无法计算，已按空白处理；请在 Excel 或 WPS 中打开并保存后再校验`,
  'read/catalog-row': (p) => `“科目表”工作表：${p.problem}`,
  'read/edition': (p) => `识别为${p.edition}：读取 ${p.count} / ${p.of} 张表（按表名识别）`,
  'read/edition-tables-missing': (p) => `按${p.edition}，工作簿中缺少 ${p.tables}`,
  'read/mixed-editions': (p) =>
    `工作簿混用了两种表样：${p.mine ? `${p.mine}是${p.edition}，` : ''}${p.sheets}中的是另一版本（上海市九张表）的标准表；只按${p.edition}读取校验，请把两种表分开报送`,
  // check: reconciliation rules (src/domain/check); amounts arrive formatted with their unit
  rounding: (p) =>
    `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}，未超过 ${p.children} 项 × 每项尾差限额（共 ${p.tolerance}），属四舍五入形成的尾差`,
  'tree-sum': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'total-sum': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'row-identity': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'summary-identity': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'sangong-identity': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'summary-balance': (p) => `${p.subject} ${p.actual} 不等于${p.rightLabel} ${p.expected}，收支不平，相差 ${p.difference}`,
  'income-vs-expenditure': (p) => `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}${p.missing}`,
  'fiscal-funds': (p) => `${p.subject}为 ${p.actual}，应等于${p.rightLabel}之和 ${p.expected}，相差 ${p.difference}${p.missing}`,
  'expenditure-vs-funds': (p) =>
    `${p.subject}为 ${p.actual}，小于${p.rightLabel}之和 ${p.expected}（少 ${p.absDifference}）；支出预算总表包含全部资金来源，不应小于其中的财政拨款部分${p.missing}`,
  'finance-summary-vs-tables': (p) => `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}`,
  'fiscal-summary-vs-tables': (p) => `${p.subject}为 ${p.actual}，与${p.rightLabel} ${p.expected} 不一致，相差 ${p.difference}`,
  'economic-vs-general-public': (p) => `${p.subject}为 ${p.actual}，应等于${p.rightLabel} ${p.expected}，相差 ${p.difference}`,
  'sangong-vs-economic': (p) =>
    `${p.subject} ${p.actual} 小于${p.rightLabel} ${p.expected}（少 ${p.absDifference}）。“三公”经费含基本支出和项目支出，经济分类表只列一般公共预算基本支出，“三公”数可以大于、但不应小于其中的基本支出数，请核对两表口径`,
  'office-operation': (p) =>
    `${p.subject} ${p.actual} 大于${p.rightLabel} ${p.expected}（超出 ${p.absDifference}）。机关运行经费是一般公共预算基本支出中的日常公用经费，不应超过公用经费合计，请核对`,
  'code-unknown': (p) =>
    p.partial === 1
      ? `未收录于内置科目表：${p.code} ${p.name}（请导入当年官方科目表核对）`
      : `科目编码 ${p.code}（${p.name}）不在${p.source} ${p.edition} 年${p.kind}科目表中；如确为当年有效科目，请导入官方科目表后再校验`,
  'code-name': (p) =>
    p.name === ''
      ? `科目 ${p.code} 没有填写科目名称，科目表名称为“${p.official}”`
      : p.lastEdition !== undefined
        ? `科目 ${p.code} 的名称“${p.name}”是 ${p.lastEdition} 年及以前的科目名称，${p.edition} 年科目表名称为“${p.official}”`
        : `科目 ${p.code} 的名称“${p.name}”与 ${p.edition} 年科目表名称“${p.official}”不一致`,
  'code-parent': (p) =>
    `科目 ${p.code}（${p.name}）的上级科目 ${p.parent}${p.parentName ? ` ${p.parentName}` : ''} 没有列在表中；上级科目应单列一行并等于其下级之和`,
  'code-duplicate': (p) => `科目 ${p.code}（${p.name}）重复出现，第 ${p.firstRow} 行已有该科目`,
  'code-order': (p) => `科目 ${p.code}（${p.name}）排在第 ${p.previousRow} 行的 ${p.previous} 之后，未按科目编码顺序排列`,
  'amount-negative': (p) => `${p.what}为负数 ${p.amount}，预算数不应为负`,
  'amount-decimals': (p) => `${p.what}的金额 ${p.value}${p.unit} 超过 ${p.decimals} 位小数（精确到分以下），显示和打印的数与合计可能对不上`,
  'amount-text': (p) => `${p.what}的金额 ${p.amount} 以文本形式存放，本表的求和公式会忽略它；请改为数值`,
  'unit-scale': (p) => `${p.what}为 ${p.amount}，${p.detail}，疑似元与万元混用`,
  'formula-typed-over': (p) =>
    `${p.what}是手工填入的数值 ${p.amount}，不是公式；同表其他${p.others}都是公式，手工数不会随明细变化，建议恢复公式 ${p.formula}`,
  'fix/restore-formula': (p) => `在“${p.sheet}”${p.cell} 恢复公式 ${p.formula}（原为${p.old}）`,
  'fix/insert-parent': (p) => `在“${p.sheet}”第 ${p.row} 行前插入上级科目 ${p.code} ${p.name}，金额为其下级之和`,
  'summary-breakdown-blank': (p) =>
    `“${p.sheet}”${p.parent}为 ${p.amount}，其下${p.subs}均未填列（只在上级行列了数）；不是求和错误，如需公开资金来源明细请逐项填写`,
  'empty-table-note': (p) => `“${p.sheet}”的表注称“${p.note}”，但表中列有数字（${p.figures}），表注与表中数字不符，请核对`,
  // check: province-edition rules — labelled figures, outline tables, cross-table ties (src/domain/check/rules)
  'form-identity': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'table-tie': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}（${p.why}）`,
  'table-bound': (p) =>
    `${p.subject} ${p.actual} ${p.relation === 'ge' ? '小于' : '大于'}${p.rightLabel} ${p.expected}（${p.relation === 'ge' ? '少' : '多'} ${p.absDifference}）；${p.why}，请核对两表口径`,
  'outline-sum': (p) => `${p.subject}为 ${p.actual}，${p.rightLabel}为 ${p.expected}，相差 ${p.difference}`,
  'catalog/edition-before-first': (p) =>
    `预算年度 ${p.year} 年早于内置科目表最早的 ${p.edition} 年版，科目按 ${p.edition} 年版核对；请导入当年官方科目表`,
  // root cause: one wrong number and the findings that follow from it (src/domain/check/rootCause.ts)
  'root-cause': (p) => {
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
  'narrative/missing-figure': (p) => `“${p.section}”需要${p.figures}，工作簿中没有相应的表或行，该段未生成`,
  'narrative/missing-material': (p) => `说明素材未填写${p.inputs}${p.cells ? `（${p.cells}）` : ''}，“${p.section}”${p.effect}`,
  'narrative/missing-reason': (p) =>
    `${p.item}比${p.prevYear}年预算${p.direction}${p.diff}，说明素材未填写原因${p.cell ? `（工作表“${p.sheet}”${p.cell}）` : ''}，编制说明中未写“主要原因是……”`,
  'narrative/rounding': (p) =>
    `编制说明中${p.total}为${p.totalShown}，${p.parts}各自四舍五入后合计${p.partsShown}，相差${p.diffShown}；这是四舍五入造成的尾差，表内数据相符，可照此发布或在文中注明`,
  'narrative/parts-mismatch': (p) =>
    `${p.total}（${p.totalExact}元）不等于${p.parts}之和（${p.partsExact}元），编制说明照表列示，请先核对表格`,
  'narrative/purpose-from-name': (p) =>
    `“${p.name}”（${p.code}）科目在科目说明和说明素材中都没有“主要用于”用语，已按科目名称写作“${p.text}”，可在说明素材“七、财政拨款支出主要用途”中改写`,
  'narrative/unused-purpose': (p) => `说明素材中科目 ${p.code} 的“主要用于”用语未使用：本年财政拨款支出没有该“类”`,
  'narrative/bad-material': (p) => `工作表“${p.sheet}”${p.cell}（${p.label}）的值“${p.value}”不是${p.expected}，未采用`,
  'narrative/bad-previous': (p) => `工作表“${p.sheet}”${p.cell}（${p.label}）的上年数“${p.value}”无法识别，未采用`,
  'narrative/previous-year': (p) => `上年数的年度为 ${p.previousYear} 年，本年预算为 ${p.year} 年，不是上一年，比较可能有误`,
  'narrative/previous-inconsistent': (p) =>
    `上年数中${p.total}${p.totalShown}不等于${p.parts}之和${p.partsShown}，请核对工作表“${p.sheet}”${p.cell}`,
  'narrative/no-previous': () => `没有上年数（上年数工作表或上年工作簿），编制说明中不写与上年预算的比较`,
  'narrative/no-materials': (p) =>
    `工作簿中没有“${p.sheet}”工作表，“三公”经费增减原因、政府采购、绩效目标、国有资产等内容无法生成；请先添加该表并填写`,
  'narrative/procurement-exceeds': (p) =>
    `${p.part}（${p.partShown}元）大于${p.whole}（${p.wholeShown}元），请核对工作表“${p.sheet}”${p.cell}`,
  'narrative/performance-exceeds-project': (p) =>
    `绩效目标涉及项目预算资金${p.funds}大于项目支出预算${p.project}（${p.projectSource}），请核对`,
  'narrative/vehicles-without-purchase': (p) => `说明素材中本年预算安排购置车辆 ${p.vehicles} 辆，但“三公”经费中公务用车购置费为 0，请核对`,
  'narrative/purchase-without-vehicles': (p) => `“三公”经费中公务用车购置费${p.purchase}，但说明素材中本年预算安排购置车辆为 0 辆，请核对`,
  'narrative-check/figure-mismatch': (p) => `${p.where}“${p.claim}”写作${p.stated}，按表应为${p.expected}（${p.source}）`,
  'narrative-check/comparison-mismatch': (p) => `${p.where}${p.item}写作“${p.stated}”，按本年数和上年数应为“${p.expected}”`,
  'narrative-check/no-previous': (p) => `${p.where}${p.items ? `${p.items}等` : ''}共 ${p.count} 处与上年的比较没有对应的上年数，未能核对`,
  'narrative-check/missing-reason': (p) => `${p.where}${p.item}${p.stated}，未说明原因（应写“主要原因是……”）`,
  'narrative-check/unrecognised': (p) => `${p.where}“${p.context}”中的${p.stated}对应不到表中的数，未核对`,
  'narrative-check/count-mismatch': (p) => `${p.where}“${p.claim}”写作${p.stated}，说明素材中为${p.expected}（${p.source}）`,
  'narrative-check/project-items': (p) => `${p.where}项目预算${p.total}，所列明细合计${p.items}，两者不相等`,
  'narrative/purpose-default': (p) =>
    `“${p.name}”（${p.code}）的“主要用于”用语取自科目说明：“${p.text}”，请核对是否符合本部门实际，可在说明素材“七、财政拨款支出主要用途”中改写`,
  'narrative/bad-list-choice': (p) =>
    `说明素材“${p.label}”填写为“${p.value}”，不是可选的写法（${p.choices}）之一，已按默认写法生成${p.cell ? `（工作表“${p.sheet}”${p.cell}）` : ''}`,
  'narrative-check/figure-truncated': (p) =>
    `${p.where}“${p.claim}”写作${p.stated}，表中为${p.exact}（${p.source}），四舍五入应为${p.expected}：疑为截尾而非四舍五入`,
  'narrative-check/figure-more-decimals': (p) =>
    `${p.where}“${p.claim}”写作${p.stated}，小数位多于本节其他数字；按表为${p.expected}（${p.source}）`,
  'narrative-check/figure-fewer-decimals': (p) =>
    `${p.where}“${p.claim}”写作${p.stated}，本节其他数字保留到${p.expected}的位数，按表应为${p.expected}（${p.source}，${p.exact}）`,
  'narrative-check/unknown-line': (p) => `${p.where}“${p.name}”科目在本年财政拨款支出中找不到，其金额未核对`,
  'narrative-check/ambiguous-line': (p) =>
    `${p.where}“${p.name}”在本年财政拨款支出中有多个科目（${p.candidates}），请写出完整科目路径或编码，其金额未核对`,
  'narrative-check/line-path': (p) => `${p.where}科目写作“${p.written}”，与表中科目“${p.table}”不符，金额按该科目核对`,
  'narrative-check/list-incomplete': (p) => `${p.where}财政拨款支出主要内容未列出：${p.lines}`,
  'narrative-check/no-previous-text': (p) =>
    `编制说明中有 ${p.count} 处与上年的比较或上年数，没有上年数（“上年数”工作表或上年工作簿），均未能核对`,
  'narrative-check/rate-from-zero': (p) => `${p.where}${p.item}上年为 0，“${p.stated}”的增减率无从计算，请核对写法`,
  'narrative-check/rate-arithmetic': (p) => `${p.where}${p.item}写作“${p.stated}”，按文中所列本年数和上年执行数应为“${p.expected}”`,
  'narrative-check/text-sum': (p) => `${p.where}${p.total}写作${p.stated}，文中所列${p.parts}之和为${p.sum}，两者不符`,
  'narrative-check/text-exceeds': (p) => `${p.where}${p.part}${p.partShown}大于${p.whole}${p.wholeShown}，请核对`,
  'narrative-check/performance-exceeds-project': (p) =>
    `${p.where}绩效目标涉及项目预算资金${p.stated}大于项目支出预算${p.project}（${p.source}），请核对`,
  'narrative-check/vehicle-sum': (p) => `${p.where}“${p.stated}”与所列各类车辆之和 ${p.sum} 辆不符`,
};

export function renderMessage(id: string, params: Params = {}): string {
  const m = MESSAGES_ZH[id];
  if (!m) throw new RangeError(`renderMessage: 未登记的消息编号: ${id}`);
  return m(params);
}
