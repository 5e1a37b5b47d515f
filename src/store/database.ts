import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for `sql` on `db`, compiled once and reused: preparing costs more than running most of
 * Kept's queries.
 */
export function statement<P extends unknown[] | Record<string, unknown> = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Database.Statement<P, R> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared as unknown as Database.Statement<P, R>;
}

/**
 * `LIMIT n` to write into a statement's SQL. SQLite (3.53 here) plans with the value bound to a LIMIT parameter,
 * so binding one marks the statement to be compiled again on every run: about 40 µs a run against 2 µs for the
 * same statement with the number written in. Limits are a handful of constants (page and batch sizes), so each
 * gets one cached statement. OFFSET does not do this and stays a parameter.
 */
export function limitClause(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`A LIMIT must be a whole number >= 0, not ${n}`);
  return `LIMIT ${n}`;
}

const transactionRunners = new WeakMap<Db, Database.Transaction<(work: () => unknown) => unknown>>();

/**
 * Runs `work` in a transaction on `db` (a savepoint when one is already open), committing when it returns and
 * rolling back when it throws. One better-sqlite3 transaction function per connection, reused: making one with
 * `db.transaction(fn)` builds four wrapped functions with their properties each time, on every write Kept makes.
 *
 * `immediate` takes the write lock at BEGIN, for work that reads before it writes: a deferred transaction that
 * read a snapshot another process has since written to cannot upgrade to a writer and fails at once, where an
 * immediate one waits its turn (busy timeout). Reads inside one transaction also share one lock on the WAL index
 * instead of taking and releasing it for each statement.
 */
export function transact<T>(db: Db, work: () => T, mode: 'deferred' | 'immediate' = 'deferred'): T {
  let run = transactionRunners.get(db);
  if (!run) {
    run = db.transaction((inner: () => unknown) => inner());
    transactionRunners.set(db, run);
  }
  return (mode === 'immediate' ? run.immediate(work) : run(work)) as T;
}

/**
 * Opens (creating if needed) the SQLite database with the settings Kept relies on: WAL so readers never wait
 * for the writer, foreign keys enforced, and a busy timeout so a second process waits instead of failing.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // The busy timeout first: even switching to WAL must wait, not fail, while another process holds a lock.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // Statement journals (the undo record of one statement inside a larger transaction) stay in memory; on disk
  // SQLite spilled one into a new temporary file every few /promise commands once it passed 64 KiB.
  db.pragma('temp_store = MEMORY');
  return db;
}

/** True while the database answers a trivial query; used by the health check. */
export function isDatabaseReachable(db: Db): boolean {
  try {
    return statement(db, 'SELECT 1 AS ok').get() !== undefined;
  } catch {
    return false;
  }
}
