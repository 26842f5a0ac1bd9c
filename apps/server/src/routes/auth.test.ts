import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import type { Mailer } from '../services/accounts';
import { RESET_REQUESTED } from './auth';

let store: Store;
let now: Date;
let sent: Array<{ to: string; subject: string; text: string }>;
const mailer: Mailer = { send: async (m) => void sent.push(m) };
const DAY = 86_400_000;

beforeEach(async () => {
  now = new Date('2026-11-30T10:00:00.000Z');
  sent = [];
  store = await openStore({ file: ':memory:', clock: () => now });
  return () => store.close();
});

function hostedApp(options: { trustProxy?: boolean; signup?: 'open' | 'invite'; publicUrl?: string | null } = {}) {
  return createApp({ store, mode: 'hosted', version: 't', trustProxy: options.trustProxy ?? true, accounts: { signup: options.signup ?? 'open', idleDays: 7, publicUrl: options.publicUrl ?? 'https://jobs.example.org', mailer, now: () => now } });
}

type App = ReturnType<typeof hostedApp>;

function post(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`http://localhost${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', 'X-Forwarded-For': '203.0.113.7', ...headers }, body: JSON.stringify(body) });
}
const cookieOf = (res: Response) => /(?:^|\s)(?:__Host-)?sr_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
const me = (app: App, token: string) => app.request('http://localhost/api/auth/me', { headers: { Cookie: `sr_session=${token}` } });
const PW = 'correct horse battery';

async function signup(app: App, email: string, password = PW): Promise<string> {
  const res = await post(app, '/api/auth/signup', { email, password });
  expect(res.status).toBe(201);
  return cookieOf(res);
}

describe('sign-in limits (hosted mode)', () => {
  it('answers 429 with Retry-After after 5 wrong passwords, even to the right one, until the window passes', async () => {
    const app = hostedApp();
    await signup(app, 'ana@example.com');
    for (let i = 0; i < 5; i++) expect((await post(app, '/api/auth/login', { email: 'ana@example.com', password: `wrong password ${i}` })).status).toBe(401);
    // Another app process on the same database sees the same count.
    const other = hostedApp();
    const locked = await post(other, '/api/auth/login', { email: 'ANA@example.com', password: PW }, { 'X-Forwarded-For': '198.51.100.1' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_ATTEMPTS');
    now = new Date(now.getTime() + 10 * 60_000);
    expect(Number((await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW })).headers.get('retry-after'))).toBe(5 * 60);
    now = new Date(now.getTime() + 5 * 60_000 + 1000);
    expect((await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW })).status).toBe(200);
  });

  it('lets no more than 5 of 20 parallel wrong passwords through to the check (counted after the check, 12 of 100 sent 10 at a time got through)', async () => {
    const app = hostedApp();
    await signup(app, 'ana@example.com');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(app, '/api/auth/login', { email: 'ana@example.com', password: `wrong password ${i}` }, { 'X-Forwarded-For': `10.9.0.${i}` })));
    const statuses = answers.map((r) => r.status);
    // Counted before checking, so racing attempts can only err on the safe side (fewer through).
    const through = statuses.filter((s) => s === 401).length;
    expect(through).toBeGreaterThanOrEqual(1);
    expect(through).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - through);
  });

  it('limits one client address across many accounts, and not other addresses', async () => {
    const app = hostedApp();
    for (let i = 0; i < 30; i++) expect((await post(app, '/api/auth/login', { email: `nobody${i}@example.com`, password: 'some password' })).status).toBe(401);
    expect((await post(app, '/api/auth/login', { email: 'someone@example.com', password: 'some password' })).status).toBe(429);
    expect((await post(app, '/api/auth/login', { email: 'someone@example.com', password: 'some password' }, { 'X-Forwarded-For': '192.0.2.9' })).status).toBe(401);
  });

  it('spends the same argon2 time on an unknown e-mail as on a wrong password', async () => {
    const app = hostedApp();
    await signup(app, 'ana@example.com');
    const time = async (email: string, i: number) => {
      const t = performance.now();
      expect((await post(app, '/api/auth/login', { email, password: 'wrong password' }, { 'X-Forwarded-For': `10.0.0.${i}` })).status).toBe(401);
      return performance.now() - t;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time('ana@example.com', i));
      unknown.push(await time(`nobody${i}@example.com`, i + 10));
    }
    // Skipping argon2 made the unknown e-mail 6 times faster (2 ms against 12 ms).
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('does not say that an e-mail is taken at sign-up, and closes sign-up in invite mode', async () => {
    const app = hostedApp();
    await signup(app, 'ana@example.com');
    const again = await post(app, '/api/auth/signup', { email: 'Ana@example.com', password: 'another password' });
    expect(again.status).toBe(409);
    const body = (await again.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('SIGNUP_FAILED');
    expect(body.error.message).not.toMatch(/taken|exists|already registered/i);
    const invite = await post(hostedApp({ signup: 'invite' }), '/api/auth/signup', { email: 'ben@example.com', password: PW });
    expect(invite.status).toBe(403);
    expect(((await invite.json()) as { error: { code: string } }).error.code).toBe('SIGNUP_CLOSED');
    expect(await store.users.findByEmail('ben@example.com')).toBeNull();
  });
});

describe('sessions (hosted mode)', () => {
  it('names the cookie __Host- and makes it Secure when a trusted proxy says TLS, and sends HSTS only then', async () => {
    const tls = await post(hostedApp(), '/api/auth/signup', { email: 'ana@example.com', password: PW }, { 'X-Forwarded-Proto': 'https', Origin: 'https://localhost' });
    expect(tls.status).toBe(201);
    expect(tls.headers.get('set-cookie')).toMatch(/^__Host-sr_session=[\w-]{20,}; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    expect(tls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const token = cookieOf(tls);
    const viaTls = await hostedApp().request('http://localhost/api/auth/me', { headers: { Cookie: `__Host-sr_session=${token}`, 'X-Forwarded-Proto': 'https' } });
    expect(viaTls.status).toBe(200);

    const untrusted = await post(hostedApp({ trustProxy: false }), '/api/auth/login', { email: 'ana@example.com', password: PW }, { 'X-Forwarded-Proto': 'https' });
    expect(untrusted.status).toBe(200);
    expect(untrusted.headers.get('set-cookie')).toMatch(/^sr_session=/);
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });

  it('rotates the presented token at sign-in', async () => {
    const app = hostedApp();
    const first = await signup(app, 'ana@example.com');
    const login = await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW }, { Cookie: `sr_session=${first}` });
    const second = cookieOf(login);
    expect(second).not.toBe(first);
    expect((await me(app, first)).status).toBe(401);
    expect((await me(app, second)).status).toBe(200);
  });

  it('ends a session unused for 7 days, and any session 30 days after sign-in', async () => {
    const app = hostedApp();
    const idle = await signup(app, 'ana@example.com');
    const busy = cookieOf(await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW }));
    for (let day = 6; day < 30; day += 6) {
      now = new Date(Date.parse('2026-11-30T10:00:00.000Z') + day * DAY);
      expect((await me(app, busy)).status, `day ${day}`).toBe(200);
    }
    expect((await me(app, idle)).status).toBe(401);
    now = new Date(Date.parse('2026-11-30T10:00:00.000Z') + 30 * DAY + 1000);
    expect((await me(app, busy)).status).toBe(401);
  });

  it('does not read the session on health and readiness checks: a probe carrying the cookie keeps no session alive', async () => {
    const app = hostedApp();
    const token = await signup(app, 'ana@example.com');
    for (let day = 2; day <= 8; day += 2) {
      now = new Date(Date.parse('2026-11-30T10:00:00.000Z') + day * DAY);
      for (const path of ['/api/health', '/api/ready']) expect((await app.request(`http://localhost${path}`, { headers: { Cookie: `sr_session=${token}` } })).status, path).toBe(200);
    }
    expect((await me(app, token)).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const app = hostedApp();
    const a = await signup(app, 'ana@example.com');
    const b = cookieOf(await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW }));
    const res = await post(app, '/api/auth/logout-everywhere', {}, { Cookie: `sr_session=${a}` });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^sr_session=; Max-Age=0/);
    expect((await me(app, a)).status).toBe(401);
    expect((await me(app, b)).status).toBe(401);
  });

  it('changes the password: the current one is checked, every other session ends, this one gets a new token', async () => {
    const app = hostedApp();
    const here = await signup(app, 'ana@example.com');
    const elsewhere = cookieOf(await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW }));
    const wrong = await post(app, '/api/auth/password', { currentPassword: 'not my password', newPassword: 'a brand new secret' }, { Cookie: `sr_session=${here}` });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('WRONG_PASSWORD');
    const ok = await post(app, '/api/auth/password', { currentPassword: PW, newPassword: 'a brand new secret' }, { Cookie: `sr_session=${here}` });
    expect(ok.status).toBe(200);
    const fresh = cookieOf(ok);
    expect(fresh).not.toBe(here);
    expect((await me(app, here)).status).toBe(401);
    expect((await me(app, elsewhere)).status).toBe(401);
    expect((await me(app, fresh)).status).toBe(200);
    expect((await post(app, '/api/auth/login', { email: 'ana@example.com', password: PW })).status).toBe(401);
    expect((await post(app, '/api/auth/login', { email: 'ana@example.com', password: 'a brand new secret' })).status).toBe(200);
  });
});

