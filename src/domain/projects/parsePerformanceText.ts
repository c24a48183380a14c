import type { Finding } from '../findings/finding';
import { parseAmount } from '../read/parseAmount';
import { projectFinding } from './projectFinding';
import { level1Key } from './indicatorFramework';
import { Indicator, Project, ProjectSchema } from './project';
import { parseDateText } from './projectDates';
import { issueZh } from './projectList';
import { labelField, LabelField, labelUnit } from './projectSheetLabels';

// The 财政项目支出绩效目标表 as tab-separated text (seed 001: tables copied out of the 2020 PDF):
//
//   财政项目支出绩效目标表
//   (2020年度)
//   申报单位名称：上海市社会保险事业管理中心
//   项目名称：⇥社保档案资料管理费⇥项目类别：⇥其他经常性项目
//   …
//   项目总预算(元)：⇥10,153,278⇥项目当年预算(元)：⇥10,153,278
//   2020年绩效目标
//   一级目标⇥二级目标⇥三级目标⇥指标目标值
//   投入与管理⇥投入管理⇥预算编制合理性⇥合理
//   ⇥⇥预算执行率⇥=100%
//
// Blank 一级/二级 cells continue the row above. The copy sometimes loses a leading empty cell
// ("实施管理⇥项目管理制度健全性⇥健全⇥"): such rows are read one column to the right, with an info finding.

export interface ParsedTextProject {
  readonly project: Project;
  /** 1-based line of the block's title (or first line). */
  readonly line: number;
}

export interface ParsedPerformanceText {
  readonly year: number | null;
  readonly projects: ParsedTextProject[];
  readonly findings: Finding[];
}

const TITLE = /(财政项目支出绩效目标(申报)?表|财政支出项目绩效目标申报表)$/;
const YEAR_LINE = /^[(（]\s*(\d{4})\s*[)）]?\s*年?度?\s*[)）]?$/;
const VALUE_FIELDS: ReadonlySet<LabelField> = new Set([
  'applicant',
  'name',
  'category',
  'performanceType',
  'startDate',
  'endDate',
  'governmentPurchase',
  'overview',
  'basis',
  'necessity',
  'measures',
  'implementer',
  'plan',
  'cycle',
  'goal',
  'totalBudget',
  'budget',
  'previousBudget',
  'previousExecuted',
  'remark',
]);
const AMOUNT_FIELDS: ReadonlySet<LabelField> = new Set(['totalBudget', 'budget', 'previousBudget', 'previousExecuted']);
const FIELD_ZH: Partial<Record<LabelField, string>> = {
  totalBudget: '项目总预算',
  budget: '项目当年预算',
  previousBudget: '同名项目上年预算额',
  previousExecuted: '同名项目上年预算执行数',
  startDate: '计划开始日期',
  endDate: '计划完成日期',
};

interface Block {
  line: number;
  fields: Record<string, unknown>;
  indicators: Indicator[];
  mode: 'fields' | 'indicators';
}

