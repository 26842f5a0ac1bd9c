import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailSyncStatus } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { appendMessages, droppingRelay, IMAP_TEST, imapSkipped, imapTestCertificate, newImapUser, testMessage } from '../../../../tests/support/imap';
import { createApp } from '../app';
import { startJobs } from '../services/jobs/jobs';
import { inProcessQueue, type JobQueue } from '../services/jobs/queue';

// Sync from the web app: POST /api/mail/sync queues a background job that reads a real Dovecot on
// loopback; GET /api/mail/sync says how it went, with the error codes a person can act on.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options: { budgetMs?: number; clock?: () => Date; allowedHosts?: string[] } = {}) {
  const store: Store = await openStore({ file: ':memory:', ...(options.clock ? { clock: options.clock } : {}) });
  const queue: JobQueue = inProcessQueue({ retryDelayMs: 1 });
  const jobs = await startJobs({ queue, store, smtp: { smtpAllowed: false }, workers: true, scanEveryMs: 3_600_000, mailSync: { ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}), ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}), read: { retries: 2, retryDelayMs: 10, batchBytes: 4_000 } } });
  cleanups.push(async () => {
    await queue.stop();
    await store.close();
  });
  const app = createApp({ store, mode: 'personal', version: 'test', jobs });
  const send = (method: string, path: string, body?: unknown) => app.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const status = async () => (await (await send('GET', '/api/mail/sync')).json()) as MailSyncStatus;
  const settle = async () => {
    await vi.waitFor(async () => expect((await status()).isRunning).toBe(false), { timeout: 60_000, interval: 50 });
    return status();
  };
  const account = (user: string, over: Record<string, unknown> = {}) => send('PATCH', '/api/settings/imap', { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, password: IMAP_TEST.password, ...over });
  return { store, send, status, settle, account };
}

const rejection = (i: number) => testMessage(i, { subject: 'Your application for Data Analyst', from: 'Acme Talent <no-reply@acme.example>', body: 'Dear Sam,\r\n\r\nThank you for your interest in the Data Analyst role at Acme. Unfortunately, we have decided not to move forward with your application.\r\n\r\nAcme Talent' });
const newsletter = (i: number) => testMessage(i, { subject: 'Weekly digest: 20 new jobs for you', from: 'Jobs Weekly <news@jobboard.example>', body: 'Here are this week\'s top jobs. Unsubscribe at any time.' });

describe('sync from the web app', () => {
  it('refuses to start without an account, and says so', async () => {
    const { send, status } = await setup();
    expect(await status()).toMatchObject({ state: 'never', isRunning: false, error: null });
    const res = await send('POST', '/api/mail/sync', {});
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'IMAP_NOT_SET', message: expect.stringContaining('no IMAP account is set') } });
  });

  it('answers 503 when this server runs no background jobs', async () => {
    const store = await openStore({ file: ':memory:' });
    cleanups.push(() => store.close());
    const app = createApp({ store, mode: 'personal', version: 'test' });
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user: 'x', password: 'p', folder: null } });
    const res = await app.request('/api/mail/sync', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: '{}' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('JOBS_OFF');
  });

  it('refuses a second sync while one is queued or running, and starts once it ended', async () => {
    const { store, send, account } = await setup();
    await account('nobody-yet');
    // A run another process queued a moment ago.
    expect(await store.mailSync.requestRun(LOCAL_OWNER_ID)).toBe(true);
    const res = await send('POST', '/api/mail/sync', {});
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: 'SYNC_RUNNING', message: expect.stringContaining('already running') } });
    await store.mailSync.finishRun(LOCAL_OWNER_ID, { read: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0 }, null);
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
  });

  it('shows a run that stopped moving (its process died) as interrupted, and lets a new one start', async () => {
    let now = new Date('2026-11-30T10:00:00Z');
    const { store, send, status, account } = await setup({ clock: () => now });
    await account('nobody-yet');
    await store.mailSync.requestRun(LOCAL_OWNER_ID);
    await store.mailSync.claimRun(LOCAL_OWNER_ID);
    now = new Date('2026-11-30T10:06:00Z');
    vi.useFakeTimers({ now, toFake: ['Date'] });
    try {
      expect(await status()).toMatchObject({ state: 'failed', isRunning: false, error: { code: 'SYNC_INTERRUPTED' } });
    } finally {
      vi.useRealTimers();
    }
    expect(await store.mailSync.requestRun(LOCAL_OWNER_ID)).toBe(true);
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(409);
  });
});

