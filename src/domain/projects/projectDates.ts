import { halfWidthDigits } from '../catalog/codes';

// 计划开始/完成日期 as officers type them: "2020-01-01", "2020.1.1", "2020/1/1", "2020年1月1日",
// a month alone ("2019年12月", as in the 2019 form: the start or end of that month), or an Excel
// date serial. Normalised to ISO "YYYY-MM-DD"; anything else is null (the caller makes a finding).

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseDateText(raw: unknown, edge: 'start' | 'end' = 'start'): string | null {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1 || raw > 2_958_465) return null;
    const t = new Date(EXCEL_EPOCH_MS + raw * DAY_MS);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  if (typeof raw !== 'string') return null;
  const s = halfWidthDigits(raw.replace(/[\s\u3000]/g, ''));
  const full = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(s);
  if (full) return iso(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = /^(\d{4})[-./年](\d{1,2})月?$/.exec(s);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return edge === 'start' ? iso(y, m, 1) : iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

export function yearOfIso(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
