import { CHECK_SHEET_NAME } from '../domain/read/tableTitles';
import type { FastReadOptions } from '../hosts/xlsx/readSnapshotsFast';

/**
 * How the check reads a file: the 校验 sheet the product wrote into it is scanned (a damaged one is
 * still refused) but its cells are not built, since every reader of the check passes over it
 * (isGeneratedSheet). In a unit file it is the largest sheet: about 3.5 rows per line item.
 */
export const FOR_CHECKING: FastReadOptions = { deferCells: (name) => name === CHECK_SHEET_NAME };
