import { describe, expect, it } from 'vitest';
import { pairedRoundInterval, percentile } from '../../bench/stats.js';

/**
 * 50 rounds of 100 samples around 1 ms; in every fifth round (starting at `slowFrom`) five samples take 5 ms, so
 * 1% of all samples are slow and the p99 sits right on the edge of them.
 */
const rounds = (scale: number, slowFrom = 0) =>
  Array.from({ length: 50 }, (_, r) =>
    Array.from({ length: 100 }, (_, i) => ((r % 5 === slowFrom && i < 5 ? 5 : 1) + i / 1000) * scale),
  );

/** Fewer resamples than the benchmark's 400: enough to show each property, and quick. */
const FAST = { iterations: 60 };

describe('p99 ratio interval over resampled pairs of rounds', () => {
  it('is exactly the ratio when one app is the other scaled', () => {
    const { low, high } = pairedRoundInterval(rounds(2), rounds(1), FAST);
    expect(low).toBeCloseTo(2, 10);
    expect(high).toBeCloseTo(2, 10);
  });

  it('is exactly 1 for the same samples, however the rounds are drawn', () => {
    const { low, high } = pairedRoundInterval(rounds(1), rounds(1), FAST);
    expect(low).toBeCloseTo(1, 10);
    expect(high).toBeCloseTo(1, 10);
  });

  it('is wide when the two apps had their slow moments in different rounds', () => {
    const { low, high } = pairedRoundInterval(rounds(1, 0), rounds(1, 1), FAST);
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(1);
  });

  it('is reproducible from its seed', () => {
    const a = pairedRoundInterval(rounds(1, 0), rounds(1, 1), { ...FAST, seed: 7, level: 0.5 });
    expect(pairedRoundInterval(rounds(1, 0), rounds(1, 1), { ...FAST, seed: 7, level: 0.5 })).toEqual(a);
  });

  it('refuses rounds that do not pair up', () => {
    expect(() => pairedRoundInterval(rounds(1), rounds(1).slice(1))).toThrow(/same number of rounds/);
    expect(() => pairedRoundInterval([], [])).toThrow(RangeError);
  });

  it('reads percentiles the way the benchmark does', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 50)).toBe(50);
  });
});
