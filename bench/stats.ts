// Small helpers shared by the benchmarks: medians (the machine is shared, so single runs lie), and
// memory figures.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

/** Peak resident memory of this process so far (resourceUsage().maxRSS is in kilobytes). */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function fmt(ms: number, digits = 0): string {
  return ms.toFixed(digits);
}
