import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import { createApp } from '../app';
import { UNDO_WINDOW_MS } from '../services/undo';

type Json = Record<string, unknown> & { id: string };

/** The same cases on SQLite and on PostgreSQL: deletions are undone exactly, on either. */
function undoSuite(name: string, open: (clock: () => Date) => Promise<Store>, skip = false) {
  describe.skipIf(skip)(`undoable deletions on ${name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let now = new Date();
    beforeAll(async () => {
      store = await open(() => now);
      app = createApp({ store, mode: 'personal', version: 'test' });
    });
    afterAll(() => store?.close());

    const call = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as Json & { undo: { id: string; kind: string; label: string; expiresAt: string }; error: { code: string; message: string } } };
    };
    /** Everything the person has, as a backup holds it (the time of the export aside). */
    const everything = async () => {
      const { exportedAt: _t, ...rest } = await store.backup.export(LOCAL_OWNER_ID);
      return rest;
    };
    const undo = (id: string) => call('POST', `/api/undo/${id}`, {});

    let appId: string;
    let roundId: string;
    let anaId: string;
    let contactId: string;
    let storyId: string;
    beforeAll(async () => {
      now = new Date();
      const y = now.getUTCFullYear();
      appId = (await call('POST', '/api/applications', { company: 'Acme', role: 'Analyst', stage: 'applied', stageDate: `${y}-01-05` })).body.id;
      roundId = (await call('POST', `/api/applications/${appId}/interviews`, { round: 1, kind: 'technical', startsAt: `${y}-01-20T15:00:00Z`, endsAt: `${y}-01-20T16:00:00Z`, timeZone: 'America/New_York', format: 'video' })).body.id;
      anaId = (await call('POST', `/api/interviews/${roundId}/interviewers`, { name: 'Ana Ruiz', title: 'Lead' })).body.id;
      await call('POST', `/api/interviews/${roundId}/interviewers`, { name: 'Tom Lee' });
      expect((await call('POST', `/api/interviewers/${anaId}/thank-you`, { body: 'Hi Ana, thank you.' })).status).toBe(200);
      expect((await call('PUT', `/api/interviews/${roundId}/prep`, { companyNotes: 'They ship weekly.' })).status).toBe(200);
      contactId = (await call('POST', '/api/contacts', { name: 'Rita Recruiter', applicationId: appId })).body.id;
      storyId = (await call('POST', '/api/stories', { title: 'The migration' })).body.id;
    });

    it('deletes a round with its interviewers, note, prep sheet and stage event, and puts all of it back', async () => {
      const before = await everything();
      const detailBefore = (await call('GET', `/api/applications/${appId}`)).body;
      expect(detailBefore.stage).toBe('round1');
      const del = await call('DELETE', `/api/interviews/${roundId}`);
      expect(del.status).toBe(200);
      expect(del.body.undo).toMatchObject({ kind: 'interview', label: 'round 1' });
      expect(new Date(del.body.undo.expiresAt).getTime() - now.getTime()).toBe(UNDO_WINDOW_MS);
      const gone = await everything();
      expect(gone.interviews).toEqual([]);
      expect(gone.interviewers).toEqual([]);
      expect(gone.thankYouNotes ?? []).toEqual([]);
      expect(gone.prepSheets ?? []).toEqual([]);
      expect(gone.stageEvents).toHaveLength(1);
      expect((await call('GET', `/api/applications/${appId}`)).body.stage).toBe('applied');

      const back = await undo(del.body.undo.id);
      expect(back).toEqual({ status: 200, body: { restored: { kind: 'interview', label: 'round 1' } } });
      expect(await everything()).toEqual(before);
      expect((await call('GET', `/api/applications/${appId}`)).body).toEqual(detailBefore);
      // Undone once: the ticket is spent.
      expect((await undo(del.body.undo.id)).status).toBe(404);
    });

    it('deletes an application (its contact keeps its name, loses the link) and restores the link too', async () => {
      const before = await everything();
      const del = await call('DELETE', `/api/applications/${appId}`);
      expect(del.body.undo).toMatchObject({ kind: 'application', label: 'Acme — Analyst' });
      const gone = await everything();
      expect(gone.applications).toEqual([]);
      expect(gone.interviews).toEqual([]);
      expect(gone.contacts).toEqual([expect.objectContaining({ id: contactId, applicationId: null })]);
      expect((await call('GET', '/api/diagnosis')).status).toBe(200);
      expect((await undo(del.body.undo.id)).status).toBe(200);
      expect(await everything()).toEqual(before);
    });

    it('undoes the deletion of an interviewer, a contact, a stage event and a story', async () => {
      const detail = (await call('GET', `/api/applications/${appId}`)).body as unknown as { events: Json[] };
      for (const [path, kind, label] of [
        [`/api/interviewers/${anaId}`, 'interviewer', 'Ana Ruiz'],
        [`/api/contacts/${contactId}`, 'contact', 'Rita Recruiter'],
        [`/api/events/${detail.events[0]!.id}`, 'event', expect.stringMatching(/^“Applied” of \d{4}-01-05$/)],
        [`/api/stories/${storyId}`, 'story', '“The migration”'],
      ] as const) {
        const before = await everything();
        const del = await call('DELETE', path);
        expect(del.status, path).toBe(200);
        expect(del.body.undo).toMatchObject({ kind, label });
        expect(await everything()).not.toEqual(before);
        expect((await undo(del.body.undo.id)).status, path).toBe(200);
        expect(await everything(), path).toEqual(before);
      }
    });

    it('refuses an undo past its window, and one whose parent has gone since, saying why', async () => {
      const del = await call('DELETE', `/api/interviewers/${anaId}`);
      const round = await call('DELETE', `/api/interviews/${roundId}`);
      const orphan = await undo(del.body.undo.id);
      expect(orphan).toEqual({ status: 409, body: { error: { code: 'UNDO_CONFLICT', message: 'Cannot undo deleting Ana Ruiz: what it belonged to was deleted or changed since.' } } });
      // Undone in the reverse order, both come back.
      expect((await undo(round.body.undo.id)).status).toBe(200);
      expect((await undo(del.body.undo.id)).status).toBe(200);

      const late = await call('DELETE', `/api/contacts/${contactId}`);
      now = new Date(now.getTime() + UNDO_WINDOW_MS + 1000);
      expect(await undo(late.body.undo.id)).toEqual({ status: 410, body: { error: { code: 'UNDO_EXPIRED', message: 'Too late to undo deleting Rita Recruiter: a deletion can be undone for 30 seconds.' } } });
      // The next deletion forgets the old one for good.
      await call('DELETE', `/api/stories/${storyId}`);
      expect((await undo(late.body.undo.id)).status).toBe(404);
      expect((await undo('no-such-ticket')).body.error.code).toBe('NOT_FOUND');
    });
  });
}

undoSuite('SQLite', (clock) => openStore({ file: ':memory:', clock }));

let temp: TempDatabase | null = null;
undoSuite(
  'PostgreSQL',
  async (clock) => {
    temp = await createTempDatabase();
    return openStore({ databaseUrl: temp.url, poolSize: 3, clock });
  },
  pgSkipped,
);
afterAll(async () => {
  await temp?.drop();
});
