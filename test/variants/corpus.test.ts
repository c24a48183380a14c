import { corpusBase, corpusFiles } from './bases';
import { variantSuite } from './suite';

// The published budgets of other offices (test/fixtures/corpus/shanghai), in every layout.

corpusFiles().forEach((file, i) => {
  variantSuite(file.replace(/^.*\//, ''), () => corpusBase(file), 7000 + 1000 * i, { clean: 40, faulty: 4 }, false);
});

test('the corpus fixtures are there', () => {
  expect(corpusFiles().length).toBeGreaterThanOrEqual(5);
});
