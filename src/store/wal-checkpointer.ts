import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

/**
 * How many WAL pages the main connection lets pile up before it checkpoints by itself: a backstop for when the
 * background checkpointer is not keeping up (or died), about 160 MiB of WAL at 4 KiB pages.
 *
 * Under writes that never pause (a benchmark's closed loop) the worker's checkpoints never catch up completely:
 * frames are added while it syncs, so the WAL cannot start over and grows until this backstop checkpoints on
 * the main connection, with two fsyncs inside one commit (measured: 10 to 60 ms). At 10,000 pages that hit one
 * /promise in 600 and set the top of its p99; at 40,000 it is one in 2,400. With any pause in the writes (a
 * team's real traffic) the worker catches up and the WAL starts over long before this.
 */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 40_000;

/**
 * A WAL file larger than this is cut back to it when the log starts over (SQLite otherwise keeps the file at its
 * largest). It sits above what the backstop lets the WAL reach (40,000 frames of 4 KiB plus headers, 165 MB), so
 * the file is not cut while Kept runs: that happens inside the next commit, and cutting 96 MiB off took 95 ms.
 */
const JOURNAL_SIZE_LIMIT_BYTES = 192 * 1024 * 1024;

export interface CheckpointResult {
  /** 1 when a reader or writer kept the checkpoint from finishing this time. */
  busy: number;
  /** Frames in the WAL. */
  log: number;
  /** Frames copied back into the database. */
  checkpointed: number;
}

export interface WalCheckpointerOptions {
  /** How often the worker checkpoints (default 500 ms). */
  intervalMs?: number;
  logger: { warn(...parts: unknown[]): void };
}

/**
 * The worker's code, run with `eval` so it loads the same way from `src/` (tests) and `dist/` (npm start). It
 * opens its own connection to the database and runs PASSIVE checkpoints on a timer: they never take the write
 * lock, so the main thread's transactions go on while the database file is written and synced here.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.databasePath, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let failing = false;
const checkpoint = () => {
  try {
    const result = db.pragma('wal_checkpoint(PASSIVE)')[0];
    failing = false;
    return result;
  } catch (error) {
    if (!failing) parentPort.postMessage({ kind: 'error', message: String(error && error.message || error) });
    failing = true;
    return undefined;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message.kind === 'checkpoint') {
    parentPort.postMessage({ kind: 'checkpointed', id: message.id, result: checkpoint() });
  } else if (message.kind === 'stop') {
    clearInterval(timer);
    const result = checkpoint();
    db.close();
    parentPort.postMessage({ kind: 'stopped', result });
    parentPort.close();
  }
});
parentPort.postMessage({ kind: 'ready' });
`;

type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'error'; message: string }
  | { kind: 'checkpointed'; id: number; result: CheckpointResult | undefined }
  | { kind: 'stopped'; result: CheckpointResult | undefined };

/**
 * Moves WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever commit crosses
 * its threshold and syncs the database file there: on these disks that commit takes milliseconds, and so does
 * the Slack request waiting on it. Here a worker thread checkpoints instead, and the main connection keeps only
 * a high backstop threshold.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private readonly waiting = new Map<number, (result: CheckpointResult | undefined) => void>();
  private nextId = 0;
  private stopped: Promise<CheckpointResult | undefined> | undefined;

  /** Starts checkpointing `db`'s file from a worker; `db` keeps only the backstop. */
  constructor(db: Db, options: WalCheckpointerOptions) {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        databasePath: db.name,
        driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
        intervalMs: options.intervalMs ?? 500,
      },
    });
    // A checkpointer must never keep the process alive on its own.
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'error') options.logger.warn('WAL checkpoint failed', message.message);
        else if (message.kind === 'checkpointed') {
          this.waiting.get(message.id)?.(message.result);
          this.waiting.delete(message.id);
        }
      });
    });
    this.ready.catch((error: unknown) => {
      // The backstop checkpoints on the main connection; logged, not fatal.
      options.logger.warn('The WAL checkpointer did not start; SQLite checkpoints on its own', error);
    });
  }

  /** Resolves once the worker has opened its connection. */
  started(): Promise<void> {
    return this.ready;
  }

  /** Checkpoints now and reports what it did (tests; the timer does this on its own). */
  async checkpoint(): Promise<CheckpointResult | undefined> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ kind: 'checkpoint', id });
    });
  }

  /** A last checkpoint, then the worker closes its connection and ends. Safe to call twice. */
  stop(): Promise<CheckpointResult | undefined> {
    this.stopped ??= this.ready.then(
      () =>
        new Promise<CheckpointResult | undefined>((resolve) => {
          this.worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'stopped') resolve(message.result);
          });
          this.worker.once('exit', () => resolve(undefined));
          this.worker.postMessage({ kind: 'stop' });
        }),
      () => undefined,
    );
    return this.stopped;
  }
}
