import { demo2024 } from './bases';
import { variantSuite } from './suite';

variantSuite('the demo 2024 (formulas)', demo2024, 1000, { clean: 100, faulty: 10 });
