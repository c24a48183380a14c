import type { CellValue, SheetSnapshot } from '../../src/domain/port/workbookPort';
import { pick } from './prng';

// Ways real budget workbooks go wrong, applied at random to sheet snapshots.

export const JUNK: readonly CellValue[] = [
  '一百万',
  '1,2,3',
  '#REF!',
  '#VALUE!',
  '',
  null,
  -5,
  1e15,
  0.001,
  '２０８',
  ' 208 01 ',
  true,
  '=SUM(',
  '合计',
  '类',
  '项目',
  '2024年部门收入预算总表',
  '单位：万元',
  '1,234,567.891',
  '(1,000)',
  '—',
  'NaN',
  '208010101',
  '20801',
  3.14159,
  '编制部门：',
  '\u3000',
];

type Mutation = (s: SheetSnapshot[], rand: () => number) => SheetSnapshot[];

function mutableCopy(s: SheetSnapshot): {
  name: string;
  visibility: SheetSnapshot['visibility'];
  values: CellValue[][];
  formulas: (string | null)[][];
  merges: string[];
} {
  return {
    name: s.name,
    visibility: s.visibility,
    values: s.values.map((r) => [...r]),
    formulas: s.formulas.map((r) => [...r]),
    merges: [...s.merges],
  };
}

function onRandomSheet(sheets: SheetSnapshot[], rand: () => number, f: (s: ReturnType<typeof mutableCopy>) => void): SheetSnapshot[] {
  if (sheets.length === 0) return sheets;
  const i = Math.floor(rand() * sheets.length);
  const copy = mutableCopy(sheets[i]!);
  f(copy);
  return sheets.map((s, j) => (j === i ? copy : s));
}

const MUTATIONS: readonly Mutation[] = [
  // junk in a random cell
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const r = Math.floor(rand() * Math.max(1, x.values.length));
      const row = x.values[r];
      if (!row || row.length === 0) return;
      row[Math.floor(rand() * row.length)] = pick(rand, JUNK);
    }),
  // delete a row
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const r = Math.floor(rand() * x.values.length);
      x.values.splice(r, 1);
      x.formulas.splice(r, 1);
    }),
  // duplicate a row
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const r = Math.floor(rand() * x.values.length);
      if (x.values[r]) {
        x.values.splice(r, 0, [...x.values[r]]);
        x.formulas.splice(r, 0, [...(x.formulas[r] ?? [])]);
      }
    }),
  // truncate the sheet
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const n = Math.floor(rand() * x.values.length);
      x.values.length = n;
      x.formulas.length = Math.min(n, x.formulas.length);
    }),
  // ragged row: cut a row short
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const r = Math.floor(rand() * x.values.length);
      x.values[r]?.splice(Math.floor(rand() * (x.values[r]?.length ?? 0)));
    }),
  // 10,000 empty formatted rows at the end
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const w = x.values[0]?.length ?? 5;
      for (let i = 0; i < 10_000; i++) {
        x.values.push(new Array<CellValue>(w).fill(null));
        x.formulas.push(new Array<string | null>(w).fill(null));
      }
    }),
  // remove a sheet entirely
  (s, rand) => s.filter((_, i) => i !== Math.floor(rand() * s.length)),
  // two sheets with colliding names
  (s, rand) => (s.length > 0 ? [...s, { ...pick(rand, s) }] : s),
  // swap two columns
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const w = x.values[0]?.length ?? 0;
      const a = Math.floor(rand() * w);
      const b = Math.floor(rand() * w);
      for (const row of x.values) [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
    }),
  // a whole column becomes text with full-width digits
  (s, rand) =>
    onRandomSheet(s, rand, (x) => {
      const c = Math.floor(rand() * (x.values[0]?.length ?? 1));
      for (const row of x.values) {
        const v = row[c];
        if (typeof v === 'number') row[c] = String(v).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      }
    }),
];

export function mutate(sheets: SheetSnapshot[], rand: () => number, times: number): SheetSnapshot[] {
  let out = sheets;
  for (let i = 0; i < times; i++) out = pick(rand, MUTATIONS)(out, rand);
  return out;
}
