import { EDITION_2024 } from './edition2024';
import type { EditionDef, SummaryTableDef, TableDef, TableId } from './types';

// The 2020 layout (seed 000): eight tables — no 国有资本经营预算 table, the summary tables list only
// 一般公共预算 and 政府性基金, income sub-lines numbered "1. ". A layout change is data, not code.

function from2024(id: TableId, number: number, patch: Partial<TableDef> = {}): TableDef {
  const base = EDITION_2024.tables.find((t) => t.id === id);
  if (!base) throw new RangeError(`edition2020: 2024 年版没有表 ${id}`);
  return { ...base, number, sheetName: base.sheetName.replace(/^\d+/, String(number)), ...patch } as TableDef;
}

const financeSummary2024 = EDITION_2024.tables.find((t) => t.id === 'financeSummary') as SummaryTableDef;
const fiscalSummary2024 = EDITION_2024.tables.find((t) => t.id === 'fiscalSummary') as SummaryTableDef;

export const EDITION_2020: EditionDef = {
  edition: 2020,
  tables: [
    {
      ...financeSummary2024,
      incomeLines: [
        { label: '一、财政拨款收入', source: { sumOfLines: [1, 2] } },
        { label: '1. 一般公共预算资金', source: { table: 'generalPublic', column: 'total' } },
        { label: '2. 政府性基金', source: { table: 'govFund', column: 'total' } },
        { label: '二、事业收入', source: { table: 'income', column: 'business' } },
        { label: '三、事业单位经营收入', source: { table: 'income', column: 'operating' } },
        { label: '四、其他收入', source: { table: 'income', column: 'other' } },
      ],
    },
    from2024('income', 2),
    from2024('expenditure', 3),
    {
      ...fiscalSummary2024,
      incomeLines: [
        { label: '一、一般公共预算资金', source: { table: 'generalPublic', column: 'total' } },
        { label: '二、政府性基金', source: { table: 'govFund', column: 'total' } },
      ],
      expenditureColumns: [
        { label: '合计', table: null },
        { label: '一般公共预算', table: 'generalPublic' },
        { label: '政府性基金预算', table: 'govFund' },
      ],
      expenditureClassesFrom: ['generalPublic', 'govFund'],
    },
    from2024('generalPublic', 5),
    from2024('govFund', 6),
    from2024('economic', 7),
    from2024('sangong', 8),
  ],
};
