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

export function variantSuite(label: string, load: () => Promise<BaseWorkbook>, seed: number, size: SuiteSize): void {
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

    test('the original layout reads cleanly: no errors, no warnings', () => {
      const findings = checkSnapshots(base.sheets).findings.filter((f) => f.severity !== 'info');
      expect(findings.map((f) => f.message)).toEqual([]);
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
        'sangongUnit=元',
        'host=xlsx',
        ...(base.formulas ? ['dropCaches=true'] : ['unit=万元2', 'unit=mixed', 'textAmounts=thousands', 'textAmounts=plain', 'host=xls']),
      ];
      expect(wanted.filter((k) => !report.coverage.has(k))).toEqual([]);
    });
  });
}
