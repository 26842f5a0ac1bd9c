import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { applicationInputSchema, classifyApplication, UserError } from '@secondround/core';
import { readMbox } from '@secondround/importers';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { importMessages, importOneMessage, LOOKUP_BATCH, type MailImportOutcome } from './mail-import';
import { decideProposals } from './mail-proposals';
import { CLOSED, NEWSLETTER, RECEIVED, REJECTED, mail } from './mail-fixtures';

const owner = LOCAL_OWNER_ID;
const NOW = new Date('2026-11-30T12:00:00Z');

function mbox(...messages: string[]): string {
  return messages.map((m) => `From someone@example Mon Nov  2 10:00:00 2026\n${m}\n`).join('');
}

async function* chunks(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text);
}

let store: Store;
beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  return () => store.close();
});
afterEach(() => {
  delete process.env.SECONDROUND_MAX_APPLICATIONS;
});

const ctx = () => ({ store, ownerId: owner, now: () => NOW });

describe('importMessages', () => {
  it('proposes a new application for mail about one, nothing for a newsletter, and changes nothing on a second import', async () => {
    const box = mbox(RECEIVED, REJECTED, NEWSLETTER);
    const progress: number[] = [];
    const first = await importMessages(ctx(), readMbox(chunks(box)), { onProgress: (p) => progress.push(p.read) });
    expect(first).toMatchObject({ read: 3, imported: 3, duplicates: 0, proposed: 2, accepted: 0, failed: 0, isTruncated: false });
    expect(progress).toEqual([1, 2, 3]);
    const page = await store.mail.listPage(owner, { limit: 50 });
    expect(page.proposals.map((p) => [p.message.kind, p.newApplication?.company, p.event.stage])).toEqual([
      ['application_received', 'Quillstone', 'applied'],
      ['rejection', 'Quillstone', 'rejected'],
    ]);
    expect(page.proposals[1]!.event.reason).toMatch(/not to move forward/);
    const again = await importMessages(ctx(), readMbox(chunks(box)));
    expect(again).toMatchObject({ read: 3, imported: 0, duplicates: 3, proposed: 0 });
    expect((await store.mail.listPage(owner, { limit: 50 })).proposals).toHaveLength(2);
    expect(await store.applications.count(owner)).toBe(0);
  });

  it('remembers a message without a Message-ID by its content', async () => {
    const bare = RECEIVED.replace(/^Message-ID:.*\n/m, '');
    expect((await importMessages(ctx(), [{ raw: bare }])).imported).toBe(1);
    expect((await importMessages(ctx(), [{ raw: bare }])).duplicates).toBe(1);
  });

  it('with acceptAll builds one application whose history feeds the Diagnosis, and a closed position reads as not you', async () => {
    await store.applications.create(owner, applicationInputSchema.parse({ company: 'Orbit Foods', role: 'Planner', stage: 'round1', stageDate: '2026-11-10' }));
    const summary = await importMessages(ctx(), readMbox(chunks(mbox(RECEIVED, REJECTED, CLOSED, NEWSLETTER))), { acceptAll: true });
    expect(summary).toMatchObject({ imported: 4, proposed: 3, accepted: 3, failed: 0 });
    const apps = await store.applications.list(owner);
    expect(apps.map((a) => [a.company, a.stage]).sort()).toEqual([['Orbit Foods', 'position_closed'], ['Quillstone', 'rejected']]);
    const quill = await store.applications.get(owner, apps.find((a) => a.company === 'Quillstone')!.id);
    expect(quill!.events.map((e) => [e.stage, e.date])).toEqual([['applied', '2026-11-02'], ['rejected', '2026-11-16']]);
    const orbit = await store.applications.get(owner, apps.find((a) => a.company === 'Orbit Foods')!.id);
    const closing = orbit!.events.at(-1)!;
    expect(closing).toMatchObject({ stage: 'position_closed', date: '2026-11-17' });
    expect(closing.reason).toMatch(/cancelled due to a budget freeze/);
    const outcome = classifyApplication({ ...orbit!, events: orbit!.events, interviews: [] } as never, { nowDay: 30_000, waitingDays: 21 });
    expect(outcome.status).toBe('not_you');
  });

  it("reads the person's own reply as other, their address being the mailbox's most frequent To or the one given", async () => {
    const to = (m: string) => m.replace(/^Subject:/m, 'To: Alex Rowe <alex.rowe@example.net>\nSubject:');
    const own = mail({ id: 'own1', from: 'Alex Rowe <alex.rowe@example.net>', subject: 'Re: Interview for the Planner role', date: 'Tue, 01 Dec 2026 09:00:00 +0000', body: 'Hi,\n\nTuesday December 8 at 3:30 PM works for me, see you on Zoom then.\n\nAlex\n\nOn Mon, 30 Nov 2026 at 09:00, Orbit Foods <careers@orbitfoods.com> wrote:\n> We would like to invite you to an interview on Tuesday, December 8 at 3:30 PM.' }).replace(/^Subject:/m, 'To: Orbit Foods <careers@orbitfoods.com>\nSubject:');
    const kinds: string[] = [];
    const summary = await importMessages(ctx(), readMbox(chunks(mbox(to(RECEIVED), to(REJECTED), own))), { dryRun: true, onMessage: (o) => void kinds.push(o.classification!.kind) });
    expect(kinds).toEqual(['application_received', 'rejection', 'other']);
    expect(summary.proposed).toBe(2);
    // Alone, the reply is read by its words, unless the person's address is given.
    const alone: string[] = [];
    await importMessages(ctx(), [{ raw: own }], { dryRun: true, onMessage: (o) => void alone.push(o.classification!.kind) });
    await importMessages(ctx(), [{ raw: own }], { dryRun: true, selfAddresses: ['Alex.Rowe@example.net'], onMessage: (o) => void alone.push(o.classification!.kind) });
    expect(alone).toEqual(['interview_invitation', 'other']);
  });

  it('writes nothing in a dry run, and still catches a message twice in one mailbox', async () => {
    const seen: MailImportOutcome['status'][] = [];
    const summary = await importMessages(ctx(), readMbox(chunks(mbox(RECEIVED, RECEIVED, NEWSLETTER))), { dryRun: true, acceptAll: true, onMessage: (o) => void seen.push(o.status) });
    expect(summary).toMatchObject({ dryRun: true, read: 3, imported: 2, duplicates: 1, proposed: 1, accepted: 0 });
    expect(seen).toEqual(['proposed', 'duplicate', 'nothing']);
    expect((await store.mail.listPage(owner, { limit: 50 })).proposals).toEqual([]);
    expect(await store.mail.hasMessage(owner, '<m1@test.invalid>')).toBe(false);
  });

  it('looks up which messages of a batch were imported before in one query, for a preview and for the import itself', async () => {
    // Three batches; every third message imported before, and the last one twice in the mailbox.
    const n = 2 * LOOKUP_BATCH + 2;
    const box = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? REJECTED : NEWSLETTER).replace(/^Message-ID: <m\d@/m, `Message-ID: <b${i}@`));
    // Twice in the last batch: one not imported before.
    box.push(box[[n - 1, n - 2].find((i) => i % 3 !== 0)!]!);
    const before = box.filter((_, i) => i % 3 === 0 && i < n);
    expect((await importMessages(ctx(), before.map((raw) => ({ raw })))).imported).toBe(before.length);
    const expected = box.map((_, i) => (i % 3 === 0 || i === n ? 'duplicate' : i % 2 === 0 ? 'proposed' : 'nothing'));
    const lookups = vi.spyOn(store.mail, 'knownKeys');
    const one = vi.spyOn(store.mail, 'hasMessage');
    const preview: string[] = [];
    const previewed = await importMessages(ctx(), box.map((raw) => ({ raw })), { dryRun: true, onMessage: (o) => void preview.push(o.status) });
    expect(preview).toEqual(expected);
    expect(previewed).toMatchObject({ read: n + 1, duplicates: before.length + 1, imported: n - before.length });
    expect(lookups).toHaveBeenCalledTimes(3);
    // Written: a message imported before opens no transaction; the one twice is caught by its key.
    const transactions = vi.spyOn(store, 'transaction');
    const written: string[] = [];
    const summary = await importMessages(ctx(), box.map((raw) => ({ raw })), { onMessage: (o) => void written.push(o.status) });
    expect(written).toEqual(expected);
    expect(summary).toMatchObject({ read: n + 1, duplicates: before.length + 1, imported: n - before.length, failed: 0 });
    expect(lookups).toHaveBeenCalledTimes(6);
    expect(transactions).toHaveBeenCalledTimes(n - before.length + 1);
    expect(one).not.toHaveBeenCalled();
  });

  it('imports what a failing source gave before its error, then ends with that error', async () => {
    async function* dropping(): AsyncGenerator<{ raw: string }> {
      yield { raw: RECEIVED };
      yield { raw: REJECTED };
      throw new UserError('IMAP_DROPPED', 'the connection dropped', 502);
    }
    const seen: string[] = [];
    await expect(importMessages(ctx(), dropping(), { onMessage: (o) => void seen.push(o.status) })).rejects.toMatchObject({ code: 'IMAP_DROPPED' });
    expect(seen).toEqual(['proposed', 'proposed']);
    for (const id of ['<m1@test.invalid>', '<m2@test.invalid>']) expect(await store.mail.hasMessage(owner, id)).toBe(true);
  });

  it('reports a truncated mailbox and an oversized message, and imports the rest', async () => {
    const box = mbox(RECEIVED, `${REJECTED.replace('Unfortunately', `${'x'.repeat(3_000)}\nUnfortunately`)}`, CLOSED);
    const entries = readMbox(chunks(box.slice(0, box.length - 20)), { maxMessageBytes: 2_000 });
    const summary = await importMessages(ctx(), entries);
    expect(summary).toMatchObject({ read: 3, imported: 2, failed: 1, isTruncated: true });
    expect(summary.errors).toEqual([{ source: 'mbox#2', code: 'MESSAGE_TOO_LARGE', message: 'message 2 has over 2 KB of text (attachments aside) and was skipped' }]);
  });

  it('imports broken mail whole, with its warnings: an unknown charset, a wrong boundary, a last message cut mid-MIME', async () => {
    const odd = REJECTED.replace('<m2@', '<odd@').replace('charset=utf-8', 'charset=x-unknown-9');
    const wrongBoundary = CLOSED.replace('Content-Type: text/plain; charset=utf-8\n\n', 'Content-Type: multipart/mixed; boundary="declared"\n\n--actual\nContent-Type: text/plain; charset=utf-8\n\n');
    const cut = RECEIVED.replace('Content-Type: text/plain; charset=utf-8\n\n', 'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n').concat('--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IK');
    const outcomes: MailImportOutcome[] = [];
    const summary = await importMessages(ctx(), readMbox(chunks(mbox(odd, wrongBoundary).concat(`From someone@example Mon Nov  2 10:00:00 2026\n${cut}`))), { onMessage: (o) => void outcomes.push(o) });
    expect(summary).toMatchObject({ read: 3, imported: 3, proposed: 3, failed: 0, isTruncated: true });
    expect(outcomes.map((o) => [o.classification?.kind, o.warnings])).toEqual([
      ['rejection', ['unknown charset "x-unknown-9": read as UTF-8']],
      ['position_closed', ['broken MIME: the parts are separated by "--actual", not by the declared boundary']],
      ['application_received', []],
    ]);
    // Each one whole: remembered, with its proposal.
    for (const id of ['<odd@test.invalid>', '<m3@test.invalid>', '<m1@test.invalid>']) expect(await store.mail.hasMessage(owner, id)).toBe(true);
    expect((await store.mail.listPage(owner, { limit: 50 })).proposals).toHaveLength(3);
  });

  it('leaves a message whose acceptance fails unimported, so the next import tries it again', async () => {
    process.env.SECONDROUND_MAX_APPLICATIONS = '1';
    await store.applications.create(owner, applicationInputSchema.parse({ company: 'Someone Else', role: 'Clerk' }));
    const summary = await importMessages(ctx(), [{ raw: RECEIVED, source: 'a.eml' }], { acceptAll: true });
    expect(summary).toMatchObject({ imported: 0, failed: 1 });
    expect(summary.errors[0]).toMatchObject({ source: 'a.eml', code: 'CAP_REACHED' });
    expect(await store.mail.hasMessage(owner, '<m1@test.invalid>')).toBe(false);
    delete process.env.SECONDROUND_MAX_APPLICATIONS;
    expect(await importMessages(ctx(), [{ raw: RECEIVED, source: 'a.eml' }], { acceptAll: true })).toMatchObject({ imported: 1, accepted: 1 });
  });
});

