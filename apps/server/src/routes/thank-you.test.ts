import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;

/** An application with a first round that ended an hour ago, and three interviewers with hard names. */
async function seed() {
  const app1 = await json<{ id: string }>(send('POST', '/api/applications', { company: 'Café Lumière', role: 'Data Analyst', stage: 'round1', stageDate: '2026-03-10' }));
  await send('POST', '/api/applications', { company: 'Northwind Analytics', role: 'Analyst' });
  const end = new Date(Date.now() - 3_600_000);
  const iv = await json<{ id: string }>(send('POST', `/api/applications/${app1.id}/interviews`, { round: 1, kind: 'behavioural', startsAt: new Date(end.getTime() - 3_600_000).toISOString(), endsAt: end.toISOString(), timeZone: 'Europe/Paris', format: 'video' }));
  const people: Record<string, string> = {};
  for (const [name, email] of [["Siobhán O'Brien", 'siobhan@cafe.example'], ['Zoë Martin', null], ['Jean-Luc Picard', 'jl@cafe.example']] as const) {
    people[name] = (await json<{ id: string }>(send('POST', `/api/interviews/${iv.id}/interviewers`, { name, email }))).id;
  }
  return { appId: app1.id, interviewId: iv.id, end, people };
}

const GOOD = (greeting: string) =>
  `Hi ${greeting},\n\nThank you for taking the time to talk with me today about the Data Analyst role at Café Lumière. I really enjoyed hearing how the team uses SQL to plan the roasting schedule, and it made me even more excited about the role.\n\nI look forward to hearing about the next steps.\n\nWarm regards,\nAlex`;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

