import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../../../../tests/support/pg';
import pino from 'pino';
import { createApp } from '../app';

type Reply = { status: number; body: Record<string, unknown> & { error?: { code: string; message: string } } };

/**
 * Run `fn` while the database refuses inserts into `table` when `condition` holds (SQL on the new
 * row), as a full disk or a lost connection would: the failure comes after earlier writes of the
 * same request went through.
 */
async function whileRefused(store: Store, table: 'interviewers' | 'stage_events', condition: string, fn: () => Promise<void>): Promise<void> {
  const [t, c] = [sql.raw(table), sql.raw(condition)];
  const steps =
    store.dialect === 'sqlite'
      ? { on: [sql`create trigger refuse_insert before insert on ${t} when ${c} begin select raise(abort, 'refused by the test'); end`], off: [sql`drop trigger refuse_insert`] }
      : {
          on: [sql`create function refuse_insert() returns trigger language plpgsql as $$ begin if ${c} then raise exception 'refused by the test'; end if; return new; end $$`, sql`create trigger refuse_insert before insert on ${t} for each row execute function refuse_insert()`],
          off: [sql`drop trigger refuse_insert on ${t}`, sql`drop function refuse_insert()`],
        };
  for (const q of steps.on) await q.execute(store.db);
  try {
    await fn();
  } finally {
    for (const q of steps.off) await q.execute(store.db);
  }
}
/** A round's second interviewer: the application, its round and one interviewer are written first. */
const SECOND_INTERVIEWER = '(select count(*) from interviewers where interview_id = new.interview_id) >= 1';

/** The same cases on SQLite and on PostgreSQL: quick add keeps all of what it was given, or none. */
function quickAddSuite(name: string, open: () => Promise<Store>, skip = false) {
  describe.skipIf(skip)(`quick add on ${name}`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    const logged: Array<{ msg?: string }> = [];
    beforeAll(async () => {
      store = await open();
      const logger = pino({ level: 'error', base: undefined }, { write: (line: string) => void logged.push(JSON.parse(line) as { msg?: string }) });
      app = createApp({ store, mode: 'personal', version: 'test', logger });
    });
    afterAll(() => store?.close());
    beforeEach(async () => {
      await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, { format: 'secondround-backup', version: 1, exportedAt: new Date().toISOString(), applications: [], stageEvents: [], interviews: [], interviewers: [], contacts: [] }, { replace: true }));
    });

    const call = async (method: string, path: string, body?: unknown): Promise<Reply> => {
      const res = await app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as Reply['body'] };
    };
    /** Everything the person has, as a backup holds it (the time of the export aside). */
    const everything = async () => {
      const { exportedAt: _t, ...rest } = await store.backup.export(LOCAL_OWNER_ID);
      return rest;
    };
    const year = new Date().getUTCFullYear();
    const invitation = (names: string[]) => ({
      application: { company: 'Quillstone', role: 'Data Analyst', stage: 'applied', stageDate: `${year}-01-05` },
      round: { round: 1, kind: 'behavioural', startsAt: `${year}-01-20T15:00:00Z`, endsAt: `${year}-01-20T16:00:00Z`, timeZone: 'Europe/Berlin', format: 'video' },
      interviewers: names.map((n) => ({ name: n })),
    });

    it('records the application, round 1 and both interviewers in one request, and the card moves to round 1', async () => {
      const res = await call('POST', '/api/applications/quick-add', invitation(['Ana Ruiz', 'Tom Lee']));
      expect(res.status).toBe(201);
      const { application, interview, interviewers } = res.body as { application: { id: string }; interview: { id: string; applicationId: string }; interviewers: Array<{ name: string; interviewId: string }> };
      expect(interview.applicationId).toBe(application.id);
      expect(interviewers.map((p) => [p.name, p.interviewId])).toEqual([['Ana Ruiz', interview.id], ['Tom Lee', interview.id]]);
      const detail = (await call('GET', `/api/applications/${application.id}`)).body as { stage: string; interviews: Array<{ interviewers: Array<{ name: string }> }> };
      expect(detail.stage).toBe('round1');
      expect(detail.interviews[0]!.interviewers.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Lee']);
    });

    it('records an application alone when no round is given', async () => {
      const res = await call('POST', '/api/applications/quick-add', { application: { company: 'Quillstone', role: 'Analyst' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ interview: null, interviewers: [] });
      expect((await everything()).applications).toHaveLength(1);
    });

    it('stores nothing when the second interviewer is refused (the same name twice)', async () => {
      const before = await everything();
      const res = await call('POST', '/api/applications/quick-add', invitation(['Ana Ruiz', 'ana  ruiz']));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'DUPLICATE_INTERVIEWER', message: expect.stringContaining('Ana Ruiz is already on this round') });
      expect(await everything()).toEqual(before);
    });

    it('stores nothing when the database refuses a write half-way', async () => {
      await whileRefused(store, 'interviewers', SECOND_INTERVIEWER, async () => {
        const before = await everything();
        const res = await call('POST', '/api/applications/quick-add', invitation(['Ana Ruiz', 'Tom Lee']));
        expect(res.status).toBe(500);
        expect(res.body.error?.code).toBe('INTERNAL');
        expect(logged.map((l) => l.msg)).toContain('unexpected error');
        expect(await everything()).toEqual(before);
        // The refusal is the second interviewer's alone: one interviewer goes through.
        expect((await call('POST', '/api/applications/quick-add', invitation(['Ana Ruiz']))).status).toBe(201);
      });
    });

    it('stores no application without its first stage, in a plain add too', async () => {
      await whileRefused(store, 'stage_events', '1 = 1', async () => {
        const before = await everything();
        expect((await call('POST', '/api/applications', { company: 'Quillstone', role: 'Analyst', stage: 'applied' })).status).toBe(500);
        expect((await call('POST', '/api/applications/quick-add', { application: { company: 'Quillstone', role: 'Analyst' } })).status).toBe(500);
        expect(await everything()).toEqual(before);
      });
    });

    it('refuses before writing: interviewers without a round, a year typed wrong, an interviewer with no name', async () => {
      const { round: _r, ...noRound } = invitation(['Ana Ruiz']);
      const cases: Array<[unknown, number, string]> = [
        [noRound, 422, 'add the day and time of their round'],
        [{ ...invitation([]), round: { ...invitation([]).round, startsAt: '1901-01-20T15:00:00Z', endsAt: '1901-01-20T16:00:00Z' } }, 422, '1901'],
        [invitation(['Ana Ruiz', '']), 422, 'interviewers.1.name'],
      ];
      for (const [body, status, message] of cases) {
        const res = await call('POST', '/api/applications/quick-add', body);
        expect(res.status).toBe(status);
        expect(res.body.error?.message).toContain(message);
      }
      expect((await everything()).applications).toEqual([]);
    });
  });
}

quickAddSuite('SQLite', () => openStore({ file: ':memory:' }));

let temp: TempDatabase | null = null;
quickAddSuite(
  'PostgreSQL',
  async () => {
    temp = await createTempDatabase();
    return openStore({ databaseUrl: temp.url, poolSize: 3 });
  },
  pgSkipped,
);
afterAll(async () => {
  await temp?.drop();
});
