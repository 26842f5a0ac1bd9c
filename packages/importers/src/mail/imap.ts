// Live mail over IMAP (imapflow): the new messages of one folder or of all, by UID. A folder's
// place is (UIDVALIDITY, last UID seen); a different UIDVALIDITY means the server renumbered the
// folder, so it is read again from the start (the import's Message-ID memory keeps that from
// doubling anything). A dropped connection is opened again and reading goes on after the last
// message handed out. Memory stays bounded: sizes first, then bodies in batches of a few MB, and
// a message over the limit is reported by its size without being downloaded.
import { ImapFlow, type ListResponse } from 'imapflow';
import { UserError } from '@secondround/core';
import { MAX_MESSAGE_BYTES } from './parse';
import { pruneStream } from './prune';

/** How to reach the mailbox. `none` (plain IMAP) is only for a server on this machine. */
export interface ImapAccount {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  user: string;
  password: string;
  /** PEM certificate(s) to trust besides the system's, for a server with its own certificate. */
  ca?: string | null;
}

/** Where reading a folder stopped. */
export interface ImapCursor {
  uidValidity: string;
  lastUid: number;
}

export type ImapEvent =
  | { type: 'folder'; folder: string; uidValidity: string; pending: number; isReset: boolean }
  /** `size` is the server's RFC822.SIZE: the whole message, attachments included, even when `raw` holds only its text. */
  | { type: 'message'; folder: string; uid: number; uidValidity: string; size: number; raw: Buffer | null; error: { code: string; message: string } | null }
  | { type: 'reconnect'; folder: string; afterUid: number; attempt: number; reason: string };

export interface ReadImapOptions {
  /** One folder by its path, or every folder with mail (see `foldersToRead`). */
  folder?: string | null;
  /** The stored place of a folder, or null to read it all. */
  cursor: (folder: string) => Promise<ImapCursor | null> | ImapCursor | null;
  maxMessageBytes?: number;
  /** Bodies fetched per round trip, at most (default 8 MB). */
  batchBytes?: number;
  /** Connection drops survived in a row before giving up (default 3). */
  retries?: number;
  /** Pause before opening again after a drop (default 500 ms, doubled each time). */
  retryDelayMs?: number;
  /** Socket inactivity before a connection counts as dropped (default 60 s). */
  socketTimeoutMs?: number;
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;
const CERT_CODES = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_UNTRUSTED', 'CERT_REJECTED']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT']);

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

type ErrorLike = Error & { code?: string; authenticationFailed?: boolean; tlsFailed?: boolean; mailboxMissing?: boolean; _err?: ErrorLike; cause?: unknown };

function codesOf(e: ErrorLike | undefined, depth = 0): string[] {
  if (!e || depth > 4) return [];
  return [e.code ?? '', ...codesOf(e._err, depth + 1), ...codesOf(e.cause as ErrorLike | undefined, depth + 1)].filter(Boolean);
}

/** The person's words for what went wrong with the server, or null when it is a dropped connection. */
export function imapUserError(e: unknown, account: Pick<ImapAccount, 'host' | 'port' | 'user'>): UserError | null {
  if (e instanceof UserError) return e;
  const err = e as ErrorLike;
  const codes = codesOf(err);
  const where = `${account.host}:${account.port}`;
  if (err?.authenticationFailed) return new UserError('IMAP_AUTH_FAILED', `${where} refused the login of ${account.user}: check the user name and the app password (many providers need an app password, not the account's own)`, 401);
  const cert = codes.find((c) => CERT_CODES.has(c));
  if (cert) {
    const why = cert === 'CERT_HAS_EXPIRED' ? 'has expired' : cert === 'ERR_TLS_CERT_ALTNAME_INVALID' ? `is not made out to ${account.host}` : 'is not signed by a trusted authority (self-signed?)';
    return new UserError('IMAP_BAD_CERTIFICATE', `the TLS certificate of ${where} ${why} (${cert}); nothing was sent. If this is your own server, give its certificate as the trusted one`, 502);
  }
  const net = codes.find((c) => NETWORK_CODES.has(c));
  if (net) return new UserError('IMAP_UNREACHABLE', `cannot reach the IMAP server ${where} (${net})`, 502);
  if (err?.tlsFailed) return new UserError('IMAP_TLS_FAILED', `TLS with ${where} failed: ${err.message}`, 502);
  return null;
}

