import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';

export interface AppProcess {
  port: number;
  /** SIGTERM, then waits for the process to exit; its exit code. */
  stop(): Promise<number | null>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * Runs `script` in its own Node process with `env` and waits until it says which port it listens on (a line
 * with "listening on port N", on stdout or stderr). Each app under test gets a process and a heap of its own,
 * as in production: sharing one with the load generator or with the other app would charge each for the
 * other's garbage collection. `BENCH_NODE_ARGS` (e.g. "--cpu-prof") is passed to every such process, and with
 * `BENCH_APP_LOG_DIR` set, each process's output is kept there as `<script name>.<pid>.log` (with
 * `BENCH_NODE_ARGS=--trace-gc`, each app's garbage collections).
 */
export function startAppProcess(script: string, env: Record<string, string>): Promise<AppProcess> {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it listened:\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      // Keep draining its output so the child never blocks on a full pipe; into a file when asked.
      const logDir = process.env.BENCH_APP_LOG_DIR;
      if (logDir) {
        const log = createWriteStream(join(logDir, `${basename(script, '.js')}.${child.pid}.log`));
        log.write(output);
        child.stdout?.pipe(log, { end: false });
        child.stderr?.pipe(log, { end: false });
        child.once('close', () => log.end());
      }
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ port: Number(match[1]), stop: () => stopChild(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
