import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '@secondround/store';
import { createApp } from '@secondround/server';

const db = join(mkdtempSync(join(tmpdir(), 'secondround-admin-')), 'hosted.db');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', db, 'admin', ...args], { encoding: 'utf8', input, env: { ...process.env, DATABASE_URL: '', SECONDROUND_PUBLIC_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Run `fn` against a hosted app on the same database file the CLI writes. */
async function withApp(fn: (post: (path: string, body: unknown) => Promise<Response>) => Promise<void>) {
  const store = await openStore({ file: db });
  try {
    const app = createApp({ store, mode: 'hosted', version: 't', trustProxy: false, accounts: { signup: 'invite', idleDays: 7, publicUrl: null, mailer: null, now: () => new Date() } });
    await fn(async (path, body) => app.request(`http://localhost${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify(body) }));
  } finally {
    await store.close();
  }
}

describe('secondround admin', () => {
  it('invites, resets, disables, enables and deletes accounts', async () => {
    const invited = cli(['invite', 'Ana@Example.com', '--url', 'https://jobs.example.org/', '--json']);
    expect(invited.code, invited.err).toBe(0);
    const { email, link } = JSON.parse(invited.out) as { email: string; link: string };
    expect(email).toBe('ana@example.com');
    expect(link).toMatch(/^https:\/\/jobs\.example\.org\/reset-password#token=[\w-]{40,}$/);
    const token = link.split('#token=')[1]!;
    expect(cli(['invite', 'ana@example.com']).err).toMatch(/exists already/);

    await withApp(async (post) => {
      expect((await post('/api/auth/login', { email, password: 'anything at all' })).status).toBe(401);
      expect((await post('/api/auth/reset', { token, password: 'ana sets her own password' })).status).toBe(200);
      expect((await post('/api/auth/reset', { token, password: 'a second try at it' })).status).toBe(400);
      expect((await post('/api/auth/login', { email, password: 'ana sets her own password' })).status).toBe(200);
    });

    expect(cli(['disable', 'ana@example.com']).out).toMatch(/Disabled ana@example\.com/);
    await withApp(async (post) => expect((await post('/api/auth/login', { email, password: 'ana sets her own password' })).status).toBe(401));
    expect(cli(['disable', 'ana@example.com', '--enable']).code).toBe(0);
    await withApp(async (post) => expect((await post('/api/auth/login', { email, password: 'ana sets her own password' })).status).toBe(200));

    const reset = cli(['reset-link', 'ana@example.com']);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/works once, for one hour/);
    expect(reset.out).toMatch(/^\/reset-password#token=/m);

    const created = cli(['create', 'ben@example.com', '--password-stdin'], 'bens long password\n');
    expect(created.code, created.err).toBe(0);
    await withApp(async (post) => expect((await post('/api/auth/login', { email: 'ben@example.com', password: 'bens long password' })).status).toBe(200));

    const unsure = cli(['delete', 'ben@example.com']);
    expect(unsure.code).toBe(1);
    expect(unsure.err).toMatch(/add --yes/);
    expect(cli(['delete', 'ben@example.com', '--yes']).code).toBe(0);
    const gone = cli(['reset-link', 'ben@example.com']);
    expect(gone.code).toBe(1);
    expect(gone.err.trim()).toBe('secondround: no account with ben@example.com');
  }, 300_000);
});
