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
