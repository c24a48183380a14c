import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file starts with an empty catalog store: the catalogs an officer imported on this
// machine (~/.budget/科目表) must not change what check or rollover print in the tests. A test of
// the store points BUDGET_CATALOG_DIR at its own folder.
process.env.BUDGET_CATALOG_DIR = join(tmpdir(), `budget-tests-no-stored-catalogs-${process.pid}`);
