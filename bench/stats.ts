/** Small helpers for printing benchmark results side by side. */

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean };
}

export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}x`;
}

export function heading(title: string): void {
  process.stdout.write(`\n== ${title} ==\n`);
}

export function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

/**
 * How far one run's p99 ratio can be trusted: a paired bootstrap over rounds. The benchmark sends its commands in
 * rounds, one app's round right after the other's, so both rounds of a pair saw the same stretch of the machine;
 * resampling whole pairs (not single commands, whose slow ones come in clusters) keeps that pairing. Returns the
 * `level` interval (e.g. 0.9 for the 5th to the 95th percentile) of `p99(app) / p99(baseline)` over `iterations`
 * resamples, with a fixed seed so a run's interval can be reproduced from its samples.
 */
export function pairedRoundInterval(
  appRounds: readonly (readonly number[])[],
  baselineRounds: readonly (readonly number[])[],
  options: { iterations?: number; level?: number; seed?: number } = {},
): { low: number; high: number } {
  const rounds = appRounds.length;
  if (rounds === 0 || rounds !== baselineRounds.length) {
    throw new RangeError(
      `Need the same number of rounds for both, not ${rounds} and ${baselineRounds.length}`,
    );
  }
  const iterations = options.iterations ?? 400;
  const level = options.level ?? 0.9;
  const random = mulberry32(options.seed ?? 1);
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const app: number[] = [];
    const baseline: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      const pick = Math.floor(random() * rounds);
      for (const x of appRounds[pick] ?? []) app.push(x);
      for (const x of baselineRounds[pick] ?? []) baseline.push(x);
    }
    app.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    ratios.push(percentile(app, 99) / percentile(baseline, 99));
  }
  ratios.sort((a, b) => a - b);
  const tail = ((1 - level) / 2) * 100;
  return { low: percentile(ratios, tail), high: percentile(ratios, 100 - tail) };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same resamples. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