describe('decideProposals', () => {
  it('accepts in the order the mail was sent, so two messages of a new employer make one application', async () => {
    await importMessages(ctx(), [{ raw: REJECTED }, { raw: RECEIVED }]);
    const ids = (await store.mail.listPage(owner, { limit: 50 })).proposals.map((p) => p.id);
    const results = await decideProposals(store, owner, ids, 'accept', NOW);
    expect(results.map((r) => ('error' in r ? r.error.code : r.isNewApplication))).toEqual([true, false]);
    const [app] = await store.applications.list(owner);
    expect((await store.applications.get(owner, app!.id))!.events.map((e) => e.stage)).toEqual(['applied', 'rejected']);
    // Deciding again writes nothing.
    const again = await decideProposals(store, owner, ids, 'accept', NOW);
    expect(again.every((r) => !('error' in r) && r.changed === false)).toBe(true);
    expect(await store.applications.count(owner)).toBe(1);
  });

  it('rejects without writing, and answers another owner with not found', async () => {
    await importMessages(ctx(), [{ raw: REJECTED }]);
    const [p] = (await store.mail.listPage(owner, { limit: 50 })).proposals;
    const other = await store.users.create('other-mail@example.com', 'hash');
    expect(await decideProposals(store, other!.id, [p!.id], 'accept', NOW)).toEqual([{ id: p!.id, error: { code: 'NOT_FOUND', message: expect.any(String) } }]);
    expect(await decideProposals(store, owner, [p!.id], 'reject', NOW)).toMatchObject([{ status: 'rejected', changed: true }]);
    expect(await store.applications.count(owner)).toBe(0);
    expect((await store.mail.listPage(owner, { status: 'proposed', limit: 50 })).proposals).toEqual([]);
  });
});

