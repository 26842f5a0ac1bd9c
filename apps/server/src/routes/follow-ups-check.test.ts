import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;
const HOUR = 3_600_000;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

async function interview(appId: string, round: number, endedHoursAgo: number, people: string[]) {
  const end = Date.now() - endedHoursAgo * HOUR;
  const iv = await json<{ id: string }>(send('POST', `/api/applications/${appId}/interviews`, { round, kind: 'behavioural', startsAt: new Date(end - HOUR).toISOString(), endsAt: new Date(end).toISOString(), timeZone: 'Europe/Oslo', format: 'video' }));
  for (const name of people) expect((await send('POST', `/api/interviews/${iv.id}/interviewers`, { name, email: `${name.split(' ')[0]!.toLowerCase()}@ferries.example` })).status).toBe(201);
}

describe('follow-up planner: the check context for its drafts', () => {
  it('is null before any interview, then names the recipient as the addressee and the people met at other rounds', async () => {
    const a = await json<{ id: string }>(send('POST', '/api/applications', { company: 'Northsound Ferries', role: 'Fleet Data Analyst' }));
    type Planner = { recipient: { name: string } | null; check: { addressee: string; interviewers: string[]; otherPeople: string[]; company: string } | null };
    expect((await json<Planner>(app.request(`/api/applications/${a.id}/followups`))).check).toBeNull();

    await interview(a.id, 1, 24 * 9, ['Beatrix Lindqvist']);
    await interview(a.id, 2, 24 * 7, ['Ingrid Solberg', 'Tomasz Wierzbicki']);
    const p = await json<Planner>(app.request(`/api/applications/${a.id}/followups`));
    // Either of the last round's people (both have an address); the check names the same one.
    const to = p.recipient?.name ?? '';
    expect(['Ingrid Solberg', 'Tomasz Wierzbicki']).toContain(to);
    expect(p.check).toMatchObject({ addressee: to, company: 'Northsound Ferries', otherPeople: ['Beatrix Lindqvist'] });
    expect([...p.check!.interviewers].sort()).toEqual(['Ingrid Solberg', 'Tomasz Wierzbicki']);

    // The checker reads a follow-up with it: the recipient greeted is right, someone from round 1 is not.
    const followUp = (greet: string) => `Hi ${greet},\n\nThank you again for your time last week. I am still very keen on the Fleet Data Analyst role and would be glad to hear about the next steps.\n\nBest,\nMaren`;
    const codes = async (text: string) => (await json<{ problems: Array<{ code: string }> }>(send('POST', '/api/notes/check', { text, context: p.check }))).problems.map((x) => x.code);
    const first = to.split(' ')[0]!;
    expect(await codes(followUp(first))).not.toContain('WRONG_NAME');
    expect(await codes(followUp('Beatrix'))).toContain('WRONG_NAME');
    expect(await codes(followUp(first.slice(0, 2) + first[3] + first[2] + first.slice(4)))).toContain('NAME_MISSPELLED');
  });

  it("names the person who signs the drafts, so their own name in the signature is no spelling error", async () => {
    const a = await json<{ id: string }>(send('POST', '/api/applications', { company: 'Northsound Ferries', role: 'Fleet Data Analyst' }));
    await interview(a.id, 1, 24 * 9, ['Beatrix Lindqvist']);
    type Planner = { check: { senderName: string | null } };
    expect((await json<Planner>(app.request(`/api/applications/${a.id}/followups`))).check.senderName).toBeNull();
    expect((await send('PATCH', '/api/settings', { sender: { name: 'Maren Vårdtveit' } })).status).toBe(200);
    const p = await json<Planner>(app.request(`/api/applications/${a.id}/followups`));
    expect(p.check.senderName).toBe('Maren Vårdtveit');
    const created = await json<{ followUp: { body: string } }>(send('POST', `/api/applications/${a.id}/followups`, { kind: 'follow_up' }));
    expect(created.followUp.body).toMatch(/Maren Vårdtveit$/);
    const check = await json<{ problems: Array<{ code: string }> }>(send('POST', '/api/notes/check', { text: created.followUp.body, context: p.check }));
    expect(check.problems).toEqual([]);
  });
});
