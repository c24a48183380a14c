import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectsFromList, ProjectEntry } from '../../src/domain/projects/projectList';

// Copies of the shared seeds (/work/shared/seeds), so these tests stand alone.
export const FIXTURES = join(__dirname, '..', 'fixtures', 'seeds');
export const SEED_001 = join(FIXTURES, '001_914c13d346301e8d.txt');
export const SEED_004 = join(FIXTURES, '004_68c49af72df8697e.txt');
export const SEED_000 = join(FIXTURES, '000_07a5929564726e7a.txt');

export function loadProjectSeed(file: string): { year: number; department: string; entries: ProjectEntry[] } {
  const imported = projectsFromList(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8')));
  if (imported.findings.length > 0 || imported.year === null || imported.department === null) {
    throw new Error(`seeds/${file}: ${imported.findings.map((f) => f.message).join('；')}`);
  }
  return { year: imported.year, department: imported.department, entries: imported.entries };
}
