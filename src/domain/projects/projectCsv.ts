import type { Finding } from '../findings/finding';
import { projectFinding } from './projectFinding';
import { labelField, LabelField } from './projectSheetLabels';
import { ImportedProjects, projectsFromList } from './projectList';

// The same structured list as CSV, one fact per row, so it can be kept in any spreadsheet:
//
//   项目名称,类型,名称,值
//   ,年度,,2020
//   ,编制部门,,上海市人力资源和社会保障局
//   ,单位,,元
//   社保档案资料管理费,申报单位名称,,上海市社会保险事业管理中心
//   社保档案资料管理费,项目当年预算,,"10,153,278"
//   社保档案资料管理费,子项目,影像加工流水线维护,1200000
//   社保档案资料管理费,指标,投入与管理/投入管理/预算执行率,=100%
//
// 类型 is a sheet label (申报单位名称, 项目类别, 计划开始日期, 项目概况 …), 子项目 (名称 = sub-item,
// 值 = amount) or 指标 (名称 = 一级/二级/三级, 值 = 指标目标值). Rows without 项目名称 set the list's
// 年度, 编制部门 and 单位.

export const PROJECT_CSV_HEADER = ['项目名称', '类型', '名称', '值'] as const;

/** RFC 4180 fields; quotes may wrap commas, newlines and doubled quotes. Rows carry their first line number. */
export function parseCsvRows(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const src = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else if (ch === '\r' && src[i + 1] === '\n') {
        continue; // a CRLF inside quotes is one line break
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

const TEXT_FIELDS: ReadonlySet<LabelField> = new Set([
  'applicant',
  'category',
  'performanceType',
  'startDate',
  'endDate',
  'overview',
  'basis',
  'necessity',
  'measures',
  'implementer',
  'plan',
  'cycle',
  'goal',
  'performance',
  'budgetRemark',
  'remark',
  'totalBudget',
  'budget',
  'previousBudget',
  'previousExecuted',
]);

/** CSV text → the structured list → projects (same validation as JSON). */
export function projectsFromCsv(text: string): ImportedProjects {
  const findings: Finding[] = [];
  const bad = (line: number, detail: string) => findings.push(projectFinding('projects/csv-bad-row', 'error', {}, { line, detail }));
  const rows = parseCsvRows(text);
  const header = rows[0];
  if (
    !header ||
    header.cells
      .slice(0, 4)
      .map((c) => c.trim())
      .join(',') !== PROJECT_CSV_HEADER.join(',')
  ) {
    bad(header?.line ?? 1, `首行应为表头“${PROJECT_CSV_HEADER.join(',')}”`);
    return { year: null, department: null, entries: [], findings };
  }
  const list: { year?: number; department?: string; unit?: string; projects: Array<Record<string, unknown>> } = { projects: [] };
  const byName = new Map<string, Record<string, unknown> & { subItems: unknown[]; indicators: unknown[] }>();
  for (const { line, cells } of rows.slice(1)) {
    const [project = '', type = '', name = '', value = ''] = cells.map((c) => c.trim());
    if (project === '') {
      if (type === '年度') {
        const y = Number(value);
        if (Number.isInteger(y)) list.year = y;
        else bad(line, `年度“${value}”不是整数`);
      } else if (type === '编制部门') list.department = value;
      else if (type === '单位') list.unit = value;
      else bad(line, `缺少项目名称（类型“${type}”）`);
      continue;
    }
    let entry = byName.get(project);
    if (!entry) {
      entry = { name: project, subItems: [], indicators: [] };
      byName.set(project, entry);
      list.projects.push(entry);
    }
    if (type === '子项目') {
      if (name === '') bad(line, '子项目缺少名称');
      else entry.subItems.push({ name, amount: value === '' ? null : value });
      continue;
    }
    if (type === '指标') {
      const parts = name.split(/[/／|｜]/).map((s) => s.trim());
      if (parts.length !== 3) bad(line, `指标应写作“一级/二级/三级”，实为“${name}”`);
      else entry.indicators.push({ level1: parts[0], level2: parts[1], level3: parts[2], target: value });
      continue;
    }
    const field = labelField(type);
    if (field === 'governmentPurchase') {
      if (value !== '是' && value !== '否') bad(line, `是否含有政府购买服务应填“是”或“否”，实为“${value}”`);
      else entry.governmentPurchase = value;
    } else if (field && TEXT_FIELDS.has(field)) {
      if (value !== '') entry[field] = value;
    } else bad(line, `无法识别的类型“${type}”`);
  }
  const imported = projectsFromList(list);
  return { ...imported, findings: [...findings, ...imported.findings] };
}
