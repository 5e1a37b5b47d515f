import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../src/scheduler/channel-pacer.js';

describe('ChannelPacer', () => {
  it('spaces posts to one channel by the interval, and leaves other channels alone', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new ChannelPacer(
      1100,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    await pacer.wait('C1');
    now += 300;
    await pacer.wait('C1');
    await pacer.wait('C2');
    now += 5000;
    await pacer.wait('C1');
    expect(waits).toEqual([800]);
  });
});
