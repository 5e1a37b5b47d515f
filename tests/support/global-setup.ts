import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/project-root.js';

/** The process-level tests run the compiled entry point, as `npm start` does: build it once per test run. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: projectRoot(),
    stdio: 'inherit',
  });
}
