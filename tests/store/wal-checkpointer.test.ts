import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/store/database.js';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, WalCheckpointer } from '../../src/store/wal-checkpointer.js';

const dirs: string[] = [];
const open: Array<{ db: Db; checkpointer: WalCheckpointer }> = [];

afterEach(async () => {
  for (const { db, checkpointer } of open.splice(0)) {
    await checkpointer.stop();
    if (db.open) db.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file database with a table of 2 KiB rows, and a checkpointer that only runs when asked (a long interval). */
async function setUp(): Promise<{
  db: Db;
  path: string;
  checkpointer: WalCheckpointer;
  warnings: unknown[][];
}> {
  const dir = mkdtempSync(join(tmpdir(), 'kept-checkpoint-'));
  dirs.push(dir);
  const path = join(dir, 'kept.db');
  const db = openDatabase(path);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const warnings: unknown[][] = [];
  const checkpointer = new WalCheckpointer(db, {
    intervalMs: 3_600_000,
    logger: { warn: (...parts) => warnings.push(parts) },
  });
  open.push({ db, checkpointer });
  await checkpointer.started();
  return { db, path, checkpointer, warnings };
}

function writeRows(db: Db, rows: number): void {
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  // One transaction each, as Kept writes: every commit is where SQLite would checkpoint by itself.
  for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(2048));
}

describe('WalCheckpointer', () => {
  it('leaves the main connection only the backstop threshold', async () => {
    const { db } = await setUp();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_AUTOCHECKPOINT_PAGES);
  });

  it('keeps checkpoints out of the main thread commits and does them in the worker', async () => {
    const { db, path, checkpointer, warnings } = await setUp();
    const before = statSync(path).size;
    // About 1,500 pages: past SQLite's default threshold of 1,000, under the backstop.
    writeRows(db, 3000);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(1000 * 4096);
    // Nothing was copied back into the database file by those commits.
    expect(statSync(path).size).toBe(before);

    const result = await checkpointer.checkpoint();
    expect(result?.busy).toBe(0);
    expect(result?.log).toBeGreaterThan(1000);
    expect(result?.checkpointed).toBe(result?.log);
    expect(statSync(path).size).toBeGreaterThan(before + 3000 * 2048);
    expect(warnings).toEqual([]);

    // The rows are all there, read back through the main connection.
    expect(db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 3000 });
  });

  it('checkpoints what is left when stopped, and can be stopped twice', async () => {
    const { db, checkpointer } = await setUp();
    writeRows(db, 200);
    const last = await checkpointer.stop();
    expect(last?.checkpointed).toBe(last?.log);
    expect(last?.log).toBeGreaterThan(0);
    expect(await checkpointer.stop()).toEqual(last);
    db.close();
  });
});