describe('thank-you composer API', () => {
  it('drafts in three tones from the records, with the deadline 24 hours after the interview', async () => {
    const { people, end } = await seed();
    const c = await json<{ drafts: Array<{ tone: string; body: string }>; deadline: string; timeZone: string; check: { interviewers: string[]; otherCompanies: string[] }; note: unknown; smtpConfigured: boolean }>(
      app.request(`/api/interviewers/${people["Siobhán O'Brien"]}/thank-you`),
    );
    expect(c.drafts.map((d) => d.tone)).toEqual(['warm', 'formal', 'brief']);
    expect(c.drafts[0]!.body).toMatch(/^Hi Siobhán,/);
    expect(c.drafts[1]!.body).toMatch(/^Dear Siobhán O'Brien,/);
    for (const d of c.drafts) expect(d.body).toContain('Data Analyst');
    expect(Date.parse(c.deadline) - end.getTime()).toBe(24 * 3_600_000);
    expect(c.timeZone).toBe('Europe/Paris');
    expect([...c.check.interviewers].sort()).toEqual(['Jean-Luc Picard', "Siobhán O'Brien", 'Zoë Martin']);
    expect(c.check.otherCompanies).toEqual(['Northwind Analytics']);
    expect(c.note).toBeNull();
    expect(c.smtpConfigured).toBe(false);
  });

  it('finds a misspelled name (accents, apostrophes, hyphens) with its offsets, and another company', async () => {
    const { people } = await seed();
    const c = await json<{ check: unknown }>(app.request(`/api/interviewers/${people['Zoë Martin']}/thank-you`));
    for (const [wrong, right] of [['Zoe', 'Zoë'], ['Jean Luc', 'Jean-Luc'], ['Siobhan', 'Siobhán']] as const) {
      const text = GOOD(wrong);
      const res = await json<{ ok: boolean; problems: Array<{ code: string; start: number; end: number; suggestion?: string }> }>(send('POST', '/api/notes/check', { text, context: c.check }));
      const p = res.problems.find((x) => x.code === 'NAME_MISSPELLED');
      expect(p, wrong).toBeDefined();
      // The offsets point into the greeting, at the name as written.
      expect(p!.start).toBeGreaterThanOrEqual(3);
      expect(wrong.startsWith(text.slice(p!.start, p!.end))).toBe(true);
      expect(p!.suggestion).toContain(right.split('-')[0]!.slice(0, 2));
    }
    const clean = await json<{ ok: boolean; problems: Array<{ code: string }> }>(send('POST', '/api/notes/check', { text: GOOD('Zoë'), context: c.check }));
    expect(clean.problems.map((p) => p.code)).toEqual([]);
    const copyPaste = await json<{ problems: Array<{ code: string }> }>(send('POST', '/api/notes/check', { text: GOOD('Zoë').replace('role at Café Lumière', 'role at Northwind Analytics'), context: c.check }));
    expect(copyPaste.problems.map((p) => p.code)).toContain('OTHER_COMPANY');
  });

  it('tells the checker who the note is for: the composer passes the addressee, and /notes/check takes one (bounded)', async () => {
    const { appId, people } = await seed();
    // The recruiter screen (round 0) a week earlier: its interviewer arranges rather than interviews.
    const screenEnd = new Date(Date.now() - 7 * 86_400_000);
    const screen = await json<{ id: string }>(send('POST', `/api/applications/${appId}/interviews`, { round: 0, kind: 'phone_screen', startsAt: new Date(screenEnd.getTime() - 1_800_000).toISOString(), endsAt: screenEnd.toISOString(), timeZone: 'Europe/Paris', format: 'phone' }));
    expect((await send('POST', `/api/interviews/${screen.id}/interviewers`, { name: 'Margaux Lefèvre', title: 'Talent Partner' })).status).toBe(201);
    type Check = { addressee: string; contacts: string[]; otherPeople: string[] };
    const c = await json<{ check: Check }>(app.request(`/api/interviewers/${people['Zoë Martin']}/thank-you`));
    expect(c.check.addressee).toBe('Zoë Martin');
    expect(c.check.contacts).toEqual(['Margaux Lefèvre']);
    expect(c.check.otherPeople).toEqual(['Margaux Lefèvre']);

    const codes = async (text: string, context: unknown) => (await json<{ problems: Array<{ code: string }> }>(send('POST', '/api/notes/check', { text, context }))).problems.map((p) => p.code);
    // The note to Zoë that greets her colleague instead: a copy sent with the wrong name.
    expect(await codes(GOOD('Siobhán'), c.check)).toContain('WRONG_NAME');
    // A reply to the recruiter, checked with her as the addressee: no wrong name; to Zoë it is one.
    const reply = 'Hi Margaux,\n\nThank you for your time on the phone last week, and for setting up the interviews at Café Lumière. I enjoyed talking about SQL with the team.\n\nBest,\nAlex';
    expect(await codes(reply, { ...c.check, addressee: 'Margaux Lefèvre' })).not.toContain('WRONG_NAME');
    expect(await codes(reply, c.check)).toContain('WRONG_NAME');
    expect(await codes(reply.replace('Hi Margaux', 'Hi Margeaux'), { ...c.check, addressee: 'Margaux Lefèvre' })).toContain('NAME_MISSPELLED');

    const tooLong = await send('POST', '/api/notes/check', { text: reply, context: { ...c.check, addressee: 'M'.repeat(201) } });
    expect(tooLong.status).toBe(422);
  });

  it('checks a 100 KB note quickly and says it is too long; refuses what is over the limit', async () => {
    const { people } = await seed();
    const c = await json<{ check: unknown }>(app.request(`/api/interviewers/${people['Zoë Martin']}/thank-you`));
    const huge = GOOD('Zoë') + '\n' + 'The quick brown fox jumps over the lazy dog. '.repeat(2300);
    expect(huge.length).toBeGreaterThan(100_000);
    const res = await send('POST', '/api/notes/check', { text: huge, context: c.check });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { problems: Array<{ code: string }> }).problems.map((p) => p.code)).toContain('TOO_LONG');
    const tooBig = await send('POST', '/api/notes/check', { text: 'x'.repeat(200_001), context: c.check });
    expect(tooBig.status).toBe(422);
    expect(((await tooBig.json()) as { error: { message: string } }).error.message).toMatch(/at most 200000 characters/);
  });

  it('signs drafts with the name and signature from the settings, and gives each interviewer their own draft', async () => {
    const { interviewId, people } = await seed();
    expect((await send('PATCH', '/api/settings', { sender: { name: 'Alex Moreau', signature: '+33 6 12 34 56 78\nalexmoreau.fr' } })).status).toBe(200);
    const head = (await json<{ id: string }>(send('POST', `/api/interviews/${interviewId}/interviewers`, { name: 'Ines Duarte', title: 'Head of Data', notes: 'the roasting schedule model in SQL' }))).id;
    const pm = (await json<{ id: string }>(send('POST', `/api/interviews/${interviewId}/interviewers`, { name: 'Paul Roy', title: 'Product Manager', notes: 'how café owners order beans' }))).id;
    type Composer = { drafts: Array<{ body: string }>; check: { senderName: string | null; otherNotes: Array<{ to: string }> } };
    const a = await json<Composer>(app.request(`/api/interviewers/${head}/thank-you`));
    const b = await json<Composer>(app.request(`/api/interviewers/${pm}/thank-you`));
    expect(a.drafts[0]!.body.endsWith('Alex Moreau\n+33 6 12 34 56 78\nalexmoreau.fr')).toBe(true);
    expect(a.check.senderName).toBe('Alex Moreau');
    expect(a.drafts[0]!.body).toContain('the roasting schedule model in SQL, and how it looks from your side as Head of Data');
    expect(b.drafts[0]!.body).toContain('how café owners order beans, and how it looks from your side as Product Manager');

    // A note saved for one person; the same text sent to a colleague is flagged.
    await send('POST', `/api/interviewers/${people["Siobhán O'Brien"]}/thank-you`, { subject: 'Thank you', body: GOOD('Siobhán'), tone: 'warm' });
    const zoe = people['Zoë Martin']!;
    expect((await json<Composer>(app.request(`/api/interviewers/${zoe}/thank-you`))).check.otherNotes.map((n) => n.to)).toEqual(["Siobhán O'Brien"]);
    const copy = await json<{ problems: Array<{ code: string; message: string }> }>(send('POST', `/api/interviewers/${zoe}/thank-you`, { subject: 'Thank you', body: GOOD('Zoë'), tone: 'warm' }));
    expect(copy.problems.find((p) => p.code === 'SIMILAR_NOTE')?.message).toMatch(/almost the same as your note to Siobhán O'Brien/);
  });

  it('saves the note with the problems found on the server, marks it sent, and exports it as .eml', async () => {
    const { people } = await seed();
    const id = people["Siobhán O'Brien"]!;
    const saved = await json<{ id: string; problems: Array<{ code: string }>; sentAt: string | null }>(send('POST', `/api/interviewers/${id}/thank-you`, { subject: "Thank you, Siobhán", body: GOOD('Siobhan'), tone: 'warm' }));
    expect(saved.problems.map((p) => p.code)).toContain('NAME_MISSPELLED');
    expect(saved.sentAt).toBeNull();
    const fixed = await json<{ id: string; problems: unknown[] }>(send('POST', `/api/interviewers/${id}/thank-you`, { subject: "Thank you, Siobhán", body: GOOD("Siobhán"), tone: 'warm' }));
    expect(fixed.id).toBe(saved.id);
    expect(fixed.problems).toEqual([]);

    const eml = await app.request(`/api/notes/${saved.id}/eml`);
    expect(eml.status).toBe(200);
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
    expect(eml.headers.get('content-disposition')).toMatch(/attachment; filename="thank-you-.*\.eml"/);
    const mail = await simpleParser(Buffer.from(await eml.arrayBuffer()));
    expect(mail.subject).toBe('Thank you, Siobhán');
    expect(mail.text?.trim()).toBe(GOOD("Siobhán"));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : null).toEqual({ name: "Siobhán O'Brien", address: 'siobhan@cafe.example' });
    expect(mail.headers.get('x-unsent')).toBe('1');

    const sent = await json<{ sentAt: string; sentVia: string }>(send('POST', `/api/notes/${saved.id}/sent`, { via: 'eml', sentAt: '2026-03-10T20:00:00+01:00' }));
    expect(sent).toMatchObject({ sentAt: '2026-03-10T19:00:00.000Z', sentVia: 'eml' });
    const again = await json<{ note: { sentAt: string } }>(app.request(`/api/interviewers/${id}/thank-you`));
    expect(again.note.sentAt).toBe('2026-03-10T19:00:00.000Z');
  });
});