describe('password reset (hosted mode)', () => {
  it('answers the same for known and unknown e-mails, mails a one-time link, and the link works once', async () => {
    const app = hostedApp();
    const old = await signup(app, 'ana@example.com');
    const unknown = await post(app, '/api/auth/reset-request', { email: 'nobody@example.com' });
    const known = await post(app, '/api/auth/reset-request', { email: 'ana@example.com' });
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(await unknown.json()).toEqual({ message: RESET_REQUESTED });
    expect(await known.json()).toEqual({ message: RESET_REQUESTED });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('ana@example.com');
    const token = /https:\/\/jobs\.example\.org\/reset-password#token=([\w-]+)/.exec(sent[0]!.text)![1]!;
    const stored = await store.db.selectFrom('passwordResets').select('id').execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const reset = await post(app, '/api/auth/reset', { token, password: 'my new long password' });
    expect(reset.status).toBe(200);
    expect((await me(app, old)).status).toBe(401);
    expect((await me(app, cookieOf(reset))).status).toBe(200);
    const again = await post(app, '/api/auth/reset', { token, password: 'yet another password' });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('BAD_TOKEN');
    expect((await post(app, '/api/auth/login', { email: 'ana@example.com', password: 'my new long password' })).status).toBe(200);
  });

  it('expires a reset link after an hour and sends none without a public address', async () => {
    const app = hostedApp();
    await signup(app, 'ana@example.com');
    await post(app, '/api/auth/reset-request', { email: 'ana@example.com' });
    await new Promise((r) => setTimeout(r, 10));
    const token = /#token=([\w-]+)/.exec(sent[0]!.text)![1]!;
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await post(app, '/api/auth/reset', { token, password: 'my new long password' })).status).toBe(400);
    // The link's host is never taken from the request's Host header, which an attacker chooses.
    await post(hostedApp({ publicUrl: null }), '/api/auth/reset-request', { email: 'ana@example.com' }, { Host: 'evil.example' });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(1);
  });
});

describe('same-origin writes behind a proxy', () => {
  it('takes the origin from X-Forwarded-Host and X-Forwarded-Proto only when the proxy is trusted', async () => {
    const body = { email: 'ana@example.com', password: PW };
    const headers = { Host: '127.0.0.1:4870', 'X-Forwarded-Host': 'jobs.example.org', 'X-Forwarded-Proto': 'https', Origin: 'https://jobs.example.org' };
    const proxied = await hostedApp().request('http://127.0.0.1:4870/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect(proxied.status).toBe(201);
    const direct = await hostedApp({ trustProxy: false }).request('http://127.0.0.1:4870/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect(direct.status).toBe(403);
  });
});

describe('security headers', () => {
  it('sends a CSP with base-uri and form-action, and X-Frame-Options DENY', async () => {
    const res = await hostedApp().request('http://localhost/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
