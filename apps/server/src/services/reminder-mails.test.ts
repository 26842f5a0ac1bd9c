// The e-mail reminders against a real SMTP server on loopback, through the `reminders-owner` job's
// handler with the clock injected: the digest at the chosen hour in the person's zone, the
// thank-you reminder two hours before its deadline, each sent once (a repeat of the job, or a
// restart, sends no duplicate), and a refused send tried again later.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import { startServer } from '../serve';
import pino from 'pino';
import { remindersOwnerJob } from './jobs/jobs';

/** One run of the person's reminders job at `at`, as a worker runs it; its log lines go to `lines`. */
function job(at: Date, options: { smtpAllowed?: boolean; lines?: Array<Record<string, unknown>> } = {}) {
  const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => void options.lines?.push(JSON.parse(line) as Record<string, unknown>) });
  return remindersOwnerJob(store, { smtpAllowed: options.smtpAllowed ?? true }, { ownerId: 'local' }, at, logger);
}

let store: Store;
let app: ReturnType<typeof createApp>;
let smtp: SMTPServer;
let port: number;
let refuse = false;
const received: Array<{ to: string[]; subject: string; text: string }> = [];
const send = (method: string, path: string, body?: unknown) => app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse) return cb(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
        void simpleParser(Buffer.concat(chunks)).then((m) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: m.subject ?? '', text: m.text ?? '' });
          cb();
        });
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

beforeEach(async () => {
  received.length = 0;
  refuse = false;
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  // A first round that ended at 16:00 in Berlin on 30 November: the note is due at 15:00 UTC on 1 December.
  const a = (await (await send('POST', '/api/applications', { company: 'Café Lumière', role: 'Data Analyst', stage: 'round1', stageDate: '2026-11-30' })).json()) as { id: string };
  const iv = (await (await send('POST', `/api/applications/${a.id}/interviews`, { round: 1, kind: 'behavioural', startsAt: '2026-11-30T14:00:00Z', endsAt: '2026-11-30T15:00:00Z', timeZone: 'Europe/Berlin', format: 'video' })).json()) as { id: string };
  expect((await send('POST', `/api/interviews/${iv.id}/interviewers`, { name: 'Ben Ode', email: 'ben@cafe.example' })).status).toBe(201);
  expect((await send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, from: 'Alex Rivera <alex@example.com>' })).status).toBe(200);
  return () => store.close();
});

async function turnOn(digest: Record<string, unknown>) {
  const res = await send('PATCH', '/api/settings', { timeZone: 'Europe/Berlin', digest });
  expect(res.status).toBe(200);
}

