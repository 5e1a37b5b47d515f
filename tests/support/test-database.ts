import { migrationsDir } from '../../src/project-root.js';
import { type Db, openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';

/** A fresh, fully migrated in-memory database. */
export function freshDatabase(): Db {
  const db = openDatabase(':memory:');
  migrate(db, readMigrations(migrationsDir()));
  return db;
}
