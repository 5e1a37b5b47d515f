import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limitClause, openDatabase, transact } from '../../src/store/database.js';

function fresh() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
  const count = () => (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
  const insert = (n: number) => db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
  return { db, count, insert };
}

describe('transact', () => {
  it('commits what the work wrote and returns its value', () => {
    const { db, count, insert } = fresh();
    const result = transact(db, () => {
      insert(1);
      insert(2);
      return 'done';
    });
    expect(result).toBe('done');
    expect(count()).toBe(2);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls everything back when the work throws, and rethrows', () => {
    const { db, count, insert } = fresh();
    expect(() =>
      transact(db, () => {
        insert(1);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(count()).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('nests as a savepoint: an inner failure undoes only the inner writes', () => {
    const { db, count, insert } = fresh();
    transact(db, () => {
      insert(1);
      expect(() =>
        transact(db, () => {
          insert(2);
          throw new Error('inner');
        }),
      ).toThrow('inner');
      insert(3);
    });
    expect(db.prepare('SELECT n FROM t ORDER BY n').all()).toEqual([{ n: 1 }, { n: 3 }]);
    expect(count()).toBe(2);
  });
});

describe('transact, immediate', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Two connections to one database file, the second unwilling to wait for a lock. */
  function twoConnections() {
    const dir = mkdtempSync(join(tmpdir(), 'kept-transact-'));
    dirs.push(dir);
    const path = join(dir, 'kept.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    const other = openDatabase(path);
    other.pragma('busy_timeout = 0');
    return { db, other };
  }

  it('takes the write lock at BEGIN, before the work has written anything', () => {
    const { db, other } = twoConnections();
    transact(
      db,
      () => {
        db.prepare('SELECT count(*) FROM t').get();
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      },
      'immediate',
    );
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
    db.close();
    other.close();
  });

  it('a deferred transaction that only read leaves the write lock free', () => {
    const { db, other } = twoConnections();
    transact(db, () => {
      db.prepare('SELECT count(*) FROM t').get();
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    });
    db.close();
    other.close();
  });
});

describe('limitClause', () => {
  it('writes a whole number into the SQL and refuses anything else', () => {
    expect(limitClause(20)).toBe('LIMIT 20');
    expect(limitClause(0)).toBe('LIMIT 0');
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => limitClause(bad)).toThrow(RangeError);
    }
  });

  it('limits what a statement returns', () => {
    const { db, insert } = fresh();
    for (let n = 0; n < 5; n += 1) insert(n);
    expect(db.prepare(`SELECT n FROM t ORDER BY n ${limitClause(3)}`).all()).toEqual([
      { n: 0 },
      { n: 1 },
      { n: 2 },
    ]);
  });
});
