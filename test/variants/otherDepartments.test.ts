import { buildBudgetWorkbook } from '../../src/domain/plan/buildBudgetWorkbook';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsxWorkbook';
import { baseOf, BaseWorkbook, flattened } from './bases';
import { CITY_APPEARANCE_BUREAU, JUSTICE_BUREAU, OtherDepartment, otherDepartmentBudget } from './otherDepartments';
import { variantSuite } from './suite';

// Departments with none of the sample's codes, as variant bases too.

async function built(d: OtherDepartment): Promise<BaseWorkbook> {
  const book = new XlsxWorkbook();
  await book.writePlan(buildBudgetWorkbook(otherDepartmentBudget(d)).plan, 'fail');
  return baseOf(d.department, await book.readSheets());
}

variantSuite('a 司法局 (204, formulas)', () => built(JUSTICE_BUREAU), 4000, { clean: 60, faulty: 6 });
variantSuite('a 绿化市容局 (212 and 204, figures only)', async () => flattened(await built(CITY_APPEARANCE_BUREAU)), 5000, {
  clean: 60,
  faulty: 6,
});
