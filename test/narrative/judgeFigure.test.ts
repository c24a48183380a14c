import { wanToFen } from '../../src/domain/money';
import { judgeFigure } from '../../src/domain/narrative/textCheck/judgeFigure';
import { statedNumber } from '../../src/domain/narrative/textCheck/scanText';

// The verdict on one 万元 figure against the table: valid and invalid cases side by side.

test.each<[string, string, string, number, string]>([
  // what, text figure, table 万元, style decimals, verdict
  ['equal at two decimals', '74.04', '74.0371', 2, 'ok'],
  ['whole 万元 rounded', '50,179', '50179.29', 0, 'ok'],
  ['trailing zeros dropped', '4,614', '4614', 2, 'ok'],
  ['zero', '0', '0', 2, 'ok'],
  ['truncated, not rounded', '74.03', '74.0371', 2, 'info:truncated'],
  ['more decimals than the style', '250.520', '250.52', 2, 'info:more-decimals'],
  ['more decimals, equal at the style', '250.520', '250.5249', 2, 'info:more-decimals'],
  ['coarser than the style', '443', '443.18', 2, 'info:fewer-decimals'],
  ['another figure', '352.67', '350.3499', 2, 'error'],
  ['off by one in the last digit', '50,180', '50179.29', 0, 'error'],
])('%s: %s for %s → %s', (_what, text, table, style, verdict) => {
  const j = judgeFigure(statedNumber(text), wanToFen(table), style);
  expect('why' in j ? `${j.verdict}:${j.why}` : j.verdict).toBe(verdict);
});
