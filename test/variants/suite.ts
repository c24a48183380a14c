import type { BaseWorkbook } from './bases';
import { checkSnapshots } from '../../src/domain/check/checkSnapshots';
import { describeFailure, runVariants, VariantReport } from './runVariants';

// One jest suite per base workbook (jest runs the files in parallel). VARIANTS_SCALE=10 runs ten
// times as many variants of each, for a deeper look than the suite's everyday size.

const SCALE = Number(process.env.VARIANTS_SCALE ?? 1);

export interface SuiteSize {
  readonly clean: number;
  /** Per fault kind. */
  readonly faulty: number;
}

/**
 * `cleanOriginal: false` for the corpus documents: what their original layout reports (a real
 * inconsistency of the publication) is asserted by the corpus tests; here every variant must
 * report exactly the same.
 */
export function variantSuite(label: string, load: () => Promise<BaseWorkbook>, seed: number, size: SuiteSize, cleanOriginal = true): void {
  describe(`layout variants of ${label}`, () => {
    let base: BaseWorkbook;
    let report: VariantReport;
    beforeAll(async () => {
      base = await load();
      report = await runVariants(base, {
        seed,
        clean: Math.round(size.clean * SCALE),
        faulty: Math.round(size.faulty * SCALE),
        fileEvery: 25,
      });
    }, 600_000);

    test(cleanOriginal ? 'the original layout checks clean: no errors, no warnings' : 'the original layout is read: all its tables', () => {
      const { findings, parsed } = checkSnapshots(base.sheets);
      expect(parsed.tables.length).toBeGreaterThanOrEqual(8);
      if (cleanOriginal) expect(findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    });

    test(`every variant gives the original's findings at the mapped cells (0 false alarms)`, () => {
      const text = report.failures.slice(0, 5).map(describeFailure).join('\n');
      expect(`${report.failures.length} failing of ${report.variants}\n${text}`).toBe(`0 failing of ${report.variants}\n`);
      expect(report.falseAlarms).toBe(0);
      expect(report.faultMismatches).toBe(0);
      expect(report.variants).toBe(Math.round(size.clean * SCALE) + 4 * Math.round(size.faulty * SCALE));
      expect(report.hostRoundTrips).toBeGreaterThan(0);
    });

    test('the run covered every kind of layout change', () => {
      const wanted = [
        'codeLayout=three',
        'codeLayout=three-full',
        'codeLayout=one',
        'codesAsNumbers=true',
        'classLines=plain',
        'classLines=numbered',
        'pageRows=true',
        'continuedTitle=true',
        'notes=true',
        'marginColumn=true',
        'sheetNames=template',
        'sheetNames=generic',
        'shuffleSheets=true',
        'yearInTitles=first',
        'unit=万元',
        'host=xlsx',
        ...(base.formulas
          ? ['dropCaches=true', 'sangongUnit=元']
          : ['unit=万元2', 'unit=mixed', 'textAmounts=thousands', 'textAmounts=plain', 'host=xls']),
      ];
      expect(wanted.filter((k) => !report.coverage.has(k))).toEqual([]);
    });
  });
}
