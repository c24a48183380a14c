import type { Project } from './project';

// A project together with where it was read from: what the rules locate their findings with.

export type ProjectSheetKind = 'explanation' | 'performance';

/** Project fields that live in a single cell. */
export type ProjectCellField =
  | 'name'
  | 'applicant'
  | 'category'
  | 'performanceType'
  | 'startDate'
  | 'endDate'
  | 'governmentPurchase'
  | 'overview'
  | 'basis'
  | 'necessity'
  | 'measures'
  | 'implementer'
  | 'plan'
  | 'cycle'
  | 'goal'
  | 'performance'
  | 'totalBudget'
  | 'budget'
  | 'budgetRemark'
  | 'previousBudget'
  | 'previousExecuted'
  | 'remark';

export interface ProjectCells {
  /** Value cell of each field found in the block (present even when the cell is blank). */
  readonly fields: Readonly<Partial<Record<ProjectCellField, string>>>;
  /** Formula of the 当年预算 cell, when it holds one. */
  readonly budgetFormula: string | null;
  /** Parallel to project.subItems. */
  readonly subItems: ReadonlyArray<{ readonly row: number; readonly name: string; readonly amount: string }>;
  /** Parallel to project.indicators. */
  readonly indicators: ReadonlyArray<{
    readonly level1: string;
    readonly level2: string;
    readonly level3: string;
    readonly target: string;
  }>;
}

export interface ProjectRecord {
  readonly project: Project;
  readonly kind: ProjectSheetKind;
  /** Sheet read from; null for projects from a list or text file. */
  readonly sheet: string | null;
  /** The year the sheet (or file) is for. */
  readonly year: number | null;
  /** Unit amounts are shown in on that sheet. */
  readonly unit: '元' | '万元';
  readonly cells: ProjectCells | null;
}
