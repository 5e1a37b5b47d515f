import { describe, expect, it } from 'vitest';
import { openDatabase, transact } from '../../src/store/database.js';

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
