import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { appendMessages, IMAP_TEST, imapSkipped, newImapUser, testMessage } from '../../../../tests/support/imap';

function sync(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'mail', 'sync', '--data', data, ...args], { encoding: 'utf8' });
  const lines = () => (r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : []);
  return { code: r.status, out: r.stdout, err: r.stderr, get lines() { return lines(); } };
}

async function databaseWithAccount(imap: Record<string, unknown>): Promise<string> {
  const data = join(mkdtempSync(join(tmpdir(), 'secondround-sync-')), 'db.sqlite');
  const store = await openStore({ file: data });
  await store.settings.update(LOCAL_OWNER_ID, { imap: { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', password: IMAP_TEST.password, folder: null, ...imap } });
  await store.close();
  return data;
}

const rejection = (i: number) => testMessage(i, { subject: 'Your application for Data Analyst', from: 'Acme Talent <no-reply@acme.example>', body: 'Dear Sam,\r\n\r\nThank you for your interest in the Data Analyst role at Acme. Unfortunately, we have decided not to move forward with your application.\r\n\r\nBest regards,\r\nAcme Talent' });

describe.skipIf(imapSkipped)('secondround mail sync against a real Dovecot', { timeout: 120_000 }, () => {
  it('classifies and proposes the new messages, one line each, then only what is new; a second run changes nothing', async () => {
    const user = newImapUser();
    const data = await databaseWithAccount({ user });
    await appendMessages(user, 'INBOX', [testMessage(1), rejection(2)]);
    await appendMessages(user, 'Newsletters', [testMessage(3, { subject: 'Weekly digest: 20 new jobs for you', from: 'Jobs Weekly <news@jobboard.example>', body: 'Here are this week\'s top jobs. Unsubscribe at any time.' })]);
    const first = sync(data, '--json');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const rows = first.lines.slice(0, -1);
    expect(rows.map((r) => [r.source, r.kind, r.status])).toEqual([
      ['INBOX/1', 'application_received', 'proposed'],
      ['INBOX/2', 'rejection', 'proposed'],
      ['Newsletters/1', 'other', 'nothing'],
    ]);
    expect(rows[1]).toMatchObject({ folder: 'INBOX', uid: 2, company: 'Acme', role: 'Data Analyst' });
    expect(first.lines.at(-1)).toMatchObject({ summary: { read: 3, imported: 3, proposed: 2, failed: 0 } });

    expect(sync(data, '--json').lines).toEqual([{ summary: expect.objectContaining({ read: 0, imported: 0 }) }]);
    await appendMessages(user, 'INBOX', [rejection(4)]);
    const next = sync(data, '--json', '--folder', 'INBOX');
    expect(next.lines.slice(0, -1).map((r) => [r.source, r.kind])).toEqual([['INBOX/3', 'rejection']]);
    const readable = sync(data);
    expect(readable.out).toMatch(/INBOX: 0 new messages/);
    expect(readable.out).toMatch(/0 read, 0 new/);
  });

  it('says in one line what is wrong with the password, the certificate or the folder, and exits 1', async () => {
    const user = newImapUser();
    const wrong = sync(await databaseWithAccount({ user, password: 'not-it' }), '--json');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^secondround: 127\.0\.0\.1:\d+ refused the login of t\w+: check the user name and the app password/);
    expect(wrong.err.trim().split('\n')).toHaveLength(1);
    const cert = sync(await databaseWithAccount({ user, port: IMAP_TEST.tlsPort, security: 'tls' }));
    expect(cert.code).toBe(1);
    expect(cert.err).toMatch(/^secondround: the TLS certificate of 127\.0\.0\.1:\d+ is not signed by a trusted authority \(self-signed\?\) \(DEPTH_ZERO_SELF_SIGNED_CERT\); nothing was sent/);
    const folder = sync(await databaseWithAccount({ user }), '--folder', 'Nope');
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/has no folder "Nope"/);
    const none = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'mail', 'sync', '--data', join(mkdtempSync(join(tmpdir(), 'secondround-sync-')), 'db.sqlite')], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no IMAP account is set/);
  });
});
