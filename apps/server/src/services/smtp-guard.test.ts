import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '@secondround/core';
import { sendSmtp } from './followup';
import { isAllowedSmtpHost, isPublicAddress, type SmtpGuard } from './smtp-guard';

const draft = { to: 'ivy@example.com', subject: 'Thank you', text: 'Hi Ivy' };
const settings = (host: string, port = 25) => ({ host, port, secure: false, user: null, from: 'me@example.com' });
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A TCP listener on loopback that counts connections (an internal service the attacker wants). */
async function listener(): Promise<{ port: number; connections: () => number }> {
  let n = 0;
  const server = createServer((socket) => {
    n += 1;
    socket.end('220 internal ESMTP\r\n');
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, connections: () => n };
}

async function failure(p: Promise<unknown>) {
  const started = Date.now();
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isUserError(e)) throw new Error(`expected a user error, got ${String(e)}`);
  return { code: e.code, status: e.status, message: e.message, ms: Date.now() - started };
}

describe('SMTP in hosted mode', () => {
  const guard = (answers: string[][], allowedHosts = ['smtp.example.org', '*.mail.example.net']): SmtpGuard & { calls: number } => {
    const g = {
      calls: 0,
      allowedHosts,
      lookup: async () => (answers[Math.min(g.calls++, answers.length - 1)] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      minFailureMs: 400,
      timeoutMs: 300,
    };
    return g;
  };

  it('refuses a host that is not on the operator’s list, loopback included, without connecting', async () => {
    const inside = await listener();
    for (const host of ['127.0.0.1', 'localhost', 'evil.example', 'smtp.example.org.evil.example', 'mail.example.net']) {
      const f = await failure(sendSmtp(settings(host, inside.port), draft, guard([['127.0.0.1']])));
      expect(f, host).toMatchObject({ code: 'SMTP_HOST_NOT_ALLOWED', status: 403 });
    }
    expect(inside.connections()).toBe(0);
  });

  it('refuses an allowed name that resolves to a private, loopback or link-local address', async () => {
    const inside = await listener();
    for (const answer of [['127.0.0.1'], ['10.1.2.3'], ['169.254.169.254'], ['192.168.0.10'], ['::1'], ['fe80::1'], ['::ffff:127.0.0.1'], ['203.0.113.9', '127.0.0.1']]) {
      const f = await failure(sendSmtp(settings('smtp.example.org', inside.port), draft, guard([answer])));
      expect(f, answer.join()).toMatchObject({ code: 'SMTP_FAILED', status: 502 });
    }
    expect(inside.connections()).toBe(0);
  });

  it('connects to the address it checked, not to a second DNS answer (rebinding)', async () => {
    const inside = await listener();
    // First answer public (TEST-NET-3, unreachable offline), every later one loopback.
    const g = guard([['203.0.113.9'], ['127.0.0.1']]);
    const f = await failure(sendSmtp(settings('relay.mail.example.net', inside.port), draft, g));
    expect(f.code).toBe('SMTP_FAILED');
    expect(g.calls).toBe(1);
    expect(inside.connections()).toBe(0);
  });

  it('gives one message after the same minimum time, whatever failed', async () => {
    const unknownName = await failure(sendSmtp(settings('smtp.example.org'), draft, guard([[]])));
    const privateName = await failure(sendSmtp(settings('smtp.example.org'), draft, guard([['10.0.0.1']])));
    const unreachable = await failure(sendSmtp(settings('smtp.example.org', 1), draft, guard([['203.0.113.9']])));
    expect(new Set([unknownName.message, privateName.message, unreachable.message]).size).toBe(1);
    for (const f of [unknownName, privateName, unreachable]) expect(f.ms).toBeGreaterThanOrEqual(390);
  });

  it('tells public addresses and allowed names apart', () => {
    expect(['8.8.8.8', '203.0.113.9', '2a00:1450:4007:80c::201a'].every(isPublicAddress)).toBe(true);
    expect(['0.0.0.0', '100.64.0.1', '172.31.255.255', '224.0.0.1', 'fc00::1', 'not an ip'].some(isPublicAddress)).toBe(false);
    expect(isAllowedSmtpHost('SMTP.example.org.', ['smtp.example.org'])).toBe(true);
    expect(isAllowedSmtpHost('a.mail.example.net', ['*.mail.example.net'])).toBe(true);
    expect(isAllowedSmtpHost('evilmail.example.net', ['*.mail.example.net'])).toBe(false);
  });
});

describe('SMTP settings in hosted mode', () => {
  it('refuses to save a host the operator has not listed, and saves one that is', async () => {
    const { openStore } = await import('@secondround/store');
    const { createApp } = await import('../app');
    const store = await openStore({ file: ':memory:' });
    try {
      const app = createApp({ store, mode: 'hosted', version: 't', allowSmtp: true, smtpGuard: { allowedHosts: ['smtp.example.org'], lookup: async () => [], minFailureMs: 0, timeoutMs: 100 } });
      const headers = { 'Content-Type': 'application/json', Origin: 'http://localhost' };
      const signup = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers, body: JSON.stringify({ email: 'a@example.com', password: 'correct horse battery' }) });
      const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0]!;
      const save = (host: string) => app.request('http://localhost/api/settings/smtp', { method: 'PATCH', headers: { ...headers, Cookie: cookie }, body: JSON.stringify({ host, port: 587, secure: false, from: 'a@example.com' }) });
      const refused = await save('127.0.0.1');
      expect(refused.status).toBe(422);
      expect(await refused.json()).toEqual({ error: { code: 'SMTP_HOST_NOT_ALLOWED', message: 'this server sends mail only through these SMTP hosts: smtp.example.org' } });
      expect((await save('smtp.example.org')).status).toBe(200);
    } finally {
      await store.close();
    }
  });
});
