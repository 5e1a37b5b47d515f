import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Slack allows about one message per second per channel. Posts to the same channel are spaced at least
 * `intervalMs` apart in real (monotonic) time, whatever the scheduler's clock says.
 */
export class ChannelPacer {
  private readonly lastPost = new Map<string, number>();

  constructor(
    private readonly intervalMs = 1100,
    private readonly monotonicNow: () => number = () => performance.now(),
    private readonly pause: (ms: number) => Promise<unknown> = sleep,
  ) {}

  async wait(channel: string): Promise<void> {
    const last = this.lastPost.get(channel);
    const now = this.monotonicNow();
    if (last !== undefined && now - last < this.intervalMs) await this.pause(this.intervalMs - (now - last));
    this.lastPost.set(channel, this.monotonicNow());
  }
}
