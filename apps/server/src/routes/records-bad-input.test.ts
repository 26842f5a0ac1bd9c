import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const year = new Date().getUTCFullYear();
const round1 = (y: number) => ({ round: 1, kind: 'behavioural', startsAt: `${y}-03-10T10:00:00Z`, endsAt: `${y}-03-10T11:00:00Z`, timeZone: 'UTC', format: 'video' });

async function newApplication(): Promise<{ id: string; updatedAt: string }> {
  return (await (await call('POST', '/api/applications', { company: 'Acme', role: 'Analyst' })).json()) as { id: string; updatedAt: string };
}

describe('bad input on records', () => {
  it('refuses an interview or an event dated far in the past or future, saying which and why', async () => {
    const { id } = await newApplication();
    const old = await call('POST', `/api/applications/${id}/interviews`, round1(1901));
    expect(old.status).toBe(422);
    expect(await old.json()).toEqual({ error: { code: 'DATE_OUT_OF_RANGE', message: 'The interview is dated 10 Mar 1901, more than 10 years ago: check the year.' } });
    const far = await call('POST', `/api/applications/${id}/events`, { stage: 'applied', date: `${year + 30}-01-05` });
    expect(((await far.json()) as { error: { message: string } }).error.message).toMatch(/more than 2 years ahead: check the year/);
    const detail = (await (await call('GET', `/api/applications/${id}`)).json()) as { interviews: unknown[]; events: unknown[] };
    expect(detail.interviews).toEqual([]);
    expect(detail.events).toHaveLength(1);
    const ok = (await (await call('POST', `/api/applications/${id}/interviews`, round1(year))).json()) as { id: string };
    const moved = await call('PATCH', `/api/interviews/${ok.id}`, { startsAt: '1901-03-10T10:00:00Z' });
    expect(moved.status).toBe(422);
  });

  it('refuses an interviewer with no name and a second entry of the same person on one round', async () => {
    const { id } = await newApplication();
    const iv = (await (await call('POST', `/api/applications/${id}/interviews`, round1(year))).json()) as { id: string };
    const nameless = await call('POST', `/api/interviews/${iv.id}/interviewers`, { name: '   ' });
    expect(nameless.status).toBe(422);
    expect(((await nameless.json()) as { error: { message: string } }).error.message).toBe('name: required');
    const dana = await call('POST', `/api/interviews/${iv.id}/interviewers`, { name: 'Dana Reyes' });
    expect(dana.status).toBe(201);
    const twin = await call('POST', `/api/interviews/${iv.id}/interviewers`, { name: ' dana  reyes ' });
    expect(twin.status).toBe(409);
    expect(await twin.json()).toEqual({ error: { code: 'DUPLICATE_INTERVIEWER', message: 'Dana Reyes is already on this round; edit that entry instead of adding the name twice.' } });
    const sam = (await (await call('POST', `/api/interviews/${iv.id}/interviewers`, { name: 'Sam Lee' })).json()) as { id: string };
    expect((await call('PATCH', `/api/interviewers/${sam.id}`, { name: 'DANA REYES' })).status).toBe(409);
    const fixed = await call('PATCH', `/api/interviewers/${sam.id}`, { name: 'Sam Li', email: 'sam@acme.example', pronunciation: 'sam LEE' });
    expect(await fixed.json()).toMatchObject({ name: 'Sam Li', email: 'sam@acme.example', pronunciation: 'sam LEE' });
  });

  it('keeps a 10,000-character note whole and refuses one past the limit with its size', async () => {
    const { id } = await newApplication();
    const note = 'Asked about the migration plan. '.repeat(313).slice(0, 10_000);
    const iv = (await (await call('POST', `/api/applications/${id}/interviews`, { ...round1(year), notes: note })).json()) as { id: string; notes: string };
    expect(iv.notes).toBe(note);
    const person = await call('POST', `/api/interviews/${iv.id}/interviewers`, { name: 'Dana Reyes', notes: note });
    expect(((await person.json()) as { notes: string }).notes).toHaveLength(10_000);
    const tooLong = await call('PATCH', `/api/interviews/${iv.id}`, { notes: 'x'.repeat(100_001) });
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toBe('notes: at most 100000 characters');
  });

  it('tells the later of two tabs that the application changed, instead of letting it silently win', async () => {
    const { id, updatedAt } = await newApplication();
    // Both tabs loaded the same version; the first save wins.
    const first = await call('PATCH', `/api/applications/${id}`, { notes: 'from tab A' }, { 'If-Match': `"${updatedAt}"` });
    expect(first.status).toBe(200);
    const second = await call('PATCH', `/api/applications/${id}`, { notes: 'from tab B' }, { 'If-Match': `"${updatedAt}"` });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'EDIT_CONFLICT',
      message: 'This application was changed in another tab or device after you opened it. Your changes were not saved: reload to see the latest version, then make them again.',
    });
    expect(((await (await call('GET', `/api/applications/${id}`)).json()) as { notes: string }).notes).toBe('from tab A');
    // With the version it now holds, tab B saves.
    const latest = (await first.json()) as { updatedAt: string };
    expect((await call('PATCH', `/api/applications/${id}`, { notes: 'from tab B' }, { 'If-Match': `"${latest.updatedAt}"` })).status).toBe(200);
    // Another owner's or a missing application stays a 404, not a conflict.
    expect((await call('PATCH', '/api/applications/nope', { notes: 'x' }, { 'If-Match': `"${updatedAt}"` })).status).toBe(404);
  });
});
