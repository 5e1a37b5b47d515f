import { runCoachingBench } from './coaching.js';
import { runCommandLatencyBench } from './command-latency.js';
import { runParseDeadlineBench } from './parse-deadline.js';
import { runSchedulerBench } from './scheduler.js';
import { runTeamViewBench } from './team-view.js';

/** `npm run bench`: every benchmark, each beside its baseline measured in the same run. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const benches: Record<string, () => Promise<void>> = {
    command: runCommandLatencyBench,
    parse: runParseDeadlineBench,
    scheduler: runSchedulerBench,
    team: runTeamViewBench,
    coaching: runCoachingBench,
  };
  for (const [name, bench] of Object.entries(benches)) {
    if (only === undefined || only === name) await bench();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
