/**
 * Background work (reminder e-mails and the like) goes through one small interface: on PostgreSQL
 * it is pg-boss, so any app process may run a job another one queued; on SQLite the same handlers
 * run in the one process. Handlers must be idempotent (a job can run twice after a crash) and
 * bounded (each has a time limit and a few retries).
 */
export type JobData = Record<string, unknown>;
export type JobHandler = (data: JobData) => Promise<void>;

export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process';
  /** Make a job kind known (idempotent; every process does it at start); `timeoutSeconds` for kinds that run long. */
  define(name: string, options?: { timeoutSeconds?: number }): Promise<void>;
  /** Queue a job; with `singletonKey`, a job with the same key still waiting is not queued twice. */
  send(name: string, data: JobData, options?: { singletonKey?: string }): Promise<void>;
  /** Run this kind's jobs in this process. */
  work(name: string, handler: JobHandler): Promise<void>;
  /** Queue this kind every `intervalMs` (whole minutes on PostgreSQL), whichever process's clock gets there. */
  every(name: string, intervalMs: number): Promise<void>;
  /** Stop taking jobs and wait for those running. */
  stop(): Promise<void>;
}

/** Tries per job before it is given up (pg-boss counts retries, so one less). */
export const JOB_ATTEMPTS = 3;
/** Longest a job may run before it counts as failed. */
export const JOB_TIMEOUT_SECONDS = 120;

/**
 * The in-process runner for SQLite (personal mode: one process, no queue table). Jobs run one at
 * a time per kind, in the order sent, each tried up to `JOB_ATTEMPTS` times.
 */
export function inProcessQueue(options: { onError?: (name: string, e: unknown) => void; retryDelayMs?: number } = {}): JobQueue {
  const handlers = new Map<string, JobHandler>();
  const waiting = new Map<string, Array<{ data: JobData; key: string | undefined }>>();
  const running = new Map<string, Promise<void>>();
  const timers: NodeJS.Timeout[] = [];
  let isStopped = false;

  const drain = (name: string): Promise<void> => {
    const current = running.get(name);
    if (current) return current;
    const handler = handlers.get(name);
    if (!handler || isStopped) return Promise.resolve();
    const loop = (async () => {
      for (let job = waiting.get(name)?.shift(); job && !isStopped; job = waiting.get(name)?.shift()) {
        for (let attempt = 1; attempt <= JOB_ATTEMPTS; attempt++) {
          try {
            await handler(job.data);
            break;
          } catch (e) {
            if (attempt === JOB_ATTEMPTS) options.onError?.(name, e);
            else await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 1000));
          }
        }
      }
    })().finally(() => running.delete(name));
    running.set(name, loop);
    return loop;
  };

  return {
    kind: 'in-process',
    async define(name) {
      if (!waiting.has(name)) waiting.set(name, []);
    },
    async send(name, data, sendOptions = {}) {
      const list = waiting.get(name);
      if (!list) throw new Error(`job kind ${name} is not defined`);
      if (sendOptions.singletonKey !== undefined && list.some((j) => j.key === sendOptions.singletonKey)) return;
      list.push({ data, key: sendOptions.singletonKey });
      void drain(name);
    },
    async work(name, handler) {
      handlers.set(name, handler);
      void drain(name);
    },
    async every(name, intervalMs) {
      const tick = () => void this.send(name, {}, { singletonKey: 'every' }).catch((e: unknown) => options.onError?.(name, e));
      tick();
      const timer = setInterval(tick, intervalMs);
      timer.unref();
      timers.push(timer);
    },
    async stop() {
      isStopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all([...running.values()].map((p) => p.catch(() => undefined)));
    },
  };
}
