// CPU and memory of this process and its child processes (the CLI's pool runs its workers as
// processes). Linux /proc only: the benchmarks run on the team's Linux machines and CI.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** The pids of this process's live children (spawned from its main thread, as fork does). */
function childPids(): number[] {
  const text = readIfThere(`/proc/self/task/${process.pid}/children`) ?? '';
  return text.split(/\s+/).filter(Boolean).map(Number);
}

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    // A child may exit between the listing and the read.
    if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'ESRCH')) return null;
    throw e;
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readIfThere(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) : 0;
}

/** This process's own CPU ms (user + system). */
export function ownCpuMs(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000;
}

/** CPU ms (user + system) of this process and of its children that have exited and been reaped. */
export function treeCpuMs(): number {
  // /proc/self/stat: fields 16 and 17 are cutime and cstime (after the parenthesised name).
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const children = (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  return ownCpuMs() + children * 1000;
}

/** Samples resident memory of the process tree every 10 ms until stopped. */
export function sampleTreeMemory(): { stop(): { sampledPeakMb: number; maxRssMb: number } } {
  let peak = 0;
  let childrenHwmKb = 0;
  const sample = () => {
    let rss = process.memoryUsage().rss;
    let hwm = 0;
    for (const pid of childPids()) {
      rss += statusKb(pid, 'VmRSS') * 1024;
      hwm += statusKb(pid, 'VmHWM');
    }
    peak = Math.max(peak, rss);
    childrenHwmKb = Math.max(childrenHwmKb, hwm);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    stop() {
      sample();
      clearInterval(timer);
      // The kernel's high-water mark of this process, plus the most the children live at one time
      // had reached (each child's own high-water mark, summed).
      return { sampledPeakMb: peak / 2 ** 20, maxRssMb: (process.resourceUsage().maxRSS + childrenHwmKb) / 1024 };
    },
  };
}
