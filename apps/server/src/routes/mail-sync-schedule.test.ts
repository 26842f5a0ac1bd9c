import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailSchedule, MailSyncStatus } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { appendMessages, IMAP_TEST, imapSkipped, newImapUser, testMessage } from '../../../../tests/support/imap';
import { createTempDatabase, pgSkipped } from '../../../../tests/support/pg';
import { createApp } from '../app';
import { startJobs, type Jobs } from '../services/jobs/jobs';
import { pgBossQueue } from '../services/jobs/pg-boss';
import { inProcessQueue, type JobQueue } from '../services/jobs/queue';
import { queueDueMailChecks } from '../services/mail-sync-schedule';

// "Check for new mail every N hours": the periodic scan of the job queue requests a sync for each
// person whose check is due, through the same job as "Sync now", against a real Dovecot.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  // Every clean-up runs (a database is dropped even when closing a store before it failed).
  const failed: unknown[] = [];
  for (const c of cleanups.splice(0).reverse()) await c().catch((e: unknown) => void failed.push(e));
  if (failed.length > 0) throw new AggregateError(failed, 'clean-up failed');
});

const HOUR = 3_600_000;

/** A clock the test moves: it starts at the real time, so a run's heartbeat never looks stale. */
function testClock() {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms: number) => void (offset += ms) };
}

function client(app: ReturnType<typeof createApp>) {
  const send = (method: string, path: string, body?: unknown) => app.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const status = async () => (await (await send('GET', '/api/mail/sync')).json()) as MailSyncStatus;
  const schedule = async () => (await (await send('GET', '/api/mail/sync/schedule')).json()) as MailSchedule;
  const settle = async () => {
    await vi.waitFor(async () => expect((await status()).isRunning).toBe(false), { timeout: 60_000, interval: 50 });
    return status();
  };
  const account = (user: string, over: Record<string, unknown> = {}) => send('PATCH', '/api/settings/imap', { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, password: IMAP_TEST.password, ...over });
  return { send, status, schedule, settle, account };
}

async function setup(options: { allowedHosts?: string[]; scanEveryMs?: number } = {}) {
  const clock = testClock();
  const store: Store = await openStore({ file: ':memory:', clock: clock.now });
  const queue: JobQueue = inProcessQueue({ retryDelayMs: 1 });
  const jobs = await startJobs({ queue, store, smtp: { smtpAllowed: false }, workers: true, scanEveryMs: HOUR, now: clock.now, mailSync: { scanEveryMs: options.scanEveryMs ?? 3_600_000, ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}), read: { retries: 1, retryDelayMs: 10 } } });
  cleanups.push(async () => {
    await queue.stop();
    await store.close();
  });
  const app = createApp({ store, mode: 'personal', version: 'test', jobs });
  return { store, clock, jobs, ...client(app) };
}

const rejection = (i: number) => testMessage(i, { subject: 'Your application for Data Analyst', from: 'Acme Talent <no-reply@acme.example>', body: 'Dear Sam,\r\n\r\nThank you for your interest in the Data Analyst role at Acme. Unfortunately, we have decided not to move forward with your application.\r\n\r\nAcme Talent' });

describe('the periodic mail check setting', () => {
  it('is off by default, needs an account with its password, takes only the offered periods, and goes with the account', async () => {
    const { send, schedule, account, clock } = await setup();
    expect(await schedule()).toEqual({ everyHours: null, nextCheckAt: null });
    const noAccount = await send('PUT', '/api/mail/sync/schedule', { everyHours: 6 });
    expect(noAccount.status).toBe(409);
    expect(((await noAccount.json()) as { error: { code: string } }).error.code).toBe('IMAP_NOT_SET');
    await account('someone', { password: null });
    const noPassword = await send('PUT', '/api/mail/sync/schedule', { everyHours: 6 });
    expect(noPassword.status).toBe(422);
    expect(((await noPassword.json()) as { error: { code: string } }).error.code).toBe('IMAP_NO_PASSWORD');
    await account('someone');
    for (const bad of [{ everyHours: 2 }, { everyHours: 0 }, { everyHours: '6' }, {}, { everyHours: 6, extra: 1 }]) {
      const res = await send('PUT', '/api/mail/sync/schedule', bad);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
    }
    const before = clock.now().getTime();
    const on = await send('PUT', '/api/mail/sync/schedule', { everyHours: 6 });
    expect(on.status).toBe(200);
    const set = (await on.json()) as MailSchedule;
    expect(set.everyHours).toBe(6);
    expect(Date.parse(set.nextCheckAt!) - before).toBeGreaterThanOrEqual(6 * HOUR);
    expect(Date.parse(set.nextCheckAt!) - before).toBeLessThan(6 * HOUR + 60_000);
    expect(await schedule()).toEqual(set);
    // Changing the account keeps the schedule; removing it removes the schedule too.
    await account('someone-else');
    expect((await schedule()).everyHours).toBe(6);
    expect((await send('DELETE', '/api/settings/imap')).status).toBe(204);
    expect(await schedule()).toEqual({ everyHours: null, nextCheckAt: null });
    await account('someone');
    expect((await send('PUT', '/api/mail/sync/schedule', { everyHours: 1 })).status).toBe(200);
    expect(await (await send('PUT', '/api/mail/sync/schedule', { everyHours: null })).json()).toEqual({ everyHours: null, nextCheckAt: null });
  });

  it('answers 503 when this server runs no background jobs, and can still be turned off', async () => {
    const store = await openStore({ file: ':memory:' });
    cleanups.push(() => store.close());
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user: 'x', password: 'p', folder: null } });
    const { send } = client(createApp({ store, mode: 'personal', version: 'test' }));
    const res = await send('PUT', '/api/mail/sync/schedule', { everyHours: 6 });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('JOBS_OFF');
    expect((await send('PUT', '/api/mail/sync/schedule', { everyHours: null })).status).toBe(200);
  });

  it('queues one check per due person, once even when two scans run at the same time, and none while that person\'s run is going', async () => {
    const { store, send, account, clock, schedule } = await setup();
    await account('nobody-yet');
    await send('PUT', '/api/mail/sync/schedule', { everyHours: 3 });
    const queued: string[] = [];
    const queue = async (ownerId: string) => void queued.push(ownerId);
    expect(await queueDueMailChecks(store, queue)).toBe(0);
    clock.advance(3 * HOUR);
    expect((await Promise.all([queueDueMailChecks(store, queue), queueDueMailChecks(store, queue)])).sort()).toEqual([0, 1]);
    expect(queued).toEqual([LOCAL_OWNER_ID]);
    expect(Date.parse((await schedule()).nextCheckAt!) - clock.now().getTime()).toBeGreaterThan(3 * HOUR - 60_000);
    // Three hours on, the run queued above has not ended: no second one; the check moves on.
    clock.advance(3 * HOUR - 60_000);
    await store.mailSync.runProgress(LOCAL_OWNER_ID, { read: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0 });
    expect(await queueDueMailChecks(store, queue)).toBe(0);
    expect(queued).toHaveLength(1);
    expect(Date.parse((await schedule()).nextCheckAt!)).toBeGreaterThan(clock.now().getTime());
  });
});

