import { narrative2020, seedParagraphs } from '../support';
import { factsOnce } from './textRuleTester';

// The 编制说明 上海市人社局 published for 2020 (seed 000, verbatim in test/fixtures/seeds) and the
// facts of the 2020 workbook built from the published tables with its 上年数 and 说明素材.

const SEED = '000_07a5929564726e7a.txt';

export const PUBLISHED_2020: readonly string[] = [
  ...seedParagraphs(SEED, '2020年部门预算编制说明', '单位：元'),
  ...seedParagraphs(SEED, '其他相关情况说明', '社会保险服务费项目经费情况说明'),
];

export const facts2020 = factsOnce(async () => {
  const { facts } = await narrative2020();
  if (!facts) throw new Error('facts2020: 2020 年工作簿没有读出说明所需的数');
  return facts;
});
