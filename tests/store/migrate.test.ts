import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../src/project-root.js';
import { openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-migrate-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies every migration on a fresh database and nothing on a re-run', () => {
    const path = join(tempDir(), 'nested', 'kept.db');
    const migrations = readMigrations(migrationsDir());
    const db = openDatabase(path);
    expect(migrate(db, migrations)).toEqual(migrations.map((m) => m.version));
    db.close();

    const reopened = openDatabase(path);
    expect(migrate(reopened, migrations)).toEqual([]);
    const tables = reopened
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(
      expect.arrayContaining(['promises', 'promise_events', 'slack_users', 'schema_migrations']),
    );
    reopened.close();
  });

  it('opens with WAL, foreign keys, a busy timeout and temporary storage in memory', () => {
    const db = openDatabase(join(tempDir(), 'kept.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    // MEMORY: statement journals never spill into temporary files.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls back a failing migration and records nothing for it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_good.sql'), 'CREATE TABLE a (id INTEGER);');
    writeFileSync(join(dir, '0002_bad.sql'), 'CREATE TABLE b (id INTEGER); INSERT INTO missing VALUES (1);');
    const db = openDatabase(':memory:');
    expect(() => migrate(db, readMigrations(dir))).toThrow(/missing/);
    const versions = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all();
    expect(versions).toEqual([{ version: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it('refuses a migration that changed after it was applied', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_a.sql'), 'CREATE TABLE a (id INTEGER);');
    const db = openDatabase(':memory:');
    migrate(db, readMigrations(dir));
    writeFileSync(join(dir, '0001_a.sql'), 'CREATE TABLE a (id INTEGER, extra TEXT);');
    expect(() => migrate(db, readMigrations(dir))).toThrow(/changed after it was applied/);
  });

  it('refuses badly named or gapped migration files', () => {
    const badName = tempDir();
    writeFileSync(join(badName, '1_a.sql'), 'SELECT 1;');
    expect(() => readMigrations(badName)).toThrow(/NNNN_name\.sql/);
    const gapped = tempDir();
    writeFileSync(join(gapped, '0001_a.sql'), 'SELECT 1;');
    writeFileSync(join(gapped, '0003_c.sql'), 'SELECT 1;');
    expect(() => readMigrations(gapped)).toThrow(/without gaps/);
  });
});
