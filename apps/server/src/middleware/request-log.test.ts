import { Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import { serverLogger } from './request-log';

let store: Store;
let lines: string[];

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  lines = [];
  return () => store.close().catch(() => undefined);
});

function sink(): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
}

function hostedApp(trustProxy = false) {
  const logger = serverLogger('hosted', {}, sink());
  return createApp({ store, mode: 'hosted', version: 't', trustProxy, logger, accounts: { signup: 'open', idleDays: 7, publicUrl: null, mailer: null, now: () => new Date() } });
}

const json = (body: unknown, extra: Record<string, string> = {}) => ({ method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', ...extra }, body: JSON.stringify(body) });
const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('request log', () => {
  it('writes one JSON line per request with its id, route pattern, status and time, and nothing that says who asked', async () => {
    const app = hostedApp();
    const email = 'ana.ruiz@example.com';
    const password = 'correct horse battery';
    const signup = await app.request('http://localhost/api/auth/signup', json({ email, password }));
    expect(signup.status).toBe(201);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const created = await app.request('http://localhost/api/applications', json({ company: 'Northwind Secret Project', role: 'Analyst' }, { Cookie: cookie }));
    expect(created.status).toBe(201);
    const application = (await created.json()) as { id: string };
    const read = await app.request(`http://localhost/api/applications/${application.id}?note=${encodeURIComponent(email)}`, { headers: { Cookie: cookie } });
    expect(read.status).toBe(200);

    const entries = logged().filter((e) => e.msg === 'request');
    expect(entries.map((e) => [e.method, e.route, e.status])).toEqual([
      ['POST', '/api/auth/signup', 201],
      ['POST', '/api/applications', 201],
      ['GET', '/api/applications/:id', 200],
    ]);
    expect(entries[2]!.reqId).toBe(read.headers.get('x-request-id'));
    expect(new Set(entries.map((e) => e.reqId)).size).toBe(3);
    for (const e of entries) expect(typeof e.ms).toBe('number');
    const text = lines.join('\n');
    for (const secret of [email, password, 'Northwind', application.id, cookie.split('=')[1]!]) expect(text).not.toContain(secret);
  });

  it('keeps a trusted proxy’s request id, and replaces a forged or untrusted one', async () => {
    const trusted = hostedApp(true);
    expect((await trusted.request('http://localhost/api/health', { headers: { 'X-Request-Id': 'proxy-123.abc' } })).headers.get('x-request-id')).toBe('proxy-123.abc');
    const forged = await trusted.request('http://localhost/api/health', { headers: { 'X-Request-Id': 'x"} {"level":60' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const untrusted = await hostedApp(false).request('http://localhost/api/health', { headers: { 'X-Request-Id': 'proxy-123' } });
    expect(untrusted.headers.get('x-request-id')).not.toBe('proxy-123');
  });

  it('logs an unexpected error with its kind and stack but not its message, under the request’s id', async () => {
    const app = createApp({ store, mode: 'personal', version: 't', logger: serverLogger('personal', {}, sink()) });
    await store.close();
    const res = await app.request('/api/applications');
    expect(res.status).toBe(500);
    const id = res.headers.get('x-request-id');
    const error = logged().find((e) => e.msg === 'unexpected error');
    expect(error?.reqId).toBe(id);
    expect((error?.err as { type: string; stack: string[] }).stack.length).toBeGreaterThan(0);
    expect(JSON.stringify(error)).not.toMatch(/already been destroyed/i);
    // A personal server logs problems only: the failed request, not the quiet ones.
    expect(logged().filter((e) => e.msg === 'request')).toEqual([]);
    expect(logged().find((e) => e.msg === 'request failed')?.status).toBe(500);
  });

  it('refuses an unknown log level with the ones it knows', () => {
    expect(() => serverLogger('hosted', { SECONDROUND_LOG_LEVEL: 'loud' })).toThrow(/SECONDROUND_LOG_LEVEL must be one of fatal, error, warn, info, debug, silent/);
    expect(serverLogger('hosted', { SECONDROUND_LOG_LEVEL: 'silent' }).level).toBe('silent');
    expect(serverLogger('personal', {}).level).toBe('warn');
  });
});

describe('readiness', () => {
  it('answers 200 while the database answers, 503 once it does not or the server is draining', async () => {
    let draining = false;
    const app = createApp({ store, mode: 'personal', version: 't', draining: () => draining });
    expect(await (await app.request('/api/ready')).json()).toEqual({ ready: true });
    draining = true;
    const leaving = await app.request('/api/ready');
    expect(leaving.status).toBe(503);
    expect(((await leaving.json()) as { error: { code: string } }).error.code).toBe('DRAINING');
    draining = false;
    await store.close();
    const down = await app.request('/api/ready');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('DATABASE_DOWN');
  });
});

describe('request log, answers from a middleware', () => {
  it('names the route a refused request was meant for, and an unknown one as unknown', async () => {
    const app = hostedApp();
    expect((await app.request('http://localhost/api/applications/abc')).status).toBe(401);
    expect((await app.request('http://localhost/api/no-such-thing')).status).toBe(401);
    expect((await app.request('http://localhost/api/ready')).status).toBe(200);
    expect(logged().map((e) => [e.route, e.status])).toEqual([
      ['/api/applications/:id', 401],
      ['api:unknown', 401],
      ['/api/ready', 200],
    ]);
  });
});
