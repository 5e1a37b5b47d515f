import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';

/** Dependencies point inward: the pure layers import no Slack, SQLite, Node built-ins, env or wall clock. */
const PURE_LAYERS = ['src/domain', 'src/parsing'];
const FORBIDDEN = [
  /from '@slack\//,
  /from 'better-sqlite3'/,
  /from 'node:/,
  /from '\.\.\/(store|slack|services)\//,
  /\bprocess\./,
  /\bDate\.now\(/,
  /new Date\(\)/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('architecture', () => {
  const root = projectRoot();
  for (const layer of PURE_LAYERS) {
    it(`${layer} stays pure`, () => {
      const offences = sourceFiles(join(root, layer)).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return FORBIDDEN.filter((pattern) => pattern.test(text)).map(
          (pattern) => `${relative(root, file)}: ${pattern}`,
        );
      });
      expect(offences).toEqual([]);
    });
  }

  it('reads the wall clock in one module only', () => {
    const readers = sourceFiles(join(root, 'src'))
      .filter((file) => /Date\.now\(|new Date\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(readers).toEqual(['src/clock.ts']);
  });
});