describe.skipIf(imapSkipped)('the periodic mail check against a real Dovecot', { timeout: 120_000 }, () => {
  it('syncs by itself when the check is due, not before, and then reads only what is new', async () => {
    const { send, status, settle, account, clock, schedule } = await setup({ scanEveryMs: 20 });
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [testMessage(1), rejection(2)]);
    await account(user);
    expect((await send('PUT', '/api/mail/sync/schedule', { everyHours: 1 })).status).toBe(200);
    // Many scans go by within the hour: nothing runs.
    await new Promise((r) => setTimeout(r, 300));
    expect((await status()).state).toBe('never');
    clock.advance(HOUR);
    await vi.waitFor(async () => expect((await status()).state).not.toBe('never'), { timeout: 10_000, interval: 20 });
    expect(await settle()).toMatchObject({ state: 'done', error: null, counts: { read: 2, imported: 2, proposed: 2, failed: 0 } });
    const next = Date.parse((await schedule()).nextCheckAt!);
    expect(next - clock.now().getTime()).toBeGreaterThan(HOUR - 60_000);
    await appendMessages(user, 'INBOX', [rejection(3)]);
    const finished = (await status()).finishedAt;
    clock.advance(HOUR / 2);
    await new Promise((r) => setTimeout(r, 300));
    expect((await status()).finishedAt).toBe(finished);
    clock.advance(HOUR / 2);
    await vi.waitFor(async () => expect((await status()).finishedAt).not.toBe(finished), { timeout: 30_000, interval: 20 });
    expect(await settle()).toMatchObject({ state: 'done', counts: { read: 1, imported: 1, proposed: 1 } });
  });

  it('in hosted mode still reads only from the servers the operator lists', async () => {
    const { send, status, settle, account, clock } = await setup({ scanEveryMs: 20, allowedHosts: ['imap.example.org'] });
    await account(newImapUser());
    await send('PUT', '/api/mail/sync/schedule', { everyHours: 12 });
    clock.advance(12 * HOUR);
    await vi.waitFor(async () => expect((await status()).state).not.toBe('never'), { timeout: 10_000, interval: 20 });
    expect(await settle()).toMatchObject({ state: 'failed', error: { code: 'IMAP_HOST_NOT_ALLOWED' } });
  });
});

describe.skipIf(pgSkipped || imapSkipped)('the periodic mail check through pg-boss on PostgreSQL', { timeout: 120_000 }, () => {
  it('a check queued by a process without workers is synced by the process that works jobs', async () => {
    const temp = await createTempDatabase();
    const clock = testClock();
    const store = await openStore({ databaseUrl: temp.url, poolSize: 4, clock: clock.now });
    // Two queues on one database, as two app processes: A only queues, B works the jobs.
    const a = await pgBossQueue({ databaseUrl: temp.url, workers: false });
    const b = await pgBossQueue({ databaseUrl: temp.url, workers: true, pollingSeconds: 0.5 });
    cleanups.push(async () => {
      try {
        await a.stop();
        await b.stop();
        await store.close();
      } finally {
        await temp.drop();
      }
    });
    const jobsA: Jobs = await startJobs({ queue: a, store, smtp: { smtpAllowed: false }, workers: false, now: clock.now });
    await startJobs({ queue: b, store, smtp: { smtpAllowed: false }, workers: true, now: clock.now, mailSync: { read: { retries: 1, retryDelayMs: 10 } } });
    const { send, status, settle, account } = client(createApp({ store, mode: 'personal', version: 'test', jobs: jobsA }));
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [rejection(1), testMessage(2)]);
    expect((await account(user)).status).toBe(200);
    expect((await send('PUT', '/api/mail/sync/schedule', { everyHours: 24 })).status).toBe(200);
    clock.advance(24 * HOUR);
    // The scan's work, as process A would do it when its turn comes.
    expect(await queueDueMailChecks(store, jobsA.syncMail!)).toBe(1);
    expect((await status()).isRunning).toBe(true);
    expect(await settle()).toMatchObject({ state: 'done', error: null, counts: { read: 2, imported: 2, proposed: 2, failed: 0 } });
  });
});
