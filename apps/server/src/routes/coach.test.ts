import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

// Coach access end to end through the HTTP app, in hosted mode: a person shares with a coach's
// e-mail, the coach reads that person's board, Diagnosis and prep sheets and nothing else, and
// loses access on the very next request once the person revokes.
let store: Store;
let app: ReturnType<typeof createApp>;
let alice: string;
let bob: string;
let carol: string;
let aliceId: string;
let bobId: string;
let appId: string;
let interviewId: string;
let bobAppId: string;

async function signup(email: string): Promise<{ cookie: string; id: string }> {
  const res = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify({ email, password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return { cookie: /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!, id: ((await res.json()) as { id: string }).id };
}

function call(method: string, path: string, cookie: string, body?: unknown) {
  const headers: Record<string, string> = { Origin: 'http://localhost', Cookie: `sr_session=${cookie}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
  return app.request(`http://localhost${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

async function body<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

beforeAll(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'hosted', version: 'test' });
  ({ cookie: alice, id: aliceId } = await signup('alice@example.com'));
  ({ cookie: bob, id: bobId } = await signup('bob@example.com'));
  ({ cookie: carol } = await signup('carol.coach@example.com'));
  appId = (await body<{ id: string }>(call('POST', '/api/applications', alice, { company: 'Alice Co', role: 'Analyst', notes: 'private note' }))).id;
  interviewId = (await body<{ id: string }>(call('POST', `/api/applications/${appId}/interviews`, alice, { round: 1, kind: 'behavioural', startsAt: '2026-01-10T10:00:00Z', endsAt: '2026-01-10T11:00:00Z', timeZone: 'UTC', format: 'video' }))).id;
  expect((await call('PUT', `/api/interviews/${interviewId}/prep`, alice, { companyNotes: 'They sell maps' })).status).toBe(200);
  bobAppId = (await body<{ id: string }>(call('POST', '/api/applications', bob, { company: 'Bob Co', role: 'Designer' }))).id;
  return () => store.close();
});

describe('coach access', () => {
  it('answers a share the same whether or not an account uses the e-mail, and lists both', async () => {
    const known = await call('POST', '/api/coach-shares', alice, { email: 'Carol.Coach@example.com' });
    const unknown = await call('POST', '/api/coach-shares', alice, { email: 'nobody@example.com' });
    expect(known.status).toBe(201);
    expect(unknown.status).toBe(201);
    const [k, u] = [await body<{ share: { email: string }; message: string }>(known), await body<{ share: { email: string }; message: string }>(unknown)];
    expect(Object.keys(k)).toEqual(Object.keys(u));
    expect(Object.keys(k.share)).toEqual(Object.keys(u.share));
    expect(k.message).toBe(u.message);
    expect(k.share.email).toBe('carol.coach@example.com');
    const list = await body<{ shares: Array<{ email: string }> }>(call('GET', '/api/coach-shares', alice));
    expect(list.shares.map((s) => s.email).sort()).toEqual(['carol.coach@example.com', 'nobody@example.com']);
  });

  it('refuses to share with oneself and a malformed e-mail', async () => {
    expect(await body(call('POST', '/api/coach-shares', alice, { email: 'alice@example.com' }))).toEqual({ error: { code: 'SHARE_WITH_SELF', message: expect.stringContaining('your own e-mail') } });
    const bad = await call('POST', '/api/coach-shares', alice, { email: 'not an e-mail' });
    expect(bad.status).toBe(422);
  });

  it('lists the people who shared with a coach, and nobody for anyone else', async () => {
    expect(await body(call('GET', '/api/coach/people', carol))).toEqual({ people: [{ personId: aliceId, email: 'alice@example.com', sharedAt: expect.any(String) }] });
    expect(await body(call('GET', '/api/coach/people', bob))).toEqual({ people: [] });
  });

  it("lets the coach read the person's board, Diagnosis and prep sheets, as the person sees them", async () => {
    const board = await body<{ applications: Array<{ id: string; company: string }> }>(call('GET', `/api/coach/people/${aliceId}/applications`, carol));
    expect(board.applications.map((a) => a.company)).toEqual(['Alice Co']);
    expect(board).toEqual(await body(call('GET', '/api/applications', alice)));
    expect(JSON.stringify(board)).not.toContain('private note');
    const theirs = await body<{ counts: unknown; reasons: unknown }>(call('GET', `/api/coach/people/${aliceId}/diagnosis`, carol));
    const own = await body<{ counts: unknown; reasons: unknown }>(call('GET', '/api/diagnosis', alice));
    expect(theirs.counts).toEqual(own.counts);
    expect(theirs.reasons).toEqual(own.reasons);
    const prep = await body<{ application: { company: string }; interviews: Array<{ id: string; prep: { sheet: { companyNotes: string }; readiness: { score: number } } }> }>(call('GET', `/api/coach/people/${aliceId}/applications/${appId}/prep`, carol));
    expect(prep.application.company).toBe('Alice Co');
    expect(prep.interviews.map((i) => [i.id, i.prep.sheet.companyNotes])).toEqual([[interviewId, 'They sell maps']]);
    expect(prep.interviews[0]!.prep.readiness).toEqual((await body<{ readiness: unknown }>(call('GET', `/api/interviews/${interviewId}/prep`, alice))).readiness);
  });

  it('refuses every write as the coach, and anything not shared', async () => {
    expect((await call('PATCH', `/api/applications/${appId}`, carol, { notes: 'coach was here' })).status).toBe(404);
    expect((await call('PUT', `/api/interviews/${interviewId}/prep`, carol, { companyNotes: 'overwritten' })).status).toBe(404);
    expect((await call('DELETE', `/api/applications/${appId}`, carol)).status).toBe(404);
    expect((await call('POST', `/api/coach/people/${aliceId}/applications`, carol, { company: 'X', role: 'Y' })).status).toBe(404);
    expect((await call('GET', `/api/applications/${appId}`, carol)).status).toBe(404);
    for (const path of [`/api/coach/people/${bobId}/applications`, `/api/coach/people/${bobId}/diagnosis`, `/api/coach/people/${aliceId}/applications/${bobAppId}/prep`, `/api/coach/people/${bobId}/applications/${bobAppId}/prep`]) {
      const res = await call('GET', path, carol);
      expect(res.status, path).toBe(404);
      expect((await body<{ error: { code: string } }>(res)).error.code).toBe('NOT_FOUND');
    }
    expect((await body<{ notes: string }>(call('GET', `/api/applications/${appId}`, alice))).notes).toBe('private note');
    expect((await body<{ sheet: { companyNotes: string } }>(call('GET', `/api/interviews/${interviewId}/prep`, alice))).sheet.companyNotes).toBe('They sell maps');
  });

  it("gives the coach a cohort view that says a single person is too few to tell", async () => {
    const cohort = await body<{ people: number; tooFewToTell: boolean; summary: string }>(call('GET', '/api/coach/cohort', carol));
    expect(cohort).toMatchObject({ people: 1, tooFewToTell: true });
    expect(cohort.summary).toMatch(/^Too few to tell: 1 person shared with you/);
    expect(await body(call('GET', '/api/coach/cohort', bob))).toMatchObject({ people: 0, summary: 'Nobody has shared their records with you yet.' });
  });

  it('ends access on the next request once the person revokes', async () => {
    const { shares } = await body<{ shares: Array<{ id: string; email: string }> }>(call('GET', '/api/coach-shares', alice));
    const share = shares.find((s) => s.email === 'carol.coach@example.com')!;
    expect((await call('DELETE', `/api/coach-shares/${share.id}`, bob)).status).toBe(404);
    expect((await call('DELETE', `/api/coach-shares/${share.id}`, alice)).status).toBe(204);
    expect((await call('GET', `/api/coach/people/${aliceId}/applications`, carol)).status).toBe(404);
    expect((await call('GET', `/api/coach/people/${aliceId}/diagnosis`, carol)).status).toBe(404);
    expect(await body(call('GET', '/api/coach/people', carol))).toEqual({ people: [] });
    expect((await call('DELETE', `/api/coach-shares/${share.id}`, alice)).status).toBe(404);
  });

  it('says plainly in personal mode that coach access needs a hosted server', async () => {
    const personal = createApp({ store, mode: 'personal', version: 'test' });
    for (const [method, path, payload] of [['GET', '/api/coach-shares'], ['POST', '/api/coach-shares', { email: 'coach@example.com' }], ['GET', '/api/coach/people'], ['GET', '/api/coach/cohort']] as const) {
      const res = await personal.request(`http://localhost${path}`, { method, headers: payload ? { 'Content-Type': 'application/json' } : {}, ...(payload ? { body: JSON.stringify(payload) } : {}) });
      expect(res.status, path).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'PERSONAL_MODE', message: expect.stringContaining('coach access needs a hosted server') } });
    }
  });
});
