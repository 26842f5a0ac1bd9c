import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { ImapFlow } from 'imapflow';

/**
 * The throwaway Dovecot that scripts/start-test-imap.sh starts (and scripts/test.mjs, and
 * .ci/run): plain IMAP and IMAP over TLS on loopback; any user name logs in with this password
 * and gets a mailbox of its own, so each test takes a fresh user.
 */
export const IMAP_TEST = {
  host: '127.0.0.1',
  port: Number(process.env.SECONDROUND_TEST_IMAP_PORT ?? 31143),
  tlsPort: Number(process.env.SECONDROUND_TEST_IMAPS_PORT ?? 31993),
  password: 'secondround-test',
  dir: process.env.SECONDROUND_TEST_IMAP_DIR ?? '/tmp/secondround-test-imap',
};

/** True when the test runner found no Dovecot and said so (see scripts/test.mjs). */
export const imapSkipped = process.env.SECONDROUND_SKIP_IMAP === '1';

/** The server's self-signed certificate (made fresh at each start). */
export function imapTestCertificate(): string {
  return readFileSync(`${IMAP_TEST.dir}/cert.pem`, 'utf8');
}

/** A user name no other test has: its mailbox starts empty. */
export function newImapUser(): string {
  return `t${randomBytes(6).toString('hex')}`;
}

/** APPEND raw messages into a folder of a user's mailbox (made when missing); returns their UIDs. */
export async function appendMessages(user: string, folder: string, messages: Array<string | Buffer>): Promise<number[]> {
  const client = new ImapFlow({ host: IMAP_TEST.host, port: IMAP_TEST.port, secure: false, doSTARTTLS: false, auth: { user, pass: IMAP_TEST.password }, logger: false });
  await client.connect();
  try {
    if (folder.toUpperCase() !== 'INBOX') await client.mailboxCreate(folder).catch((e: { serverResponseCode?: string }) => {
      if (e.serverResponseCode !== 'ALREADYEXISTS') throw e;
    });
    const uids: number[] = [];
    for (const m of messages) {
      const r = await client.append(folder, m, ['\\Seen']);
      if (r && r.uid) uids.push(r.uid);
    }
    return uids;
  } finally {
    await client.logout();
  }
}

/** Delete a folder and make it again: the server gives it a new UIDVALIDITY. */
export async function recreateFolder(user: string, folder: string): Promise<void> {
  const client = new ImapFlow({ host: IMAP_TEST.host, port: IMAP_TEST.port, secure: false, doSTARTTLS: false, auth: { user, pass: IMAP_TEST.password }, logger: false });
  await client.connect();
  try {
    await client.mailboxDelete(folder);
    await client.mailboxCreate(folder);
  } finally {
    await client.logout();
  }
}

/**
 * A TCP relay on loopback in front of the real server that cuts the connection in the middle of
 * a transfer: connection number n (from 1) is closed once the server has sent `cutAfter(n)` bytes
 * through it; null lets it pass untouched.
 */
export async function droppingRelay(target: { host: string; port: number }, cutAfter: (n: number) => number | null): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const n = ++count;
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let sent = 0;
    const limit = cutAfter(n);
    upstream.on('data', (chunk: Buffer) => {
      if (limit !== null && sent + chunk.length >= limit) {
        client.write(chunk.subarray(0, Math.max(0, limit - sent)));
        client.destroy();
        upstream.destroy();
        return;
      }
      sent += chunk.length;
      client.write(chunk);
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    connections: () => count,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A small job-search message, with a unique Message-ID. */
export function testMessage(i: number, options: { subject?: string; body?: string; from?: string } = {}): string {
  const id = `<m${i}.${randomBytes(4).toString('hex')}@example.com>`;
  return [
    `From: ${options.from ?? 'Acme Recruiting <no-reply@acme.example>'}`,
    'To: me@example.com',
    `Subject: ${options.subject ?? `Your application to Acme (${i})`}`,
    'Date: Mon, 02 Nov 2026 10:00:00 +0000',
    `Message-ID: ${id}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body ?? `Thank you for applying to the Data Analyst role at Acme. We have received your application and will review it. (${i})`,
    '',
  ].join('\r\n');
}