describe('reminder mails', () => {
  it('sends nothing while the reminders are off, which is the default', async () => {
    expect(await job(new Date('2026-12-01T14:00:00Z'))).toEqual({ sent: [], skipped: [], failed: [] });
    expect(received).toEqual([]);
  });

  it('sends the digest once at the chosen hour in the person\'s zone, and a restart sends no duplicate', async () => {
    await turnOn({ enabled: true, hour: 7, thankYouReminders: false });
    expect((await job(new Date('2026-12-01T05:59:00Z'))).sent).toEqual([]); // 06:59 in Berlin
    expect((await job(new Date('2026-12-01T06:00:00Z'))).sent).toEqual(['digest:2026-12-01']); // 07:00 in Berlin
    // The same job again (a retry, or another process's copy): the day's digest is on record.
    expect((await job(new Date('2026-12-01T06:00:00Z'))).sent).toEqual([]);
    // A later run that morning (as after a restart): still on record.
    expect((await job(new Date('2026-12-01T08:00:00Z'))).sent).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: ['alex@example.com'], subject: 'Today: 2 things to do for your job search' });
    expect(received[0]!.text).toMatch(/^Due in the next 24 hours \(Europe\/Berlin\), overdue first:\n\n- Thank-you note to Ben Ode\n.*\n- Debrief: Data Analyst at Café Lumière\n/);
    // The next day has its own digest.
    expect((await job(new Date('2026-12-02T06:30:00Z'))).sent).toEqual(['digest:2026-12-02']);
  });

  it('reminds of the thank-you note two hours before its deadline, once, at the address chosen', async () => {
    await turnOn({ enabled: true, hour: 23, to: 'phone@example.com' });
    expect((await job(new Date('2026-12-01T12:59:00Z'))).sent).toEqual([]);
    expect((await job(new Date('2026-12-01T13:05:00Z'))).sent).toEqual([expect.stringMatching(/^thank_you:.+:2026-12-01T15:00:00\.000Z$/)]);
    expect((await job(new Date('2026-12-01T13:10:00Z'))).sent).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: ['phone@example.com'], subject: 'Thank-you note to Ben Ode: 1 h 55 min left' });
  });

  it('tries a refused digest again later and sends it once', async () => {
    await turnOn({ enabled: true, hour: 7, thankYouReminders: false });
    const lines: Array<Record<string, unknown>> = [];
    refuse = true;
    const first = await job(new Date('2026-12-01T06:00:00Z'), { lines });
    expect(first.sent).toEqual([]);
    expect(first.failed).toEqual([{ ownerId: 'local', key: 'digest:2026-12-01', code: 'SMTP_FAILED' }]);
    // Logged by its code, without whose reminder it was.
    expect(lines).toEqual([expect.objectContaining({ level: 40, job: 'reminders-owner', code: 'SMTP_FAILED', msg: 'reminder not sent; trying again later' })]);
    expect(JSON.stringify(lines)).not.toMatch(/local|digest:/);
    expect(await store.reminders.list('local')).toEqual([]);
    refuse = false;
    expect((await job(new Date('2026-12-01T06:05:00Z'))).sent).toEqual(['digest:2026-12-01']);
    expect((await job(new Date('2026-12-01T06:05:00Z'))).sent).toEqual([]);
    expect(received).toHaveLength(1);
  });

  it('tries again later when the SMTP server times out, and then sends once', async () => {
    // A server that takes the connection and never greets: the send gives up after its 15 s timeout.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      expect((await send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port: (silent.address() as AddressInfo).port, secure: false, from: 'alex@example.com' })).status).toBe(200);
      await turnOn({ enabled: true, hour: 7, thankYouReminders: false });
      expect((await job(new Date('2026-12-01T06:00:00Z'))).failed.map((f) => f.code)).toEqual(['SMTP_FAILED']);
      expect(await store.reminders.list('local')).toEqual([]);
      expect((await send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, from: 'alex@example.com' })).status).toBe(200);
      expect((await job(new Date('2026-12-01T06:05:00Z'))).sent).toEqual(['digest:2026-12-01']);
      expect((await job(new Date('2026-12-01T06:05:00Z'))).sent).toEqual([]);
      expect(received).toHaveLength(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 60_000);

  it('runs on its own in the server process, and sends once however often it looks', async () => {
    await turnOn({ enabled: true, hour: 7, thankYouReminders: false });
    const running = await startServer({ store, port: 0, host: '127.0.0.1', reminders: { now: () => new Date('2026-12-01T06:00:00Z'), intervalMs: 100 } });
    try {
      await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 10_000, interval: 50 });
      await new Promise((r) => setTimeout(r, 500));
      expect(received).toHaveLength(1);
    } finally {
      await running.close();
    }
  });

  it('is refused by a server that does not send by SMTP, and records nothing', async () => {
    await turnOn({ enabled: true, hour: 7 });
    expect((await job(new Date('2026-12-01T06:00:00Z'), { smtpAllowed: false })).failed.map((f) => f.code)).toEqual(['SMTP_DISABLED']);
    expect(await store.reminders.list('local')).toEqual([]);
  });

  it('refuses digest settings outside their bounds through the API', async () => {
    const res = await send('PATCH', '/api/settings', { digest: { enabled: true, hour: 25 } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'BAD_SETTINGS', message: 'digest.hour: Too big: expected number to be <=23' } });
    expect((await store.settings.get('local')).digest).toBeUndefined();
  });
});
