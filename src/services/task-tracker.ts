/**
 * Work that runs after Slack has been answered (a DM to the owner, say). Shutdown waits for it, so SIGTERM
 * never cuts a message in half; a failure is logged, never thrown into the void.
 */
export class TaskTracker {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: { error(...parts: unknown[]): void }) {}

  run(name: string, task: () => Promise<void>): void {
    const done = task()
      .catch((error: unknown) => this.logger.error(`${name} failed`, error))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Waits with the rest for work that is already running (a Slack listener finishing after its ack). */
  track<T>(work: Promise<T>): Promise<T> {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(done);
    void done.finally(() => this.running.delete(done));
    return work;
  }

  get size(): number {
    return this.running.size;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
