import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json and migrations/. Found by walking up, because this module runs both from
 * `src/` (tests) and from `dist/src/` (npm start).
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Kept cannot find its project folder (package.json and migrations/)');
    dir = parent;
  }
}

export function migrationsDir(): string {
  return join(projectRoot(), 'migrations');
}
