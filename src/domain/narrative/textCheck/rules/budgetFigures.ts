import { checkGroups } from '../figureCheck';
import type { TextRule } from '../textRule';

export const budgetFigures: TextRule = {
  id: 'narrative-check/budget-figures',
  severity: 'error',
  description: '收入预算、支出预算及其构成（财政拨款、一般公共预算、政府性基金、国有资本经营预算、事业收入等）与预算表一致',
  check: (ctx) => checkGroups(ctx, 'narrative-check/budget-figures', ['budget']),
};
