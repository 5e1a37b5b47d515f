import type { Logger, webApi } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { TaskTracker } from '../services/task-tracker.js';
import type { UserDirectory } from '../services/user-directory.js';
import type { Db } from '../store/database.js';

/** What every listener gets: built once by `createKept`, passed down, never imported as a global. */
export interface KeptContext {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  client: webApi.WebClient;
  directory: UserDirectory;
  tasks: TaskTracker;
  scheduler: Scheduler;
}