function clientFor(account: ImapAccount, socketTimeoutMs: number): ImapFlow {
  if (account.security === 'none' && !LOOPBACK.test(account.host)) {
    throw new UserError('IMAP_PLAINTEXT_REFUSED', `plain IMAP would send the password to ${account.host} unencrypted; use TLS (port 993) or STARTTLS`, 422);
  }
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    doSTARTTLS: account.security === 'starttls' ? true : account.security === 'none' ? false : undefined,
    auth: { user: account.user, pass: account.password },
    // Certificates are always checked; a server with its own certificate is trusted by giving it.
    tls: { rejectUnauthorized: true, ...(account.ca ? { ca: account.ca } : {}) },
    logger: false,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: socketTimeoutMs,
    disableAutoIdle: true,
  });
  // A dropped socket also arrives as an event; the command that was waiting fails with it.
  client.on('error', () => undefined);
  return client;
}

/** Open and log in, with a user's error for what the person can fix. */
export async function connectImap(account: ImapAccount, socketTimeoutMs = 60_000): Promise<ImapFlow> {
  const client = clientFor(account, socketTimeoutMs);
  try {
    await client.connect();
  } catch (e) {
    client.close();
    throw imapUserError(e, account) ?? new UserError('IMAP_CONNECT_FAILED', `could not open ${account.host}:${account.port}: ${(e as Error).message}`, 502);
  }
  return client;
}

/**
 * The folders "all" reads: every selectable one except the person's own (Sent, Drafts) and
 * Trash and Junk; on a server with an "All Mail" folder (Gmail), that one alone, since it holds
 * every other and reading both would fetch each message twice.
 */
export function foldersToRead(list: Array<Pick<ListResponse, 'path' | 'flags' | 'specialUse'>>): string[] {
  const selectable = list.filter((f) => !f.flags.has('\\Noselect') && !f.flags.has('\\NonExistent'));
  const all = selectable.find((f) => f.specialUse === '\\All');
  if (all) return [all.path];
  return selectable.filter((f) => !['\\Sent', '\\Drafts', '\\Trash', '\\Junk'].includes(f.specialUse ?? '')).map((f) => f.path);
}

/**
 * Read the new messages of one folder or of all, oldest UID first, as events: a `folder` event
 * when a folder is opened (with `isReset` when its UIDVALIDITY changed), one `message` event per
 * message, and a `reconnect` event when a dropped connection was opened again. Bad credentials,
 * a bad certificate or an unreachable server end it with a UserError at once; drops end it with
 * IMAP_DROPPED after `retries` tries in a row, and the caller's cursor says where to resume.
 */
