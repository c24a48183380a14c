import { wanToFen } from '../../src/domain/money';
import {
  CENTS_WAN,
  formatWanNumber,
  formatWanStyled,
  PLAIN_TRIMMED_WAN,
  TRIMMED_WAN,
  WHOLE_WAN,
} from '../../src/domain/narrative/wanStyle';

test.each<[string, number, typeof WHOLE_WAN, string]>([
  ['whole 万元 with separators', 2_535_662_850_00, WHOLE_WAN, '253,566万元'],
  ['half a 万元 rounds away from zero', wanToFen('0.5'), WHOLE_WAN, '1万元'],
  ['two decimals', wanToFen('1156.59'), CENTS_WAN, '1,156.59万元'],
  ['two decimals keep trailing zeros', wanToFen('158.5'), CENTS_WAN, '158.50万元'],
  ['half a 分 of 万元 (50 元) rounds up', 5_000, CENTS_WAN, '0.01万元'],
  ['trimmed: 15.00 → 15', wanToFen('15'), TRIMMED_WAN, '15万元'],
  ['trimmed with separators', wanToFen('1708.81'), TRIMMED_WAN, '1,708.81万元'],
  ['plain trimmed (2020 政府采购)', wanToFen('45261.9'), PLAIN_TRIMMED_WAN, '45261.9万元'],
  ['plain trimmed, whole', wanToFen('533'), PLAIN_TRIMMED_WAN, '533万元'],
  ['zero', 0, WHOLE_WAN, '0万元'],
])('%s', (_what, fen, style, expected) => {
  expect(formatWanStyled(fen, style)).toBe(expected);
  expect(formatWanNumber(fen, style)).toBe(expected.replace('万元', ''));
});
