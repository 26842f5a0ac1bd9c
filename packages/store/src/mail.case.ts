import { expect, it } from 'vitest';
import { applicationInputSchema, contactInputSchema, type MailClassification } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';
import { KEYS_PER_LOOKUP, type NewMailMessage } from './repos/mail';

/** Repository cases of issue 11's mail import, on every backend. */
export function mailStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;
  const classification: MailClassification = { kind: 'rejection', company: 'Quillstone', role: 'Analyst', confidence: 0.9, language: 'en', reason: 'We chose another candidate.', sender: 'jo@quillstone.example' };
  const message = (key: string): NewMailMessage => ({ messageKey: key, origin: 'mbox', label: 'box.mbox#1', fromName: 'Jo', fromAddress: 'jo@quillstone.example', subject: 'Your application', sentAt: '2026-11-16T10:00:00.000Z', classification, body: 'We chose another candidate.', isBodyTruncated: false });

  it('remembers a message once per owner by its key, and pages its proposals', async () => {
    const store = current();
    expect(await store.mail.knownKeys(owner, ['<a@x>'])).toEqual(new Set());
    const m1 = await store.mail.addMessage(owner, message('<a@x>'));
    expect(await store.mail.knownKeys(owner, ['<a@x>', '<z@x>', '<a@x>'])).toEqual(new Set(['<a@x>']));
    expect(m1).not.toBeNull();
    expect(await store.mail.addMessage(owner, message('<a@x>'))).toBeNull();
    expect(await store.mail.hasMessage(owner, '<a@x>')).toBe(true);
    const other = await store.users.create('other-mail@example.com', 'hash');
    expect(await store.mail.hasMessage(other!.id, '<a@x>')).toBe(false);
    expect(await store.mail.knownKeys(other!.id, ['<a@x>'])).toEqual(new Set());
    expect(await store.mail.addMessage(other!.id, message('<a@x>'))).not.toBeNull();

    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const mid = i === 0 ? m1! : (await store.mail.addMessage(owner, message(`<b${i}@x>`)))!;
      ids.push(await store.mail.addProposal(owner, { messageId: mid, applicationId: null, newApplication: { company: 'Quillstone', role: 'Analyst' }, event: { stage: 'rejected', date: '2026-11-16', reason: 'We chose another candidate.' }, matchScore: 0, why: 'new' }));
    }
    const first = await store.mail.listPage(owner, { limit: 2 });
    expect(first.proposals).toHaveLength(2);
    const rest = await store.mail.listPage(owner, { limit: 2, cursor: first.nextCursor! });
    expect([...first.proposals, ...rest.proposals].map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(rest.nextCursor).toBeNull();
    expect(first.proposals[0]).toMatchObject({ status: 'proposed', application: null, newApplication: { company: 'Quillstone' }, event: { stage: 'rejected', reason: 'We chose another candidate.' }, message: { kind: 'rejection', subject: 'Your application', interview: null } });

    expect(await store.mail.decide(owner, ids[0]!, 'rejected')).toBe(true);
    expect(await store.mail.decide(owner, ids[0]!, 'accepted', { applicationId: 'x', eventId: null })).toBe(false);
    expect(await store.mail.decide(other!.id, ids[1]!, 'rejected')).toBe(false);
    expect(await store.mail.countByStatus(owner)).toEqual({ proposed: 2, accepted: 0, rejected: 1 });
    expect((await store.mail.listPage(owner, { status: 'proposed', limit: 10 })).proposals.map((p) => p.id).sort()).toEqual(ids.slice(1).sort());

    expect(await store.mail.source(owner, ids[0]!)).toMatchObject({ subject: 'Your application', body: 'We chose another candidate.', isTruncated: false, origin: 'mbox', label: 'box.mbox#1' });
    expect(await store.mail.source(other!.id, ids[0]!)).toBeNull();
    expect(await store.mail.getProposal(other!.id, ids[0]!)).toBeNull();
    expect((await store.mail.proposalForKey(owner, '<a@x>'))?.id).toBe(ids[0]);
  });

  it('tells which of a batch of keys it remembers, in as many queries as the databases\' parameter limits need', async () => {
    const store = current();
    const keys = Array.from({ length: 2 * KEYS_PER_LOOKUP + 7 }, (_, i) => `<k${i}@batch>`);
    // Past both SQLite's oldest limit (999 parameters) and one query's worth.
    expect(keys.length).toBeGreaterThan(999);
    const kept = keys.filter((_, i) => i % 3 === 0 || i === keys.length - 1);
    for (const key of kept) await store.mail.addMessage(owner, message(key));
    expect(await store.mail.knownKeys(owner, [...keys, '<none@batch>'])).toEqual(new Set(kept));
    expect(await store.mail.knownKeys(owner, [])).toEqual(new Set());
    const other = await store.users.create('other-batch@example.com', 'hash');
    expect(await store.mail.knownKeys(other!.id, keys)).toEqual(new Set());
  });

  it('reads applications for matching with their stage, first step and contacts', async () => {
    const store = current();
    const app = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Orbit Foods', role: 'Planner', stage: 'round1', stageDate: '2026-10-05' }));
    await store.contacts.create(owner, contactInputSchema.parse({ name: 'Jo', email: 'Jo@Orbit-Group.com', applicationId: app.id }));
    const [m] = await store.mail.matchable(owner);
    expect(m).toEqual({ id: app.id, company: 'Orbit Foods', role: 'Planner', stage: 'round1', createdAt: '2026-10-05T00:00:00.000Z', contactEmails: ['jo@orbit-group.com'] });
    expect(await store.mail.matchable(owner, 'missing')).toEqual([]);
  });
}
