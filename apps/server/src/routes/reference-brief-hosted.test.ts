import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import type { SmtpGuard } from '../services/smtp-guard';

// A reference brief sent in hosted mode must meet the same SMTP guard as thank-you notes and
// follow-ups: a host off the operator's list, or a listed name that resolves to loopback, is
// refused before any connection. A real SMTP server listens on loopback, so a send that slipped
// past the guard would be delivered and the test would see it.
let server: SMTPServer;
let port: number;
let connections = 0;
let delivered = 0;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, cb) {
      connections += 1;
      cb();
    },
    onData(stream, _session, cb) {
      stream.resume();
      stream.on('end', () => {
        delivered += 1;
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let store: Store;
let app: ReturnType<typeof createApp>;
const lookups: string[] = [];
const guard: SmtpGuard = {
  allowedHosts: ['smtp.example.org'],
  // The operator's name points at loopback: DNS said so (or was made to).
  lookup: async (host) => {
    lookups.push(host);
    return [{ address: '127.0.0.1', family: 4 }];
  },
  minFailureMs: 50,
  timeoutMs: 500,
};

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'hosted', version: 'test', allowSmtp: true, smtpGuard: guard });
  connections = 0;
  delivered = 0;
  lookups.length = 0;
  return () => store.close();
});

async function signup(): Promise<string> {
  const res = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify({ email: 'sam@example.com', password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

function call(cookie: string, method: string, path: string, body?: unknown) {
  return app.request(`http://localhost${path}`, {
    method,
    headers: { Cookie: `sr_session=${cookie}`, Origin: 'http://localhost', 'Content-Type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function briefToSend(cookie: string): Promise<{ appId: string; useId: string }> {
  const appId = ((await (await call(cookie, 'POST', '/api/applications', { company: 'Northwind', role: 'Data Analyst' })).json()) as { id: string }).id;
  const refId = ((await (await call(cookie, 'POST', '/api/references', { name: 'Ana Ruiz', relationship: 'manager', knowsWork: 5, email: 'ana@example.com' })).json()) as { id: string }).id;
  const use = await call(cookie, 'POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' });
  expect(use.status).toBe(201);
  return { appId, useId: ((await use.json()) as { id: string }).id };
}

describe('sending a reference brief in hosted mode', () => {
  it('refuses a host that is not on the allow-list, loopback included, without connecting', async () => {
    const cookie = await signup();
    const { useId } = await briefToSend(cookie);
    // The settings route refuses these hosts already; a setting saved before the operator
    // narrowed the list still reaches the send, so the send must check again.
    const set = await call(cookie, 'PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, from: 'Sam <sam@example.com>' });
    expect(set.status).toBe(422);
    const ownerId = (await store.users.findByEmail('sam@example.com'))!.id;
    for (const host of ['127.0.0.1', 'localhost']) {
      await store.settings.update(ownerId, { smtp: { host, port, secure: false, user: null, from: 'Sam <sam@example.com>' } });
      const res = await call(cookie, 'POST', `/api/reference-uses/${useId}/brief/send`, {});
      expect(res.status, host).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SMTP_HOST_NOT_ALLOWED');
    }
    expect(lookups).toEqual([]);
    expect(connections).toBe(0);
    expect(delivered).toBe(0);
  });

  it('refuses an allowed name that resolves to loopback, and does not mark the reference briefed', async () => {
    const cookie = await signup();
    const { appId, useId } = await briefToSend(cookie);
    await call(cookie, 'PATCH', '/api/settings/smtp', { host: 'smtp.example.org', port, secure: false, from: 'Sam <sam@example.com>' });
    const res = await call(cookie, 'POST', `/api/reference-uses/${useId}/brief/send`, {});
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({ code: 'SMTP_FAILED', message: expect.stringContaining('could not be sent') });
    expect(lookups).toEqual(['smtp.example.org']);
    expect(connections).toBe(0);
    expect(delivered).toBe(0);
    const uses = (await (await call(cookie, 'GET', `/api/applications/${appId}/references`)).json()) as { uses: Array<{ id: string; briefedOn: string | null }> };
    expect(uses.uses.find((u) => u.id === useId)?.briefedOn).toBeNull();
  });
});
