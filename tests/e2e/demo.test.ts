import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';

/** `npm run demo` (compiled by the global setup): the scripted week runs and shows the key moments. */
describe('npm run demo', () => {
  it('runs the scripted week against the local Slack stand-in and ends with the keep rate', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(projectRoot(), 'dist', 'demo', 'run.js')],
      {
        env: { PATH: process.env.PATH ?? '' },
        timeout: 60_000,
      },
    );
    for (const moment of [
      'Promise recorded',
      'Belofte vastgelegd',
      'heeft een belofte op jouw naam vastgelegd',
      'Reminder: this promise is due',
      'Herinnering: deze belofte moet',
      'Promises for Tuesday 24 November',
      'Bob accepted: the promise is theirs now',
      'New deadline Thu 26 Nov 2026, 15:00 (Europe/Amsterdam), agreed with the customer',
      'At risk: @Bob’s promise is still open with 1 hour to go',
      '[Take over]',
      'De deadline is verstreken',
      'Broken: @Bob’s promise passed its deadline',
      'Te laat nagekomen',
      'Customers to watch',
      'Team keep rate: 75% (kept on time 3 of 4; kept late 1, broken 0, renegotiated in time 1)',
    ]) {
      expect(stdout).toContain(moment);
    }
    expect(stdout).not.toMatch(/<@U|<!date|<#C/);
  });
});
