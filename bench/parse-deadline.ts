import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { parseDeadline } from '../src/parsing/parse-deadline.js';
import { extraPhraseRows, sharedPhraseRows } from '../tests/parsing/deadline-phrases.table.js';
import { heading, line, ratio } from './stats.js';

const TARGET_PER_SECOND = 10_000;
const TARGET_RATIO = 1 / 3;
const ROUNDS = 5;
const ROUND_MS = 400;
const IMPORT_RUNS = 5;

interface BenchCase {
  text: string;
  now: Date;
  timeZone: string;
  locale: string;
}

function cases(): BenchCase[] {
  return [...sharedPhraseRows, ...extraPhraseRows].map((row) => ({
    text: row.text,
    now: new Date(row.reference),
    timeZone: row.zone,
    locale: row.locale,
  }));
}

/** Phrases per second for `work`, running over all cases repeatedly for about `ROUND_MS`. */
function rate(all: readonly BenchCase[], work: (c: BenchCase) => unknown): number {
  let done = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (const c of all) {
      if (work(c) !== null) sink += 1;
      done += 1;
    }
    elapsed = performance.now() - started;
  }
  if (sink < 0) line('unreachable');
  return (done / elapsed) * 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Time to import `specifier` in a fresh node process (module loading and top-level setup, no parsing). */
function coldImportMs(specifier: string, cwd: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const samples: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i += 1) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd,
      encoding: 'utf8',
    });
    samples.push(Number(out));
  }
  return median(samples);
}

function perSecond(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')} phrases/s`;
}

/**
 * `parseDeadline` over the project's phrase table beside plain `chrono.parseDate` on the same phrases, in the same
 * run and interleaved in rounds so both see the same machine; then the cold import time of the compiled parser
 * module beside chrono-node alone, each in a fresh process.
 */
export async function runParseDeadlineBench(): Promise<void> {
  const all = cases();
  heading(`parseDeadline: ${all.length} phrases from the phrase table`);
  const parse = (c: BenchCase) =>
    parseDeadline(c.text, { now: c.now, timeZone: c.timeZone, locale: c.locale });
  const plain = (c: BenchCase) => chrono.parseDate(c.text, c.now);
  for (const c of all) {
    parse(c);
    plain(c);
  }
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    ours.push(rate(all, parse));
    baseline.push(rate(all, plain));
  }
  const oursRate = median(ours);
  const baselineRate = median(baseline);
  line(`parseDeadline     ${perSecond(oursRate)} (median of ${ROUNDS} rounds)`);
  line(`chrono.parseDate  ${perSecond(baselineRate)} (same phrases, same run)`);
  line(
    `ratio             ${ratio(oursRate, baselineRate)} of plain chrono (target >= ${TARGET_RATIO.toFixed(2)}x)`,
  );
  const meetsRate = oursRate >= TARGET_PER_SECOND;
  const meetsRatio = oursRate / baselineRate >= TARGET_RATIO;
  line(
    `targets           >= ${TARGET_PER_SECOND.toLocaleString('en-US')} phrases/s: ${meetsRate ? 'met' : 'MISSED'}; ` +
      `ratio: ${meetsRatio ? 'met' : 'MISSED'}`,
  );

  const parserModule = fileURLToPath(new URL('../src/parsing/parse-deadline.js', import.meta.url));
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const parserMs = coldImportMs(parserModule, projectRoot);
  const chronoMs = coldImportMs('chrono-node', projectRoot);
  line(
    `cold import       parse-deadline ${parserMs.toFixed(1)} ms vs chrono-node alone ${chronoMs.toFixed(1)} ms ` +
      `(median of ${IMPORT_RUNS} fresh processes; includes date-holidays and @date-fns/tz)`,
  );
}
