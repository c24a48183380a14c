import type { Finding } from '../findings/finding';
import type { SheetPlan } from '../plan/sheetPlan';
import { buildPerformanceTargetSheet } from './buildPerformanceTargetSheet';
import { buildProjectExplanationSheet, ProjectBlockLayout, ProjectSheetInput } from './buildProjectExplanationSheet';

export type ProjectSheetChoice = 'explanation' | 'performance';

/** Both project sheets (or the chosen ones) for one list of projects, 说明 first. */
export function buildProjectSheets(
  input: ProjectSheetInput,
  which: readonly ProjectSheetChoice[] = ['explanation', 'performance'],
): { sheets: SheetPlan[]; blocks: Record<ProjectSheetChoice, ProjectBlockLayout[]>; findings: Finding[] } {
  const sheets: SheetPlan[] = [];
  const findings: Finding[] = [];
  const blocks: Record<ProjectSheetChoice, ProjectBlockLayout[]> = { explanation: [], performance: [] };
  if (which.includes('explanation')) {
    const b = buildProjectExplanationSheet(input);
    sheets.push(b.sheet);
    blocks.explanation = b.blocks;
    findings.push(...b.findings);
  }
  if (which.includes('performance')) {
    const b = buildPerformanceTargetSheet(input);
    sheets.push(b.sheet);
    blocks.performance = b.blocks;
    findings.push(...b.findings);
  }
  return { sheets, blocks, findings };
}