export async function* readImap(account: ImapAccount, options: ReadImapOptions): AsyncGenerator<ImapEvent> {
  const max = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const batchBytes = options.batchBytes ?? 8 * 1048576;
  const retries = options.retries ?? 3;
  const socketTimeoutMs = options.socketTimeoutMs ?? 60_000;
  let client = await connectImap(account, socketTimeoutMs);
  try {
    const list = await client.list();
    let folders: string[];
    if (options.folder) {
      const found = list.find((f) => f.path === options.folder) ?? list.find((f) => f.path.toLowerCase() === options.folder!.toLowerCase() && f.path.toUpperCase() === 'INBOX');
      if (!found) throw new UserError('IMAP_NO_FOLDER', `${account.host} has no folder "${options.folder}"; it has: ${list.map((f) => f.path).slice(0, 20).join(', ')}`, 404);
      folders = [found.path];
    } else {
      folders = foldersToRead(list);
    }
    for (const folder of folders) {
      const stored = await options.cursor(folder);
      let afterUid = 0;
      let uidValidity = '';
      let failures = 0;
      let isOpened = false;
      for (;;) {
        try {
          const box = await client.mailboxOpen(folder, { readOnly: true });
          const validity = String(box.uidValidity);
          let isReset = false;
          if (!isOpened) {
            isReset = stored !== null && stored.uidValidity !== validity;
            afterUid = stored && !isReset ? stored.lastUid : 0;
          } else if (validity !== uidValidity) {
            // Renumbered while we were away: what was read keeps its place by Message-ID.
            isReset = true;
            afterUid = 0;
          }
          uidValidity = validity;
          // `N:*` always names the highest UID, even below N: keep only the new ones.
          const pending = box.exists === 0 ? [] : ((await client.search({ uid: `${afterUid + 1}:*` }, { uid: true })) || []).filter((u) => u > afterUid).sort((a, b) => a - b);
          if (!isOpened || isReset) yield { type: 'folder', folder, uidValidity, pending: pending.length, isReset };
          isOpened = true;
          for (let w = 0; w < pending.length; w += 500) {
            // Sizes of the next UIDs, then their bodies in batches of at most batchBytes.
            const sizes: Array<{ uid: number; size: number }> = [];
            for await (const m of client.fetch(pending.slice(w, w + 500).join(','), { uid: true, size: true }, { uid: true })) sizes.push({ uid: m.uid, size: m.size ?? 0 });
            sizes.sort((a, b) => a.uid - b.uid);
            let i = 0;
            while (i < sizes.length) {
              const first = sizes[i]!;
              if (first.size > max) {
                // A big message is streamed and read by its text, its attachments dropped unread.
                const download = await client.download(String(first.uid), undefined, { uid: true });
                const { raw } = download.content ? await pruneStream(download.content, max) : { raw: null };
                if (raw || download.content) {
                  yield raw
                    ? { type: 'message', folder, uid: first.uid, uidValidity, size: first.size, raw, error: null }
                    : { type: 'message', folder, uid: first.uid, uidValidity, size: first.size, raw: null, error: { code: 'MESSAGE_TOO_LARGE', message: `${folder} UID ${first.uid} has over ${sizeText(max)} of text (attachments aside) and was skipped` } };
                }
                afterUid = first.uid;
                failures = 0;
                i++;
                continue;
              }
              const batch: number[] = [];
              // The size the server reports (RFC822.SIZE), so progress moves with the mailbox's bytes.
              const sizeOf = new Map<number, number>();
              let total = 0;
              while (i < sizes.length && sizes[i]!.size <= max && (batch.length === 0 || total + sizes[i]!.size <= batchBytes)) {
                batch.push(sizes[i]!.uid);
                sizeOf.set(sizes[i]!.uid, sizes[i]!.size);
                total += sizes[i]!.size;
                i++;
              }
              const got = new Map<number, Buffer>();
              for await (const m of client.fetch(batch.join(','), { uid: true, source: true }, { uid: true })) if (m.source) got.set(m.uid, m.source);
              for (const uid of batch) {
                const raw = got.get(uid) ?? null;
                got.delete(uid);
                // A message expunged between the two fetches simply is not there any more.
                if (raw) yield { type: 'message', folder, uid, uidValidity, size: sizeOf.get(uid) || raw.length, raw, error: null };
                afterUid = uid;
                failures = 0;
              }
            }
          }
          break;
        } catch (e) {
          const userError = imapUserError(e, account);
          if (userError) throw userError;
          if (client.usable) throw e;
          failures++;
          if (failures > retries) {
            throw new UserError('IMAP_DROPPED', `the connection to ${account.host}:${account.port} dropped ${failures} times in a row while reading ${folder} (after UID ${afterUid}); what was read is kept, and the next sync resumes there`, 502);
          }
          yield { type: 'reconnect', folder, afterUid, attempt: failures, reason: (e as Error).message };
          client.close();
          await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 500) * 2 ** (failures - 1)));
          try {
            client = await connectImap(account, socketTimeoutMs);
          } catch (again) {
            if (again instanceof UserError && again.code !== 'IMAP_UNREACHABLE' && again.code !== 'IMAP_CONNECT_FAILED') throw again;
            // Still down: the next turn counts it as another drop.
            client = clientFor(account, socketTimeoutMs);
          }
        }
      }
    }
  } finally {
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
}
