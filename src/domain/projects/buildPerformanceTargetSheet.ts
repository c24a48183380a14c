import { cellAddress } from '../a1';
import type { Finding } from '../findings/finding';
import { sumFormula } from '../plan/buildClassifiedSheet';
import type { SheetPlan } from '../plan/sheetPlan';
import { budgetMismatchFinding } from './projectFinding';
import type { ProjectBlockLayout, ProjectSheetInput } from './buildProjectExplanationSheet';
import { Indicator, subItemSum } from './project';
import { amountCell, Grid, LABEL_STYLE, SECTION_STYLE, TEXT_STYLE, textCell } from './projectSheetGrid';
import { PERFORMANCE_LABELS as L } from './projectSheetLabels';

export const PERFORMANCE_SHEET_NAME = '项目支出绩效目标表';
export const PERFORMANCE_FIRST_BLOCK_ROW = 4;
const WIDTHS = [24, 28, 30, 26] as const;
const FULL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const TEXT_WIDTH = FULL_WIDTH - WIDTHS[0];
export const YUAN_AMOUNT_FORMAT = '#,##0.00';

/**
 * 项目支出绩效目标表 laid out as the 2020 财政项目支出绩效目标表 (seeds 000/001), one block per
 * project: 申报单位, 项目名称/类别, 计划开始/完成日期, 政府购买服务/绩效类型, the narrative rows,
 * 项目总预算/当年预算 and 上年预算额/执行数 (元), 项目资金投入构成 (子项目), the 一级/二级/三级指标
 * tree with 指标目标值, and 备注. 项目当年预算 is a SUM over the sub-item amounts.
 */
export function buildPerformanceTargetSheet(input: ProjectSheetInput): {
  sheet: SheetPlan;
  blocks: ProjectBlockLayout[];
  findings: Finding[];
} {
  const name = input.sheetName ?? PERFORMANCE_SHEET_NAME;
  const g = new Grid(4);
  const findings: Finding[] = [];
  const blocks: ProjectBlockLayout[] = [];

  g.heading(`${input.year}年度财政项目支出绩效目标表`, input.department, '元');

  let r = PERFORMANCE_FIRST_BLOCK_ROW;
  for (const p of input.projects) {
    const first = r;
    const textRow = (label: string, value: string | undefined) => {
      g.set(r, 1, label);
      g.set(r, 2, textCell(value));
      g.merge(r, 2, r, 4);
      g.style(r, 1, r, 1, LABEL_STYLE);
      g.style(r, 2, r, 4, TEXT_STYLE);
      g.fitText(r, value ?? '', TEXT_WIDTH);
      r++;
    };
    const pairRow = (l1: string, v1: string | number | null, l2: string, v2: string | number | null, amounts = false) => {
      g.set(r, 1, l1);
      g.set(r, 2, typeof v1 === 'string' ? textCell(v1) : v1);
      g.set(r, 3, l2);
      g.set(r, 4, typeof v2 === 'string' ? textCell(v2) : v2);
      g.style(r, 1, r, 1, LABEL_STYLE);
      g.style(r, 3, r, 3, LABEL_STYLE);
      const valueStyle = amounts
        ? { ...TEXT_STYLE, hAlign: 'right' as const, vAlign: 'middle' as const, numberFormat: YUAN_AMOUNT_FORMAT }
        : { ...TEXT_STYLE, vAlign: 'middle' as const };
      g.style(r, 2, r, 2, valueStyle);
      g.style(r, 4, r, 4, valueStyle);
      g.fitText(r, typeof v1 === 'string' ? v1 : '', WIDTHS[1]);
      g.fitText(r, typeof v2 === 'string' ? v2 : '', WIDTHS[3]);
      r++;
    };
    const section = (label: string) => {
      g.set(r, 1, label);
      g.merge(r, 1, r, 4);
      g.style(r, 1, r, 4, SECTION_STYLE);
      r++;
    };

    textRow(L.applicant, p.applicant);
    pairRow(L.name, p.name, L.category, p.category ?? null);
    g.style(r - 1, 2, r - 1, 2, { bold: true });
    pairRow(L.startDate, p.startDate ?? null, L.endDate, p.endDate ?? null);
    pairRow(
      L.governmentPurchase,
      p.governmentPurchase === undefined ? null : p.governmentPurchase ? '是' : '否',
      L.performanceType,
      p.performanceType ?? null,
    );
    textRow(L.overview, p.overview);
    textRow(L.basis, p.basis);
    textRow(L.necessity, p.necessity);
    textRow(L.measures, p.measures);
    textRow(L.plan, p.plan);
    textRow(L.goal, p.goal);

    section(L.fundsSection);
    const budgetRow = r;
    pairRow(L.totalBudget, amountCell(p.totalBudget, '元'), L.budget, null, true);
    pairRow(L.previousBudget, amountCell(p.previousBudget, '元'), L.previousExecuted, amountCell(p.previousExecuted, '元'), true);

    section(L.subItemsSection);
    g.set(r, 1, L.subItemName);
    g.merge(r, 1, r, 3);
    g.set(r, 4, L.subItemAmount);
    g.style(r, 1, r, 4, LABEL_STYLE);
    r++;
    const itemRows: number[] = [];
    for (const item of p.subItems) {
      g.set(r, 1, textCell(item.name));
      g.merge(r, 1, r, 3);
      g.set(r, 4, amountCell(item.amount, '元'));
      g.style(r, 1, r, 3, { ...TEXT_STYLE, vAlign: 'middle' });
      g.style(r, 4, r, 4, { ...TEXT_STYLE, hAlign: 'right', vAlign: 'middle', numberFormat: YUAN_AMOUNT_FORMAT });
      g.fitText(r, item.name, WIDTHS[0] + WIDTHS[1] + WIDTHS[2]);
      itemRows.push(r);
      r++;
    }
    const sum = subItemSum(p);
    let budgetFormula: string | null = null;
    if (itemRows.length > 0 && (p.budget === undefined || p.budget === sum)) {
      budgetFormula = sumFormula(4, itemRows);
      g.set(budgetRow, 4, budgetFormula);
    } else {
      if (itemRows.length > 0 && p.budget !== undefined)
        findings.push(budgetMismatchFinding(name, cellAddress(budgetRow, 4), p, sum, p.budget, '元'));
      g.set(budgetRow, 4, amountCell(p.budget, '元'));
    }
    g.style(budgetRow, 4, budgetRow, 4, { bold: true });

    section(`${input.year}年绩效目标`);
    g.set(r, 1, L.level1);
    g.set(r, 2, L.level2);
    g.set(r, 3, L.level3);
    g.set(r, 4, L.target);
    g.style(r, 1, r, 4, LABEL_STYLE);
    r++;
    const targetCells = writeIndicators(g, r, p.indicators);
    r += p.indicators.length;
    textRow(L.remark, p.remark);

    blocks.push({
      name: p.name,
      firstRow: first,
      lastRow: r - 1,
      budgetCell: cellAddress(budgetRow, 4),
      budgetFormula,
      subItemAmountCells: itemRows.map((row) => cellAddress(row, 4)),
      indicatorTargetCells: targetCells,
    });
    r++;
  }

  return { sheet: g.toSheet(name, WIDTHS), blocks, findings };
}