describe('importOneMessage', () => {
  it('proposes a step on the application a message was dropped on, and shows the same proposal for the same text again', async () => {
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Harbor Health', role: 'Product Designer', stage: 'round1', stageDate: '2026-11-01' }));
    const text = 'Unfortunately we have decided not to move forward with your application. We wish you the best.';
    const first = await importOneMessage(ctx(), text, { origin: 'paste', applicationId: app.id });
    expect(first).toMatchObject({ duplicate: false, classification: { kind: 'rejection' }, proposal: { application: { id: app.id }, event: { stage: 'rejected', date: '2026-11-30' } } });
    const second = await importOneMessage(ctx(), `${text}\n`, { origin: 'paste', applicationId: app.id });
    expect(second).toMatchObject({ duplicate: true, proposal: { id: first.proposal!.id } });
    await expect(importOneMessage(ctx(), text, { origin: 'paste', applicationId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('planner statistics after a mail import', () => {
  const analysed = async () => (await sql<{ tbl: string }>`select distinct tbl from sqlite_stat1`.execute(store.db.withoutPlugins()).catch(() => ({ rows: [] }))).rows.map((r) => r.tbl).sort();

  it('are refreshed for the tables a mailbox import wrote, once it is committed', async () => {
    await importMessages(ctx(), readMbox(chunks(mbox(RECEIVED, REJECTED, NEWSLETTER))), { acceptAll: true });
    expect(await analysed()).toEqual(expect.arrayContaining(['applications', 'mail_messages', 'mail_proposals', 'stage_events']));
  });

  it('are left alone by a dry run, by one pasted message and by a mailbox with nothing new', async () => {
    await importMessages(ctx(), readMbox(chunks(mbox(RECEIVED, REJECTED))), { dryRun: true });
    await importOneMessage(ctx(), RECEIVED, { origin: 'paste' });
    await importMessages(ctx(), readMbox(chunks(mbox(RECEIVED))));
    expect(await analysed()).toEqual([]);
  });
});
