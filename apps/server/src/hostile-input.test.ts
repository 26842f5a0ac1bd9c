import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from './app';

/*
 * Issue 13, what an attacker saw: text that lands on Object.prototype, script URLs, another
 * person's story ids. Each case failed before its fix.
 */

let store: Store;
let app: ReturnType<typeof createApp>;
let alice: string;
let bob: string;

async function signup(email: string): Promise<string> {
  const res = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify({ email, password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

function call(method: string, path: string, cookie: string, body?: unknown) {
  const headers: Record<string, string> = { Origin: 'http://localhost', Cookie: `sr_session=${cookie}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return app.request(`http://localhost${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}
const idOf = async (res: Response | Promise<Response>) => ((await (await res).json()) as { id: string }).id;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'hosted', version: 'test' });
  alice = await signup('alice@example.com');
  bob = await signup('bob@example.com');
  return () => store.close();
});

describe('text keyed lookups', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('checks a note naming "the %s role" without a server error', async (word) => {
    const res = await call('POST', '/api/notes/check', alice, { text: `Dear Ivy, thank you for talking about the ${word} role with me.`, context: { interviewers: ['Ivy'], company: 'Acme', role: 'Data Analyst' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBeTypeOf('boolean');
  });
});

describe('URL fields', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])('refuses a contact url %s', async (url) => {
    const res = await call('POST', '/api/contacts', alice, { name: 'Cy', url });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toMatch(/http\(s\) or mailto link/);
  });

  it('keeps an http(s) contact url and a mailto one', async () => {
    expect((await call('POST', '/api/contacts', alice, { name: 'Cy', url: 'https://example.com/cy' })).status).toBe(201);
    expect((await call('POST', '/api/contacts', alice, { name: 'Cy', url: 'mailto:cy@example.com' })).status).toBe(201);
  });

  it('refuses a script url when a contact is edited', async () => {
    const id = await idOf(call('POST', '/api/contacts', alice, { name: 'Cy' }));
    expect((await call('PATCH', `/api/contacts/${id}`, alice, { url: 'javascript:alert(1)' })).status).toBe(422);
  });
});

describe("another person's story ids", () => {
  it('refuses them in a prep sheet and a debrief (422), and keeps the owner’s own', async () => {
    const aliceStory = await idOf(call('POST', '/api/stories', alice, { title: 'Alice’s story' }));
    const bobStory = await idOf(call('POST', '/api/stories', bob, { title: 'Bob’s story' }));
    const app1 = await idOf(call('POST', '/api/applications', bob, { company: 'Acme', role: 'Analyst' }));
    const iv = await idOf(call('POST', `/api/applications/${app1}/interviews`, bob, { round: 1, kind: 'technical', startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T11:00:00Z', timeZone: 'UTC', format: 'video' }));

    const prep = await call('PUT', `/api/interviews/${iv}/prep`, bob, { storyIds: [bobStory, aliceStory] });
    expect(prep.status).toBe(422);
    expect(await errorOf(prep)).toEqual({ code: 'UNKNOWN_STORY', message: expect.stringContaining(aliceStory) });
    const debrief = await call('PUT', `/api/interviews/${iv}/debrief`, bob, { storiesTold: [aliceStory] });
    expect(debrief.status).toBe(422);
    expect((await errorOf(debrief)).code).toBe('UNKNOWN_STORY');

    expect((await call('PUT', `/api/interviews/${iv}/prep`, bob, { storyIds: [bobStory] })).status).toBe(200);
    expect((await call('PUT', `/api/interviews/${iv}/debrief`, bob, { storiesTold: [bobStory] })).status).toBe(200);
  });
});
