import { flattened, seed2020 } from './bases';
import { variantSuite } from './suite';

variantSuite('the 2020 seed (2020 layout, formulas)', seed2020, 3000, { clean: 80, faulty: 8 });
variantSuite('the 2020 seed reduced to its figures', async () => flattened(await seed2020()), 3500, { clean: 60, faulty: 6 });