describe.skipIf(imapSkipped)('sync from the web app against a real Dovecot', { timeout: 120_000 }, () => {
  it('queues a background sync whose proposals appear in the inbox; a second sync reads only what is new', async () => {
    const { send, settle, account } = await setup();
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [testMessage(1), rejection(2), newsletter(3)]);
    expect((await account(user)).status).toBe(200);
    const res = await send('POST', '/api/mail/sync', {});
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ isRunning: true, error: null });
    const done = await settle();
    expect(done).toMatchObject({ state: 'done', error: null, counts: { read: 3, imported: 3, duplicates: 0, proposed: 2, failed: 0 }, finishedAt: expect.any(String) });
    const inbox = (await (await send('GET', '/api/mail-proposals')).json()) as { proposals: Array<{ message: { kind: string } }> };
    expect(inbox.proposals.map((p) => p.message.kind).sort()).toEqual(['application_received', 'rejection']);
    await appendMessages(user, 'INBOX', [rejection(4)]);
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'done', counts: { read: 1, imported: 1, proposed: 1 } });
  });

  it('goes on in steps when a job spends its time budget, and adds up the counts', async () => {
    const { send, settle, account } = await setup({ budgetMs: 0 });
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [testMessage(1), rejection(2), newsletter(3), testMessage(4, { subject: 'Thanks for applying to Beta', from: 'Beta Careers <jobs@beta.example>', body: 'Thank you for applying for the Planner role at Beta. We have received your application.' })]);
    await account(user);
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'done', counts: { read: 4, imported: 4, proposed: 3, failed: 0 } });
  });

  it('ends with IMAP_AUTH_FAILED for a wrong password and IMAP_BAD_CERTIFICATE for an untrusted one, and syncs once the certificate is trusted', async () => {
    const { send, settle, account } = await setup();
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [rejection(1)]);
    await account(user, { password: 'not-it' });
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'failed', error: { code: 'IMAP_AUTH_FAILED', message: expect.stringContaining('check the user name and the app password') } });
    await account(user, { port: IMAP_TEST.tlsPort, security: 'tls' });
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'failed', error: { code: 'IMAP_BAD_CERTIFICATE' } });
    await account(user, { port: IMAP_TEST.tlsPort, security: 'tls', ca: imapTestCertificate() });
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'done', error: null, counts: { read: 1, proposed: 1 } });
  });

  it('in hosted mode reads only from the servers the operator lists', async () => {
    const { send, settle, account } = await setup({ allowedHosts: ['imap.example.org'] });
    await account(newImapUser());
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    expect(await settle()).toMatchObject({ state: 'failed', error: { code: 'IMAP_HOST_NOT_ALLOWED', message: expect.stringContaining('only from imap.example.org') } });
  });

  it('ends with IMAP_DROPPED when the server keeps dropping the connection, and the next sync resumes where it stopped', async () => {
    const { send, settle, account } = await setup();
    const user = newImapUser();
    await appendMessages(user, 'INBOX', Array.from({ length: 10 }, (_, i) => testMessage(i + 1, { body: `Thank you for applying for the Analyst ${i + 1} role at Acme. We have received your application. ${'y'.repeat(3_000)}` })));
    let isCutting = true;
    const relay = await droppingRelay({ host: IMAP_TEST.host, port: IMAP_TEST.port }, (n) => (!isCutting ? null : n === 1 ? 12_000 : 2_500));
    cleanups.push(() => relay.close());
    await account(user, { port: relay.port });
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    const dropped = await settle();
    expect(dropped).toMatchObject({ state: 'failed', error: { code: 'IMAP_DROPPED', message: expect.stringMatching(/dropped 3 times in a row/) } });
    expect(dropped.counts.read).toBeGreaterThan(0);
    expect(dropped.counts.read).toBeLessThan(10);
    // The connection holds again: the place was kept, so only the rest is read.
    isCutting = false;
    expect((await send('POST', '/api/mail/sync', {})).status).toBe(202);
    const rest = await settle();
    expect(rest).toMatchObject({ state: 'done', error: null });
    expect(rest.counts.read + dropped.counts.read).toBe(10);
  });
});
