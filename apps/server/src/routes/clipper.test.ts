import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

const HOST = 'http://127.0.0.1:4870';
const CHROME = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://2f1a9c3e-7b4d-4e2a-9f10-5c6d7e8f9a0b';
const listing = {
  url: 'https://jobs.lever.co/fernhill/5d1c?lever-source=LinkedIn',
  pageTitle: 'Fernhill Energy - Grid Data Engineer',
  heading: 'Grid Data Engineer',
  header: ['Utrecht, Netherlands', 'Engineering – Data / Full-time / Hybrid'],
  html: '<p>Fernhill Energy balances the Dutch grid with home batteries.</p><h3>What you bring</h3><ul><li>4+ years building data pipelines in Python</li><li>Solid SQL and experience with Kafka</li></ul>',
  jobPosting: { title: 'Grid Data Engineer', company: 'Fernhill Energy', location: 'Utrecht, Netherlands' },
};

let store: Store;
beforeAll(async () => {
  await loadLanguageDetector();
});
beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
});
afterEach(() => store.close());

const personal = () => createApp({ store, mode: 'personal', version: 't', allowedHosts: ['127.0.0.1:4870'] });

function clip(app: ReturnType<typeof createApp>, headers: Record<string, string>, body: unknown = listing, base = HOST) {
  return app.request(`${base}/api/clipper/clips`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('the browser clipper in personal mode', () => {
  it('saves a page from a paired extension once, and finds it on the second click', async () => {
    const app = personal();
    const { token } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Chrome');
    const first = await clip(app, { Origin: CHROME, Authorization: `Bearer ${token}` });
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe(CHROME);
    const saved = (await first.json()) as { created: boolean; application: { id: string } };
    expect(saved).toMatchObject({ created: true, application: { role: 'Grid Data Engineer', company: 'Fernhill Energy', location: 'Utrecht, Netherlands', listingUrl: 'https://jobs.lever.co/fernhill/5d1c' } });
    const detail = await store.applications.get(LOCAL_OWNER_ID, saved.application.id);
    expect(detail?.events.map((e) => e.stage)).toEqual(['saved']);
    expect(detail?.listingText).toContain('4+ years building data pipelines in Python');

    const again = await clip(app, { Origin: FIREFOX, Authorization: `Bearer ${token}` }, { ...listing, url: 'https://jobs.lever.co/fernhill/5d1c#apply' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, application: { id: saved.application.id } });
    const looked = await app.request(`${HOST}/api/clipper/clips?url=${encodeURIComponent('https://jobs.lever.co/fernhill/5d1c?utm_source=x')}`, { headers: { Origin: CHROME, Authorization: `Bearer ${token}` } });
    expect(await looked.json()).toMatchObject({ application: { id: saved.application.id } });
    expect(await store.applications.count(LOCAL_OWNER_ID)).toBe(1);
  });

  it('answers an extension without a token, or with a wrong or revoked one, with 401 and how to pair again', async () => {
    const app = personal();
    const { token, record } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Chrome');
    const none = await clip(app, { Origin: CHROME });
    expect(none.status).toBe(401);
    expect(none.headers.get('access-control-allow-origin')).toBe(CHROME);
    expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(/not paired.*Settings → Browser clipper/);
    const wrong = await clip(app, { Origin: CHROME, Authorization: `Bearer ${token.slice(0, -2)}xx` });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/revoked or is wrong/);
    await store.clipper.revokeToken(LOCAL_OWNER_ID, record.id);
    expect((await clip(app, { Origin: CHROME, Authorization: `Bearer ${token}` })).status).toBe(401);
    expect(await store.applications.count(LOCAL_OWNER_ID)).toBe(0);
  });

  it('lets a paired extension call nothing but the clipper’s routes', async () => {
    const app = personal();
    const { token } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Chrome');
    const auth = { Origin: CHROME, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    expect((await app.request(`${HOST}/api/applications`, { method: 'POST', headers: auth, body: JSON.stringify({ company: 'A', role: 'B' }) })).status).toBe(403);
    expect((await app.request(`${HOST}/api/applications`, { headers: auth })).status).toBe(403);
    expect((await app.request(`${HOST}/api/pairing-tokens`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'more' }) })).status).toBe(403);
    expect(await store.applications.count(LOCAL_OWNER_ID)).toBe(0);
  });

  it('keeps refusing web pages elsewhere, even with a valid token, and a wrong Host', async () => {
    const app = personal();
    const { token } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Chrome');
    for (const origin of ['https://evil.example', 'null', 'chrome-extension://short', 'http://127.0.0.1:4870.evil.example']) {
      const res = await clip(app, { Origin: origin, Authorization: `Bearer ${token}` });
      expect(res.status, origin).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect((await clip(app, { Origin: CHROME, Authorization: `Bearer ${token}` }, listing, 'http://rebound.example:4870')).status).toBe(403);
    expect(await store.applications.count(LOCAL_OWNER_ID)).toBe(0);
  });

  it('answers the extension’s CORS preflight on its routes only', async () => {
    const app = personal();
    const pre = await app.request(`${HOST}/api/clipper/clips`, { method: 'OPTIONS', headers: { Origin: CHROME, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type', 'Access-Control-Request-Private-Network': 'true' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(CHROME);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(pre.headers.get('access-control-allow-private-network')).toBe('true');
    const other = await app.request(`${HOST}/api/applications`, { method: 'OPTIONS', headers: { Origin: CHROME, 'Access-Control-Request-Method': 'POST' } });
    expect(other.status).toBe(403);
  });

  it('refuses a clip without its content type, or too large, or not from an http(s) page', async () => {
    const app = personal();
    const { token } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Chrome');
    const auth = { Origin: CHROME, Authorization: `Bearer ${token}` };
    expect((await app.request(`${HOST}/api/clipper/clips`, { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: JSON.stringify(listing) })).status).toBe(415);
    const huge = await clip(app, auth, { ...listing, html: 'x'.repeat(20 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const notWeb = await clip(app, auth, { ...listing, url: 'file:///home/me/job.html' });
    expect(notWeb.status).toBe(422);
    expect(((await notWeb.json()) as { error: { message: string } }).error.message).toMatch(/http\(s\) address/);
    expect(await store.applications.count(LOCAL_OWNER_ID)).toBe(0);
  });

  it('creates, lists and revokes pairing tokens from the app’s own page', async () => {
    const app = personal();
    const headers = { Origin: HOST, 'Content-Type': 'application/json' };
    const created = await app.request(`${HOST}/api/pairing-tokens`, { method: 'POST', headers, body: JSON.stringify({ name: 'Firefox' }) });
    expect(created.status).toBe(201);
    const { token, record } = (await created.json()) as { token: string; record: { id: string } };
    expect(await store.clipper.ownerForToken(token)).toBe(LOCAL_OWNER_ID);
    const list = (await (await app.request(`${HOST}/api/pairing-tokens`, { headers })).json()) as Array<Record<string, unknown>>;
    expect(list.map((t) => t.name)).toEqual(['Firefox']);
    expect(JSON.stringify(list)).not.toContain(token);
    expect((await app.request(`${HOST}/api/pairing-tokens/${record.id}`, { method: 'DELETE', headers: { Origin: HOST } })).status).toBe(204);
    expect(await store.clipper.ownerForToken(token)).toBeNull();
  });
});

describe('the browser clipper in hosted mode', () => {
  it('saves into the token owner’s records, with no session and a foreign origin refused', async () => {
    const app = createApp({ store, mode: 'hosted', version: 't' });
    const alice = await store.users.create('alice@example.com', 'hash');
    const bob = await store.users.create('bob@example.com', 'hash');
    const { token } = await store.clipper.createToken(alice!.id, 'Chrome');
    const res = await clip(app, { Origin: FIREFOX, Authorization: `Bearer ${token}` }, listing, 'https://app.example.com');
    expect(res.status).toBe(201);
    expect((await store.applications.list(alice!.id)).map((a) => a.company)).toEqual(['Fernhill Energy']);
    expect(await store.applications.list(bob!.id)).toEqual([]);
    const fromPage = await clip(app, { Origin: 'https://evil.example', Authorization: `Bearer ${token}` }, listing, 'https://app.example.com');
    expect(fromPage.status).toBe(403);
    expect((await clip(app, { Origin: CHROME }, listing, 'https://app.example.com')).status).toBe(401);
  });
});
