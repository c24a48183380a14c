import { readFile } from 'node:fs/promises';
import { buildPerformanceTargetSheet } from '../domain/projects/buildPerformanceTargetSheet';
import { buildProjectExplanationSheet } from '../domain/projects/buildProjectExplanationSheet';
import { ImportedProjects, projectsFromList } from '../domain/projects/projectList';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsxWorkbook';
import { seedPath } from './paths';

export const DEMO_PROJECTS_2024 = 'sh-hrss-2024-projects.json';
export const DEMO_PERFORMANCE_2020 = 'sh-hrss-2020-performance.json';

async function loadSeed(file: string): Promise<ImportedProjects & { year: number; department: string }> {
  const imported = projectsFromList(JSON.parse(await readFile(seedPath(file), 'utf8')));
  if (imported.year === null || imported.department === null) {
    throw new Error(`内置样例 ${file} 不是有效的项目清单：${imported.findings.map((f) => f.message).join('；')}`);
  }
  return { ...imported, year: imported.year, department: imported.department };
}

/**
 * Adds the two project sheets to the sample workbook: 项目经费情况说明 with the 25 projects of the
 * published 2024 text (seed 004 section 七), and 项目支出绩效目标表 with the five 2020 目标表 of
 * seed 001 (the published 2024 text has no indicator tables). Returns the builders' notes, e.g. the
 * projects whose published sub-item list is incomplete.
 */
export async function addDemoProjects(workbook: XlsxWorkbook): Promise<string[]> {
  const y2024 = await loadSeed(DEMO_PROJECTS_2024);
  const y2020 = await loadSeed(DEMO_PERFORMANCE_2020);
  const explanation = buildProjectExplanationSheet({
    year: y2024.year,
    department: y2024.department,
    projects: y2024.entries.map((e) => e.project),
  });
  const performance = buildPerformanceTargetSheet({
    year: y2020.year,
    department: y2020.department,
    projects: y2020.entries.map((e) => e.project),
  });
  await workbook.writePlan({ sheets: [explanation.sheet, performance.sheet] }, 'fail');
  return [...y2024.findings, ...explanation.findings, ...y2020.findings, ...performance.findings].map((f) => f.message);
}