describe('sending through SMTP', () => {
  let server: SMTPServer;
  let port: number;
  const received: Array<{ raw: Buffer; from: string; to: string[]; user: string | undefined }> = [];
  const logins: Array<{ username: string; password: string }> = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, cb) {
        logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
        if (auth.password !== 'app-password') return cb(new Error('bad password'));
        cb(null, { user: auth.username });
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ raw: Buffer.concat(chunks), from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), user: session.user as string | undefined });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('keeps the password out of every answer, sends the note, and records it as sent by SMTP', async () => {
    const { people } = await seed();
    const id = people['Jean-Luc Picard']!;
    const view = await json(send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, user: 'me@example.com', password: 'app-password', from: 'Alex Rivera <me@example.com>' }));
    expect(view).toEqual({ host: '127.0.0.1', port, secure: false, user: 'me@example.com', from: 'Alex Rivera <me@example.com>', hasPassword: true });
    for (const path of ['/api/settings', '/api/settings/reminders', '/api/backup']) expect(await (await app.request(path)).text()).not.toContain('app-password');
    // Changing the server without a password keeps the stored one.
    expect(await json(send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, user: 'me@example.com', from: 'Alex Rivera <me@example.com>' }))).toMatchObject({ hasPassword: true });
    expect((await send('PATCH', '/api/settings', { smtp: { host: 'evil.example' } })).status).toBe(422);

    const note = await json<{ id: string }>(send('POST', `/api/interviewers/${id}/thank-you`, { subject: 'Thank you', body: GOOD('Jean-Luc'), tone: 'warm' }));
    const res = await send('POST', `/api/notes/${note.id}/send`, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sentVia: 'smtp', sentAt: expect.any(String) });
    expect(logins.at(-1)).toEqual({ username: 'me@example.com', password: 'app-password' });
    const got = received.at(-1)!;
    expect(got.to).toEqual(['jl@cafe.example']);
    expect(got.from).toBe('me@example.com');
    const mail = await simpleParser(got.raw);
    expect(mail.subject).toBe('Thank you');
    expect(mail.text?.trim()).toBe(GOOD('Jean-Luc'));
  });

  it('says clearly when the server refuses or the interviewer has no address, and records nothing', async () => {
    const { people } = await seed();
    await send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, user: 'me@example.com', password: 'wrong', from: 'me@example.com' });
    const note = await json<{ id: string }>(send('POST', `/api/interviewers/${people["Siobhán O'Brien"]}/thank-you`, { body: GOOD("Siobhán") }));
    const refused = await send('POST', `/api/notes/${note.id}/send`, {});
    expect(refused.status).toBe(502);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'SMTP_FAILED', message: expect.stringMatching(/SMTP server did not take the message/) });
    const zoe = await json<{ id: string }>(send('POST', `/api/interviewers/${people['Zoë Martin']}/thank-you`, { body: GOOD('Zoë') }));
    const noAddress = await send('POST', `/api/notes/${zoe.id}/send`, {});
    expect(noAddress.status).toBe(422);
    expect(((await noAddress.json()) as { error: { code: string } }).error.code).toBe('NO_ADDRESS');
    expect((await store.followup.getNote('local', note.id))?.sentAt).toBeNull();
  });
});
