import { ImapFlow } from 'imapflow';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { appendMessages, IMAP_TEST, imapSkipped, newImapUser, testMessage } from '../../../../tests/support/imap';
import { syncMail } from './mail-sync';
import { runMailSyncJob } from './mail-sync-job';

// The sync's progress counts the bytes of the mailbox as the server reports them (RFC822.SIZE),
// so a big message whose attachment is dropped unread still moves the bar by its whole size.
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** The sizes the server reports for every message of the folder. */
async function serverSizes(user: string): Promise<number[]> {
  const client = new ImapFlow({ host: IMAP_TEST.host, port: IMAP_TEST.port, secure: false, doSTARTTLS: false, auth: { user, pass: IMAP_TEST.password }, logger: false });
  await client.connect();
  try {
    await client.mailboxOpen('INBOX', { readOnly: true });
    const sizes: number[] = [];
    for await (const m of client.fetch('1:*', { uid: true, size: true })) sizes.push(m.size ?? 0);
    return sizes;
  } finally {
    await client.logout();
  }
}

describe.skipIf(imapSkipped)('sync progress in bytes, against a real Dovecot', { timeout: 60_000 }, () => {
  it('counts each message by the size the server reports, attachments included', async () => {
    store = await openStore({ file: ':memory:' });
    const user = newImapUser();
    const withFile = testMessage(2, { body: 'Unfortunately we will not be moving forward with your application.' })
      .replace('Content-Type: text/plain; charset=utf-8\r\n\r\n', 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n')
      .concat(`--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${'JVBERi0xLjQK'.repeat(6).concat('\r\n').repeat(800)}--b--\r\n`);
    await appendMessages(user, 'INBOX', [testMessage(1), withFile, testMessage(3)]);
    const sizes = await serverSizes(user);
    expect(sizes[1]).toBeGreaterThan(50_000);
    const seen: number[] = [];
    const summary = await syncMail({ store, ownerId: LOCAL_OWNER_ID }, { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, password: IMAP_TEST.password, folder: 'INBOX' }, {
      read: { maxMessageBytes: 20_000 },
      onProgress: (p) => seen.push(p.bytes),
    });
    expect(summary).toMatchObject({ read: 3, imported: 3, failed: 0 });
    // After each message, the bytes so far are the server's sizes of the messages read so far.
    expect(seen.filter((b, i) => b !== seen[i - 1])).toEqual([sizes[0], sizes[0]! + sizes[1]!, sizes[0]! + sizes[1]! + sizes[2]!]);
  });

  it('keeps the bytes in the run the web app shows, added up across the steps of a run', async () => {
    store = await openStore({ file: ':memory:' });
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [testMessage(1), testMessage(2, { body: 'x'.repeat(30_000) }), testMessage(3)]);
    const total = (await serverSizes(user)).reduce((a, b) => a + b, 0);
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, password: IMAP_TEST.password, folder: 'INBOX' } });
    expect(await store.mailSync.requestRun(LOCAL_OWNER_ID)).toBe(true);
    // A budget of nothing: each job reads one message and hands the rest to the next job.
    let steps = 0;
    const step = () => runMailSyncJob({ store: store!, ownerId: LOCAL_OWNER_ID, budgetMs: 0, continueLater: async () => void steps++ });
    for (let i = 0; i < 5 && (await store.mailSync.getRun(LOCAL_OWNER_ID))!.state === 'queued'; i++) await step();
    expect(steps).toBeGreaterThan(0);
    expect(await store.mailSync.getRun(LOCAL_OWNER_ID)).toMatchObject({ state: 'done', counts: { read: 3, bytes: total } });
  });
});
