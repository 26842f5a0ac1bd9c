import { describe, expect, it } from 'vitest';
import { UserError } from '@secondround/core';
import { appendMessages, droppingRelay, IMAP_TEST, imapSkipped, imapTestCertificate, newImapUser, recreateFolder, testMessage } from '../../../../tests/support/imap';
import { foldersToRead, readImap, type ImapAccount, type ImapCursor, type ImapEvent } from './imap';

const account = (user: string, over: Partial<ImapAccount> = {}): ImapAccount => ({ host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, password: IMAP_TEST.password, ...over });

async function collect(gen: AsyncGenerator<ImapEvent>): Promise<ImapEvent[]> {
  const out: ImapEvent[] = [];
  for await (const e of gen) out.push(e);
  return out;
}

async function failure(gen: AsyncGenerator<ImapEvent>, seen: ImapEvent[] = []): Promise<UserError> {
  try {
    for await (const e of gen) seen.push(e);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected the read to fail');
}

const messages = (events: ImapEvent[]) => events.flatMap((e) => (e.type === 'message' ? [e] : []));
const subjectOf = (raw: Buffer | null) => /^Subject: (.*)$/m.exec(raw?.toString('utf8') ?? '')?.[1]?.trim();

describe.skipIf(imapSkipped)('IMAP reader against a real Dovecot', () => {
  it('reads a folder by UID, then only what is new, and again from the start when UIDVALIDITY changes', async () => {
    const user = newImapUser();
    await appendMessages(user, 'Jobs', [1, 2, 3].map((i) => testMessage(i)));
    const cursors = new Map<string, ImapCursor>();
    const cursor = (f: string) => cursors.get(f) ?? null;
    const first = await collect(readImap(account(user), { folder: 'Jobs', cursor }));
    expect(first[0]).toMatchObject({ type: 'folder', folder: 'Jobs', pending: 3, isReset: false });
    const got = messages(first);
    expect(got.map((m) => subjectOf(m.raw))).toEqual([1, 2, 3].map((i) => `Your application to Acme (${i})`));
    expect(got.map((m) => m.uid)).toEqual([1, 2, 3]);
    cursors.set('Jobs', { uidValidity: got[2]!.uidValidity, lastUid: got[2]!.uid });

    expect(messages(await collect(readImap(account(user), { folder: 'Jobs', cursor })))).toEqual([]);
    await appendMessages(user, 'Jobs', [testMessage(4)]);
    const next = messages(await collect(readImap(account(user), { folder: 'Jobs', cursor })));
    expect(next.map((m) => [m.uid, subjectOf(m.raw)])).toEqual([[4, 'Your application to Acme (4)']]);
    cursors.set('Jobs', { uidValidity: next[0]!.uidValidity, lastUid: 4 });

    await recreateFolder(user, 'Jobs');
    await appendMessages(user, 'Jobs', [testMessage(5)]);
    const renumbered = await collect(readImap(account(user), { folder: 'Jobs', cursor }));
    expect(renumbered[0]).toMatchObject({ type: 'folder', isReset: true, pending: 1 });
    expect(messages(renumbered).map((m) => [m.uid, subjectOf(m.raw)])).toEqual([[1, 'Your application to Acme (5)']]);
    expect(messages(renumbered)[0]!.uidValidity).not.toBe(cursors.get('Jobs')!.uidValidity);
  });

  it('reads every folder when none is named, and says which folders exist when a named one is missing', async () => {
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [testMessage(1)]);
    await appendMessages(user, 'Recruiters', [testMessage(2), testMessage(3)]);
    const events = await collect(readImap(account(user), { cursor: () => null }));
    expect(events.filter((e) => e.type === 'folder').map((e) => e.type === 'folder' && [e.folder, e.pending])).toEqual([['INBOX', 1], ['Recruiters', 2]]);
    expect(messages(events)).toHaveLength(3);
    const missing = await failure(readImap(account(user), { folder: 'Nope', cursor: () => null }));
    expect(missing.code).toBe('IMAP_NO_FOLDER');
    expect(missing.message).toContain('Recruiters');
  });

  it('resumes after the server connection drops in the middle of a transfer, handing out each message once', async () => {
    const user = newImapUser();
    const body = 'x'.repeat(3_000);
    await appendMessages(user, 'INBOX', Array.from({ length: 12 }, (_, i) => testMessage(i + 1, { body: `${body} ${i + 1}` })));
    // Enough bytes for the greeting, the login and a few messages, then the cut, twice.
    const relay = await droppingRelay({ host: IMAP_TEST.host, port: IMAP_TEST.port }, (n) => (n <= 2 ? 12_000 : null));
    try {
      const events = await collect(readImap(account(user, { port: relay.port }), { folder: 'INBOX', cursor: () => null, batchBytes: 4_000, retryDelayMs: 10 }));
      const reconnects = events.filter((e) => e.type === 'reconnect');
      expect(reconnects.length).toBeGreaterThanOrEqual(1);
      expect(messages(events).map((m) => m.uid)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(relay.connections()).toBeGreaterThanOrEqual(2);
    } finally {
      await relay.close();
    }
  });

  it('gives up with IMAP_DROPPED after the retries, having handed out what it read, so the next sync resumes there', async () => {
    const user = newImapUser();
    await appendMessages(user, 'INBOX', Array.from({ length: 10 }, (_, i) => testMessage(i + 1, { body: 'y'.repeat(3_000) })));
    // The first connection reads a few messages; every later one is cut before a message arrives.
    const relay = await droppingRelay({ host: IMAP_TEST.host, port: IMAP_TEST.port }, (n) => (n === 1 ? 12_000 : 2_500));
    const seen: ImapEvent[] = [];
    try {
      const err = await failure(readImap(account(user, { port: relay.port }), { folder: 'INBOX', cursor: () => null, batchBytes: 4_000, retries: 2, retryDelayMs: 10 }), seen);
      expect(err.code).toBe('IMAP_DROPPED');
      expect(err.message).toMatch(/dropped 3 times in a row while reading INBOX \(after UID \d+\).*resumes there/);
    } finally {
      await relay.close();
    }
    const before = messages(seen).map((m) => m.uid);
    const lastUid = before.at(-1) ?? 0;
    expect(lastUid).toBeGreaterThan(0);
    expect(lastUid).toBeLessThan(10);
    expect(seen.filter((e) => e.type === 'reconnect').map((e) => e.type === 'reconnect' && e.afterUid)).toEqual([lastUid, lastUid]);
    const rest = messages(await collect(readImap(account(user), { folder: 'INBOX', cursor: () => ({ uidValidity: String(messages(seen)[0]?.uidValidity ?? ''), lastUid }) })));
    expect([...before, ...rest.map((m) => m.uid)]).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('refuses a wrong password, a self-signed certificate and plain IMAP to another machine with clear errors', async () => {
    const user = newImapUser();
    const wrong = await failure(readImap(account(user, { password: 'not-it' }), { cursor: () => null }));
    expect(wrong.code).toBe('IMAP_AUTH_FAILED');
    expect(wrong.message).toMatch(/refused the login of t\w+: check the user name and the app password/);

    const tls = account(user, { port: IMAP_TEST.tlsPort, security: 'tls' });
    const bad = await failure(readImap(tls, { cursor: () => null }));
    expect(bad.code).toBe('IMAP_BAD_CERTIFICATE');
    expect(bad.message).toMatch(/certificate of 127\.0\.0\.1:\d+ is not signed by a trusted authority/);
    // The same server, its certificate trusted by name: the check still runs and passes.
    await appendMessages(user, 'INBOX', [testMessage(1)]);
    expect(messages(await collect(readImap({ ...tls, ca: imapTestCertificate() }, { cursor: () => null })))).toHaveLength(1);

    const plain = await failure(readImap(account(user, { host: 'imap.example.com' }), { cursor: () => null }));
    expect(plain.code).toBe('IMAP_PLAINTEXT_REFUSED');
  });

  it('reads a message over the size limit by its text, its attachment dropped as it streams; skips one whose text is over it', async () => {
    const user = newImapUser();
    const withFile = testMessage(4, { body: 'Unfortunately we will not be moving forward with your application.' })
      .replace('Content-Type: text/plain; charset=utf-8\r\n\r\n', 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n')
      .concat(`--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${'JVBERi0xLjQK'.repeat(6).concat('\r\n').repeat(800)}--b--\r\n`);
    expect(withFile).toContain('boundary="b"');
    await appendMessages(user, 'INBOX', [testMessage(1), testMessage(2, { body: 'z'.repeat(50_000) }), testMessage(3), withFile]);
    const got = messages(await collect(readImap(account(user), { folder: 'INBOX', cursor: () => null, maxMessageBytes: 20_000 })));
    expect(got.map((m) => [m.uid, m.raw ? 'read' : m.error?.code])).toEqual([[1, 'read'], [2, 'MESSAGE_TOO_LARGE'], [3, 'read'], [4, 'read']]);
    expect(got[1]!.error!.message).toBe('INBOX UID 2 has over 20 KB of text (attachments aside) and was skipped');
    expect(got[3]!.size).toBeGreaterThan(50_000);
    expect(got[3]!.raw!.length).toBeLessThan(2_000);
    expect(got[3]!.raw!.toString()).toContain('not be moving forward');
  });
});

describe('which folders "all" reads', () => {
  const f = (path: string, specialUse?: string, flags: string[] = []) => ({ path, specialUse, flags: new Set(flags) });
  it('skips Sent, Drafts, Trash, Junk and unselectable folders', () => {
    expect(foldersToRead([f('INBOX', '\\Inbox'), f('Sent', '\\Sent'), f('Drafts', '\\Drafts'), f('Trash', '\\Trash'), f('Spam', '\\Junk'), f('Jobs'), f('Archive', '\\Archive'), f('Parent', undefined, ['\\Noselect'])])).toEqual(['INBOX', 'Jobs', 'Archive']);
  });
  it('reads only "All Mail" where the server has one, since it holds every other folder', () => {
    expect(foldersToRead([f('INBOX', '\\Inbox'), f('[Gmail]/All Mail', '\\All'), f('[Gmail]/Sent Mail', '\\Sent')])).toEqual(['[Gmail]/All Mail']);
  });
});
