import { checkOneFile } from '../../../src/cli/checkFiles';

/** What `budget check` finds in the file, as "cell|message", sorted (as listedFindings gives the page's). */
export async function cliFindings(file: string): Promise<string[]> {
  const outcome = await checkOneFile(file);
  if (!('findings' in outcome) || !outcome.findings) throw new Error(`未能校验 ${file}`);
  return outcome.findings.map((f) => `${f.cell ?? ''}|${f.message}`).sort();
}
