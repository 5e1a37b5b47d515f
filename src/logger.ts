import { type Logger, LogLevel } from '@slack/bolt';
import { systemClock } from './clock.js';
import type { LogLevelName } from './config.js';

const RANK: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON line per entry on stderr, so logs can be shipped as they are. Implements Bolt's `Logger` so Bolt and
 * Kept log alike. Callers must not pass tokens or request bodies.
 */
export function createLogger(level: LogLevelName, write: (line: string) => void = defaultWrite): Logger {
  let current: LogLevelName = level;
  let name = 'kept';
  const emit = (at: LogLevelName, parts: unknown[]) => {
    if (RANK[at] < RANK[current]) return;
    const message = parts.map(formatPart).join(' ');
    write(JSON.stringify({ time: systemClock.now().toISOString(), level: at, name, message }));
  };
  return {
    debug: (...parts: unknown[]) => emit('debug', parts),
    info: (...parts: unknown[]) => emit('info', parts),
    warn: (...parts: unknown[]) => emit('warn', parts),
    error: (...parts: unknown[]) => emit('error', parts),
    setLevel: (next: LogLevel) => {
      current = fromBoltLevel(next);
    },
    getLevel: () => toBoltLevel(current),
    setName: (next: string) => {
      name = next;
    },
  };
}

function defaultWrite(line: string): void {
  process.stderr.write(`${line}\n`);
}

function formatPart(part: unknown): string {
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

function toBoltLevel(level: LogLevelName): LogLevel {
  return { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR }[level];
}

function fromBoltLevel(level: LogLevel): LogLevelName {
  switch (level) {
    case LogLevel.DEBUG:
      return 'debug';
    case LogLevel.WARN:
      return 'warn';
    case LogLevel.ERROR:
      return 'error';
    default:
      return 'info';
  }
}
