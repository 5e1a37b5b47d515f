import { describe, expect, it } from 'vitest';
import { benchDatabase, requestCount } from '../../bench/command-latency.js';

describe('the command benchmark settings', () => {
  it('sends 5,000 commands unless told otherwise, and whole rounds of 100 from 1,000 up', () => {
    expect(requestCount(undefined)).toBe(5000);
    expect(requestCount('')).toBe(5000);
    expect(requestCount('10000')).toBe(10000);
    expect(requestCount('1000')).toBe(1000);
    for (const bad of ['900', '1050', '1e4.5', 'many', '-2000']) {
      expect(() => requestCount(bad)).toThrow(
        `BENCH_REQUESTS must be a whole multiple of 100, at least 1000, not "${bad}"`,
      );
    }
  });

  it('runs Kept on a database file unless a diagnostic run in memory is asked for', () => {
    expect(benchDatabase(undefined)).toBe('file');
    expect(benchDatabase('')).toBe('file');
    expect(benchDatabase('file')).toBe('file');
    expect(benchDatabase('memory')).toBe('memory');
    for (const bad of [':memory:', 'Memory', '/tmp/kept.db']) {
      expect(() => benchDatabase(bad)).toThrow(
        `BENCH_DATABASE must be "file" (the default) or "memory", not "${bad}"`,
      );
    }
  });
});
