import { expect, it } from 'vitest';
import { applicationInputSchema, diagnosisInputFromBackup, interviewInputSchema, interviewerInputSchema, type Backup } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/**
 * Repository cases of issue 5 (thank-you notes, follow-ups, SMTP settings), run inside the shared
 * store suite on every backend. `current` gives the suite's fresh store of the running test.
 */
export function followupStoreCases(current: () => Store): void {
  const owner = LOCAL_OWNER_ID;

  async function interviewWithPeople(store: Store, names: string[] = ["Zoë O'Brien-Ünal", 'Jean-Luc Picard']) {
    const a = await store.applications.create(owner, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', stage: 'round1', stageDate: '2026-03-10' }));
    const iv = (await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 1, kind: 'behavioural', startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T11:00:00Z', timeZone: 'Europe/Paris', format: 'video' })))!;
    const people = [];
    for (const name of names) people.push((await store.interviews.addInterviewer(owner, iv.id, interviewerInputSchema.parse({ name })))!);
    return { app: a, iv, people };
  }

  it('keeps one thank-you note per interviewer, replaced on save, and records when it was sent', async () => {
    const store = current();
    const { iv, people } = await interviewWithPeople(store);
    const zoe = people[0]!;
    const problem = { code: 'NAME_MISSPELLED' as const, message: '"Zoe" looks like a misspelling of Zoë', start: 3, end: 6, suggestion: 'Zoë' };
    const first = await store.followup.saveNote(owner, zoe.id, { subject: 'Thanks', body: 'Hi Zoe, thank you…', tone: 'warm', problems: [problem] });
    expect(first).toMatchObject({ interviewerId: zoe.id, interviewId: iv.id, tone: 'warm', problems: [problem], sentAt: null, sentVia: null });
    const second = await store.followup.saveNote(owner, zoe.id, { subject: 'Thank you', body: "Hi Zoë, thank you… O'Brien", tone: 'formal', problems: [] });
    expect(second?.id).toBe(first?.id);
    expect(second).toMatchObject({ body: "Hi Zoë, thank you… O'Brien", tone: 'formal', problems: [] });
    const sent = await store.followup.markNoteSent(owner, first!.id, { via: 'smtp', sentAt: '2026-03-10T20:00:00.000Z' });
    expect(sent).toMatchObject({ sentAt: '2026-03-10T20:00:00.000Z', sentVia: 'smtp' });
    // Saving after sending keeps the sent time: the record is of what went out and when.
    expect((await store.followup.saveNote(owner, zoe.id, { subject: 'x', body: 'y', tone: 'brief', problems: [] }))?.sentAt).toBe('2026-03-10T20:00:00.000Z');
    expect(await store.followup.listNotes(owner, { interviewId: iv.id })).toHaveLength(1);
  });

  it('scopes notes and follow-ups to their owner', async () => {
    const store = current();
    const { app, people } = await interviewWithPeople(store);
    const other = await store.users.create('other-followup@example.com', 'hash');
    const note = await store.followup.saveNote(owner, people[0]!.id, { subject: '', body: 'b', tone: 'warm', problems: [] });
    expect(await store.followup.saveNote(other!.id, people[0]!.id, { subject: '', body: 'stolen', tone: 'warm', problems: [] })).toBeNull();
    expect(await store.followup.getNote(other!.id, note!.id)).toBeNull();
    expect(await store.followup.markNoteSent(other!.id, note!.id, { via: 'copy' })).toBeNull();
    expect(await store.followup.removeNote(other!.id, note!.id)).toBe(false);
    const fu = await store.followup.createFollowUp(owner, app.id, { kind: 'follow_up', interviewId: null, plannedOn: '2026-03-20', statedText: null, statedUntil: null, subject: 's', body: 'b', reason: null });
    expect(await store.followup.createFollowUp(other!.id, app.id, { kind: 'follow_up', interviewId: null, plannedOn: null, statedText: null, statedUntil: null, subject: 's', body: 'b', reason: null })).toBeNull();
    expect(await store.followup.getFollowUp(other!.id, fu!.id)).toBeNull();
    expect(await store.followup.updateFollowUp(other!.id, fu!.id, { answered: true })).toBeNull();
    expect(await store.followup.removeFollowUp(other!.id, fu!.id)).toBe(false);
    expect(await store.followup.listFollowUps(other!.id)).toEqual([]);
    expect((await store.followup.getNote(owner, note!.id))?.body).toBe('b');
  });

  it('plans, sends and answers follow-ups; the answer is kept with the application', async () => {
    const store = current();
    const { app, iv } = await interviewWithPeople(store);
    const fu = await store.followup.createFollowUp(owner, app.id, { kind: 'follow_up', interviewId: iv.id, plannedOn: '2026-03-26', statedText: "We'll be interviewing over the next two weeks", statedUntil: '2026-03-24', subject: 'Following up', body: 'Hi', reason: null });
    expect(fu).toMatchObject({ kind: 'follow_up', plannedOn: '2026-03-26', statedUntil: '2026-03-24', answered: false, sentAt: null });
    const sent = await store.followup.updateFollowUp(owner, fu!.id, { sentAt: '2026-03-26T09:00:00.000Z', sentVia: 'eml' });
    expect(sent).toMatchObject({ sentAt: '2026-03-26T09:00:00.000Z', sentVia: 'eml', answered: false });
    const fb = await store.followup.createFollowUp(owner, app.id, { kind: 'feedback_request', interviewId: null, plannedOn: null, statedText: null, statedUntil: null, subject: 'Thank you', body: 'Hello', reason: null });
    const answered = await store.followup.updateFollowUp(owner, fb!.id, { answered: true, answerText: 'Work on your stories — and "quotes" stay intact.' });
    expect(answered).toMatchObject({ kind: 'feedback_request', answered: true, answerText: 'Work on your stories — and "quotes" stay intact.' });
    // Both were created within the same millisecond, so their order is not defined.
    expect((await store.followup.listFollowUps(owner, { applicationId: app.id })).map((f) => f.kind).sort()).toEqual(['feedback_request', 'follow_up']);
    // Deleting the interview keeps the follow-up (it belongs to the application); deleting the application removes it.
    await store.interviews.remove(owner, iv.id);
    expect((await store.followup.getFollowUp(owner, fu!.id))?.interviewId).toBeNull();
    await store.applications.remove(owner, app.id);
    expect(await store.followup.listFollowUps(owner)).toEqual([]);
  });

  it('backs up notes and follow-ups, restores them, and never exports the SMTP password', async () => {
    const store = current();
    const { app, iv, people } = await interviewWithPeople(store);
    await store.followup.saveNote(owner, people[1]!.id, { subject: 'Thanks', body: 'Hi Jean-Luc', tone: 'brief', problems: [] });
    const n = await store.followup.listNotes(owner);
    await store.followup.markNoteSent(owner, n[0]!.id, { via: 'copy', sentAt: '2026-03-10T15:00:00.000Z' });
    await store.followup.createFollowUp(owner, app.id, { kind: 'follow_up', interviewId: iv.id, plannedOn: '2026-03-20', statedText: null, statedUntil: null, subject: 's', body: 'b', reason: null });
    await store.settings.update(owner, { smtp: { host: 'smtp.example.com', port: 587, secure: false, user: 'me', password: 'hunter2', from: 'me@example.com' }, calendarToken: 'a'.repeat(43) });
    const backup: Backup = await store.backup.export(owner);
    expect(backup.thankYouNotes).toHaveLength(1);
    expect(backup.followUps).toHaveLength(1);
    expect(JSON.stringify(backup)).not.toContain('hunter2');
    expect(JSON.parse(backup.settings![0]!.data)).toMatchObject({ smtp: { host: 'smtp.example.com', user: 'me' } });
    expect(JSON.parse(backup.settings![0]!.data)).not.toHaveProperty('calendarToken');
    const input = diagnosisInputFromBackup(backup);
    expect(input.applications[0]?.interviews[0]?.thankYous).toEqual([{ interviewerName: 'Jean-Luc Picard', sentAt: '2026-03-10T15:00:00.000Z', problems: [] }]);
    expect(input.applications[0]?.interviews[0]?.followUps).toEqual([{ plannedOn: '2026-03-20', sentOn: null, answered: false, statedUntil: null }]);

    await store.transaction((tx) => tx.backup.restore(owner, backup, { replace: true }));
    const again = await store.backup.export(owner);
    expect(again.thankYouNotes).toEqual(backup.thankYouNotes);
    expect(again.followUps).toEqual(backup.followUps);
    // The password stayed behind: the restored settings say none is set.
    expect((await store.settings.get(owner)).smtp?.password).toBeUndefined();
  });

  it('refuses a backup whose notes point at missing interviewers', async () => {
    const store = current();
    const { people } = await interviewWithPeople(store);
    await store.followup.saveNote(owner, people[0]!.id, { subject: '', body: 'b', tone: 'warm', problems: [] });
    const backup = await store.backup.export(owner);
    const broken = { ...backup, thankYouNotes: backup.thankYouNotes!.map((x) => ({ ...x, interviewerId: 'nobody' })) };
    await expect(store.transaction((tx) => tx.backup.restore(owner, broken, { replace: true }))).rejects.toThrow(/missing interviewer nobody/);
    expect(await store.followup.listNotes(owner)).toHaveLength(1);
  });
}