/** The indicator tree: 一级 and 二级 written once per run of equal values and merged down. */
function writeIndicators(g: Grid, firstRow: number, indicators: readonly Indicator[]): string[] {
  const cells: string[] = [];
  indicators.forEach((ind, i) => {
    const row = firstRow + i;
    const prev = indicators[i - 1];
    const sameL1 = prev !== undefined && prev.level1 === ind.level1 && ind.level1 !== '';
    const sameL2 = sameL1 && prev.level2 === ind.level2 && ind.level2 !== '';
    if (!sameL1) g.set(row, 1, textCell(ind.level1));
    if (!sameL2) g.set(row, 2, textCell(ind.level2));
    g.set(row, 3, textCell(ind.level3));
    g.set(row, 4, textCell(ind.target));
    g.style(row, 1, row, 2, { ...TEXT_STYLE, hAlign: 'center', vAlign: 'middle' });
    g.style(row, 3, row, 4, { ...TEXT_STYLE, vAlign: 'middle' });
    g.fitText(row, ind.level3, WIDTHS[2]);
    g.fitText(row, ind.target, WIDTHS[3]);
    cells.push(cellAddress(row, 4));
  });
  // Merge runs after writing so a run's extent is known.
  const mergeRuns = (col: 1 | 2, key: (x: Indicator) => string) => {
    let start = 0;
    for (let i = 1; i <= indicators.length; i++) {
      const cur = indicators[i];
      const run = indicators[start];
      if (run === undefined) break;
      const continues = cur !== undefined && key(cur) === key(run) && run.level1 !== '' && (col === 1 || run.level2 !== '');
      if (!continues) {
        if (i - 1 > start) g.merge(firstRow + start, col, firstRow + i - 1, col);
        start = i;
      }
    }
  };
  if (indicators.length > 0) {
    mergeRuns(1, (x) => x.level1);
    mergeRuns(2, (x) => `${x.level1}\u0000${x.level2}`);
  }
  return cells;
}
