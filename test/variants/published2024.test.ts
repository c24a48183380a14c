import { published2024 } from './bases';
import { variantSuite } from './suite';

variantSuite('the published 2024 figures', published2024, 2000, { clean: 100, faulty: 10 });
