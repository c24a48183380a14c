import { cellAddress } from '../a1';
import type { Finding } from '../findings/finding';
import type { SheetPlan } from '../plan/sheetPlan';
import { sumFormula } from '../plan/buildClassifiedSheet';
import { Project, subItemSum } from './project';
import { budgetMismatchFinding } from './projectFinding';
import { EXPLANATION_LABELS as L } from './projectSheetLabels';
import { amountCell, Grid, LABEL_STYLE, TEXT_STYLE, textCell } from './projectSheetGrid';

export const EXPLANATION_SHEET_NAME = '项目经费情况说明';
export const EXPLANATION_FIRST_BLOCK_ROW = 4;
const COLS = { label: 1, seq: 2, name: 3, amount: 4 } as const;
const WIDTHS = [16, 10, 58, 16] as const;
const TEXT_WIDTH = WIDTHS[1] + WIDTHS[2] + WIDTHS[3];
export const WAN_AMOUNT_FORMAT = '#,##0.00';

/** Where one project's block landed: what tests and the taskpane jump to. */
export interface ProjectBlockLayout {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly budgetCell: string;
  /** The SUM written into the 当年预算 cell, or null when it holds a constant. */
  readonly budgetFormula: string | null;
  readonly subItemAmountCells: readonly string[];
  readonly indicatorTargetCells: readonly string[];
}

export interface ProjectSheetInput {
  readonly year: number;
  readonly department: string;
  readonly projects: readonly Project[];
  readonly sheetName?: string;
}

/**
 * 项目经费情况说明, one block per project as in the published text (seed 004 section 七): 项目概述,
 * 立项依据, 实施主体, 实施方案, 实施周期, 年度预算安排 with its 子项目 (万元) and 绩效目标. The 当年预算
 * cell is a SUM over the sub-item amounts; a project whose stated budget disagrees with its
 * sub-items keeps the stated figure as a constant and gets a finding, so nothing is papered over.
 */
export function buildProjectExplanationSheet(input: ProjectSheetInput): {
  sheet: SheetPlan;
  blocks: ProjectBlockLayout[];
  findings: Finding[];
} {
  const name = input.sheetName ?? EXPLANATION_SHEET_NAME;
  const g = new Grid(4);
  const findings: Finding[] = [];
  const blocks: ProjectBlockLayout[] = [];

  g.heading(`${input.year}年项目经费情况说明`, input.department, '万元');

  let r = EXPLANATION_FIRST_BLOCK_ROW;
  for (const p of input.projects) {
    const first = r;
    const textRow = (label: string, value: string | undefined, bold = false) => {
      g.set(r, COLS.label, label);
      g.set(r, COLS.seq, textCell(value));
      g.merge(r, COLS.seq, r, COLS.amount);
      g.style(r, COLS.label, r, COLS.label, LABEL_STYLE);
      g.style(r, COLS.seq, r, COLS.amount, bold ? { ...TEXT_STYLE, bold: true, vAlign: 'middle' } : TEXT_STYLE);
      g.fitText(r, value ?? '', TEXT_WIDTH);
      r++;
    };
    textRow(L.name, p.name, true);
    g.style(first, COLS.label, first, COLS.amount, { fill: '#DDEBF7' });
    textRow(L.overview, p.overview);
    textRow(L.basis, p.basis);
    textRow(L.implementer, p.implementer);
    textRow(L.plan, p.plan);
    textRow(L.cycle, p.cycle);

    // 六、年度预算安排: header, sub-items, 当年预算合计, 预算说明.
    const sectionRow = r;
    g.set(r, COLS.seq, L.seq);
    g.set(r, COLS.name, L.subItemName);
    g.set(r, COLS.amount, L.subItemAmount);
    g.style(r, COLS.seq, r, COLS.amount, LABEL_STYLE);
    r++;
    const itemRows: number[] = [];
    p.subItems.forEach((item, i) => {
      g.set(r, COLS.seq, i + 1);
      g.set(r, COLS.name, textCell(item.name));
      g.set(r, COLS.amount, amountCell(item.amount, '万元'));
      g.style(r, COLS.seq, r, COLS.seq, { ...TEXT_STYLE, hAlign: 'center', vAlign: 'middle', numberFormat: '0' });
      g.style(r, COLS.name, r, COLS.name, { ...TEXT_STYLE, vAlign: 'middle' });
      g.fitText(r, item.name, WIDTHS[2]);
      itemRows.push(r);
      r++;
    });
    const budgetRow = r;
    const sum = subItemSum(p);
    let budgetFormula: string | null = null;
    if (itemRows.length > 0 && (p.budget === undefined || p.budget === sum)) {
      budgetFormula = sumFormula(COLS.amount, itemRows);
      g.set(r, COLS.amount, budgetFormula);
    } else {
      if (itemRows.length > 0 && p.budget !== undefined) {
        findings.push(budgetMismatchFinding(name, cellAddress(r, COLS.amount), p, sum, p.budget, '万元'));
      }
      g.set(r, COLS.amount, amountCell(p.budget, '万元'));
    }
    g.set(r, COLS.seq, L.budget);
    g.merge(r, COLS.seq, r, COLS.name);
    g.style(r, COLS.seq, r, COLS.amount, { ...LABEL_STYLE, fill: '#FFFFFF' });
    r++;
    g.set(r, COLS.seq, L.budgetRemark);
    g.set(r, COLS.name, textCell(p.budgetRemark));
    g.merge(r, COLS.name, r, COLS.amount);
    g.style(r, COLS.seq, r, COLS.seq, { ...LABEL_STYLE, fill: '#FFFFFF' });
    g.style(r, COLS.name, r, COLS.amount, TEXT_STYLE);
    g.fitText(r, p.budgetRemark ?? '', WIDTHS[2] + WIDTHS[3]);
    r++;
    g.style(sectionRow + 1, COLS.amount, budgetRow, COLS.amount, {
      ...TEXT_STYLE,
      numberFormat: WAN_AMOUNT_FORMAT,
      hAlign: 'right',
      vAlign: 'middle',
    });
    g.style(budgetRow, COLS.amount, budgetRow, COLS.amount, { bold: true });
    g.set(sectionRow, COLS.label, L.budgetSection);
    g.merge(sectionRow, COLS.label, r - 1, COLS.label);
    g.style(sectionRow, COLS.label, r - 1, COLS.label, LABEL_STYLE);

    textRow(L.performance, p.performance);
    blocks.push({
      name: p.name,
      firstRow: first,
      lastRow: r - 1,
      budgetCell: cellAddress(budgetRow, COLS.amount),
      budgetFormula,
      subItemAmountCells: itemRows.map((row) => cellAddress(row, COLS.amount)),
      indicatorTargetCells: [],
    });
    r++; // one blank row between blocks
  }

  return { sheet: g.toSheet(name, WIDTHS), blocks, findings };
}
