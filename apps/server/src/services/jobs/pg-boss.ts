import PgBoss from 'pg-boss';
import { JOB_ATTEMPTS, JOB_TIMEOUT_SECONDS, type JobQueue } from './queue';

/** PostgreSQL's error code for a transaction aborted to break a deadlock. */
const DEADLOCK = '40P01';

/**
 * The job queue on PostgreSQL: pg-boss, in its own `pgboss` schema of the app's database (it
 * creates and migrates it at start, under a lock, so processes can start together). A process
 * with `workers: false` only queues: its jobs and the periodic ones run in the other processes.
 */
export async function pgBossQueue(options: { databaseUrl: string; workers: boolean; onError?: (e: unknown) => void; pollingSeconds?: number }): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    application_name: 'secondround-jobs',
    // Two connections: the queue's polling must not take the request pool's.
    max: 2,
    // Only a working process keeps the clock for periodic jobs and cleans up old ones.
    schedule: options.workers,
    supervise: options.workers,
  });
  boss.on('error', (e) => options.onError?.(e));
  await boss.start();
  return {
    kind: 'pg-boss',
    async define(name, defineOptions = {}) {
      // Two processes starting at once on a new database may both create a queue (a table each,
      // attached to pg-boss's partitioned job table); PostgreSQL then aborts one as a deadlock,
      // and by the retry the other has made it.
      for (let attempt = 1; ; attempt++) {
        if (await boss.getQueue(name)) return;
        try {
          await boss.createQueue(name, { name, retryLimit: JOB_ATTEMPTS - 1, retryDelay: 30, expireInSeconds: defineOptions.timeoutSeconds ?? JOB_TIMEOUT_SECONDS });
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== DEADLOCK || attempt >= 5) throw e;
          await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
        }
      }
    },
    async send(name, data, sendOptions = {}) {
      await boss.send(name, data, { ...(sendOptions.singletonKey !== undefined ? { singletonKey: sendOptions.singletonKey } : {}) });
    },
    async work(name, handler) {
      await boss.work<Record<string, unknown>>(name, { batchSize: 1, pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async ([job]) => {
        if (job) await handler(job.data ?? {});
      });
    },
    async every(name, intervalMs) {
      const minutes = Math.min(59, Math.max(1, Math.round(intervalMs / 60_000)));
      await boss.schedule(name, `*/${minutes} * * * *`, {}, { singletonKey: 'every' });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
