import { checkGroups } from '../figureCheck';
import type { TextRule } from '../textRule';

export const sangongFigures: TextRule = {
  id: 'narrative-check/sangong-figures',
  severity: 'error',
  description: '“三公”经费各项和机关运行经费与“三公”经费和机关运行经费预算表一致',
  check: (ctx) => checkGroups(ctx, 'narrative-check/sangong-figures', ['sangong']),
};