export function parsePerformanceText(text: string): ParsedPerformanceText {
  const findings: Finding[] = [];
  const blocks: Block[] = [];
  let year: number | null = null;
  let current: Block | null = null;
  const open = (line: number): Block => {
    const b: Block = { line, fields: {}, indicators: [], mode: 'fields' };
    blocks.push(b);
    current = b;
    return b;
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((rawLine, idx) => {
    const lineNo = idx + 1;
    const cells = rawLine.split('\t').map((c) => c.replace(/[\u3000]/g, ' ').trim());
    const nonEmpty = cells.filter((c) => c !== '');
    const [first] = nonEmpty;
    if (first === undefined) return;
    const compact = first.replace(/\s/g, '');

    if (TITLE.test(compact) && nonEmpty.length === 1) {
      open(lineNo);
      return;
    }
    const y = YEAR_LINE.exec(compact);
    if (y && nonEmpty.length === 1) {
      year ??= Number(y[1]);
      return;
    }
    const field = labelField(first);
    if (field === 'targetsSection' || field === 'fundsSection' || field === 'subItemsSection') {
      if (field === 'targetsSection') year ??= Number(/(\d{4})/.exec(compact)?.[1]);
      if (current) current.mode = 'fields';
      return;
    }
    if (nonEmpty.length >= 4 && labelField(nonEmpty[0]) === 'level1' && labelField(nonEmpty[3]) === 'target') {
      (current ?? open(lineNo)).mode = 'indicators';
      return;
    }

    const block: Block = current ?? open(lineNo);
    if (block.mode === 'indicators' && !isFieldLine(cells)) {
      const ind = indicatorRow(cells, block.indicators[block.indicators.length - 1], lineNo, findings);
      if (ind) block.indicators.push(ind);
      return;
    }
    const pairs = fieldPairs(cells);
    if (pairs.length === 0) {
      findings.push(projectFinding('projects/text-unrecognized', 'warning', {}, { line: lineNo, value: rawLine.trim().slice(0, 60) }));
      return;
    }
    let target: Block = block;
    for (const { field: f, value, label } of pairs) {
      // A second 项目名称 (or a 申报单位 after one) starts the next project when the title line is missing.
      if ((f === 'name' || f === 'applicant') && target.fields.name !== undefined) target = open(lineNo);
      target.mode = 'fields';
      if (value === '') continue;
      const projectName = typeof target.fields.name === 'string' ? target.fields.name : '（未命名）';
      if (AMOUNT_FIELDS.has(f)) {
        const fenPerUnit = labelUnit(label) === '万元' ? 1_000_000 : 100;
        const a = parseAmount(value, fenPerUnit);
        if (a.ok && a.fen !== null) target.fields[f] = a.fen;
        else
          findings.push(
            projectFinding('projects/text-bad-amount', 'error', {}, { line: lineNo, project: projectName, field: FIELD_ZH[f] ?? f, value }),
          );
      } else if (f === 'startDate' || f === 'endDate') {
        const d = parseDateText(value, f === 'startDate' ? 'start' : 'end');
        if (d) target.fields[f] = d;
        else
          findings.push(
            projectFinding('projects/text-bad-date', 'error', {}, { line: lineNo, project: projectName, field: FIELD_ZH[f] ?? f, value }),
          );
      } else if (f === 'governmentPurchase') {
        if (value === '是' || value === '否') target.fields[f] = value === '是';
        else findings.push(projectFinding('projects/text-unrecognized', 'warning', {}, { line: lineNo, value }));
      } else target.fields[f] = value;
    }
  });

  const projects: ParsedTextProject[] = [];
  for (const b of blocks) {
    if (b.fields.name === undefined) {
      if (Object.keys(b.fields).length > 0 || b.indicators.length > 0) {
        findings.push(projectFinding('projects/text-unrecognized', 'warning', {}, { line: b.line, value: '该表没有项目名称，未读取' }));
      }
      continue;
    }
    const parsed = ProjectSchema.safeParse({ ...b.fields, subItems: [], indicators: b.indicators });
    if (parsed.success) projects.push({ project: parsed.data, line: b.line });
    else {
      for (const issue of parsed.error.issues) {
        findings.push(
          projectFinding(
            'projects/text-unrecognized',
            'warning',
            {},
            { line: b.line, value: `${issue.path.join('.')}：${issueZh(issue)}` },
          ),
        );
      }
    }
  }
  return { year, projects, findings };
}

function isFieldLine(cells: readonly string[]): boolean {
  const f = labelField(cells.find((c) => c !== '') ?? '');
  return f !== null && VALUE_FIELDS.has(f);
}

/** Label/value pairs of a line: "项目名称：⇥X⇥项目类别：⇥Y", or "申报单位名称：X" in one cell. */
function fieldPairs(cells: readonly string[]): Array<{ field: LabelField; value: string; label: string }> {
  const out: Array<{ field: LabelField; value: string; label: string }> = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c) continue;
    const f = labelField(c);
    if (f && VALUE_FIELDS.has(f)) {
      out.push({ field: f, value: (cells[i + 1] ?? '').trim(), label: c });
      i++;
      continue;
    }
    const colon = c.search(/[:：]/);
    if (colon > 0) {
      const f2 = labelField(c.slice(0, colon));
      if (f2 && VALUE_FIELDS.has(f2)) out.push({ field: f2, value: c.slice(colon + 1).trim(), label: c.slice(0, colon) });
    }
  }
  return out;
}

function indicatorRow(cells: readonly string[], prev: Indicator | undefined, line: number, findings: Finding[]): Indicator | null {
  const [a = '', b = '', c = '', d = ''] = cells;
  const filled = [a, b, c, d].filter((x) => x !== '').length;
  if (a !== '' && (level1Key(a) !== null || filled === 4))
    return { level1: a, level2: b || (a === prev?.level1 ? prev.level2 : ''), level3: c, target: d };
  if (a === '') return { level1: prev?.level1 ?? '', level2: b || prev?.level2 || '', level3: c, target: d };
  // The copy lost the leading empty cell: the row starts one column to the left.
  if (b !== '' && c !== '' && d === '') {
    findings.push(
      projectFinding('projects/text-row-repaired', 'info', {}, { line, reading: `二级指标“${a}”、三级指标“${b}”、目标值“${c}”` }),
    );
    return { level1: prev?.level1 ?? '', level2: a, level3: b, target: c };
  }
  if (b === '' && c !== '' && d === '') {
    findings.push(projectFinding('projects/text-row-repaired', 'info', {}, { line, reading: `三级指标“${a}”、目标值“${c}”` }));
    return { level1: prev?.level1 ?? '', level2: prev?.level2 ?? '', level3: a, target: c };
  }
  findings.push(projectFinding('projects/text-unrecognized', 'warning', {}, { line, value: cells.join(' | ').slice(0, 60) }));
  return null;
}
