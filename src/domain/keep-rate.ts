/** The team's promise-keeping numbers. Keep rate = kept on time / all that came due (kept late counts as broken). */

export interface OutcomeCounts {
  keptOnTime: number;
  keptLate: number;
  broken: number;
  cancelled: number;
  /** Promises whose deadline was moved before it passed, with the customer told. */
  renegotiated: number;
}

/** Kept on time / (kept on time + kept late + broken); null when nothing came due. */
export function keepRate(counts: OutcomeCounts): number | null {
  const due = counts.keptOnTime + counts.keptLate + counts.broken;
  return due === 0 ? null : counts.keptOnTime / due;
}

/** "87%" */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** The change in percentage points, rounded: "+5", "−3", "±0"; null when either side is unknown. */
export function rateChange(current: number | null, previous: number | null): string | null {
  if (current === null || previous === null) return null;
  const points = Math.round((current - previous) * 100);
  return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '±0';
}

/** The end of a window that includes `now` itself (windows are half-open: [from, to)). */
export function justAfter(now: Date): Date {
  return new Date(now.getTime() + 1);
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
