// 指标目标值: "=100%", "≥95%", "<4.97元/分钟" are quantitative (comparator, number, unit);
// "健全", "符合项目采购招标文件需求", "响应时间：≤30分钟内…" are qualitative text.
// A bare measure ("100%", "60万卷", "≥95") is quantitative but incomplete.

export interface TargetAnalysis {
  readonly kind: 'empty' | 'qualitative' | 'quantitative';
  readonly comparator: string | null;
  readonly number: string | null;
  readonly unit: string | null;
}

const QUANTITATIVE = /^(>=|<=|≥|≤|≧|≦|＞＝|＜＝|=|＝|>|<|＞|＜)?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s，,。；;：:、]{0,8})$/;

export function analyzeTarget(raw: string): TargetAnalysis {
  const text = raw
    .replace(/[\u3000]/g, ' ')
    .trim()
    .replace(/[０-９．％]/g, (c) => (c === '％' ? '%' : c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (text === '') return { kind: 'empty', comparator: null, number: null, unit: null };
  const m = QUANTITATIVE.exec(text);
  if (!m) return { kind: 'qualitative', comparator: null, number: null, unit: null };
  return { kind: 'quantitative', comparator: m[1] ?? null, number: m[2] ?? null, unit: m[3] ? m[3] : null };
}
