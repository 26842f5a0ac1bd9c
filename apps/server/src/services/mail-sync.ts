import { UserError, type ImapSettings } from '@secondround/core';
import { readImap, type ImapEvent, type ReadImapOptions } from '@secondround/importers';
import { importMessages, type MailImportContext, type MailImportOptions, type MailImportOutcome, type MailImportSummary, type RawMail } from './mail-import';

/** Where a synced message came from. */
export interface SyncedPlace {
  folder: string;
  uid: number;
  uidValidity: string;
}

export interface MailSyncOptions {
  /** One folder instead of the stored choice (null in the settings means every folder). */
  folder?: string | null;
  dryRun?: boolean;
  acceptAll?: boolean;
  onMessage?: (outcome: MailImportOutcome, place: SyncedPlace | null) => void | Promise<void>;
  onEvent?: (event: Exclude<ImapEvent, { type: 'message' }>) => void;
  onProgress?: MailImportOptions['onProgress'];
  /** Asked before each message: true stops the sync there (it resumes from that message next time). */
  shouldStop?: () => boolean;
  /** Reader limits (tests make them small). */
  read?: Pick<ReadImapOptions, 'batchBytes' | 'maxMessageBytes' | 'retries' | 'retryDelayMs' | 'socketTimeoutMs'>;
}

/** The key a sync place is stored under: one account on one server. */
export function imapAccountKey(s: Pick<ImapSettings, 'user' | 'host' | 'port'>): string {
  return `${s.user}@${s.host}:${s.port}`;
}

/**
 * Fetch the new messages of the person's IMAP account and hand them to the import (classified,
 * matched, proposed, remembered by Message-ID). After each message is imported, its folder's place
 * moves past it, so a sync that stops (a dropped connection, a kill) resumes after the last
 * message it finished; one imported twice is recognised by its Message-ID. A dry run moves nothing.
 */
export async function syncMail(ctx: MailImportContext, settings: ImapSettings, options: MailSyncOptions = {}): Promise<MailImportSummary> {
  if (!settings.password) throw new UserError('IMAP_NO_PASSWORD', `no app password is stored for ${settings.user} at ${settings.host}: set it in the IMAP settings`, 422);
  const { store, ownerId } = ctx;
  const key = imapAccountKey(settings);
  const places = new Map<string, SyncedPlace>();
  const account = { host: settings.host, port: settings.port, security: settings.security, user: settings.user, password: settings.password, ca: settings.ca ?? null };
  const folder = options.folder !== undefined ? options.folder : settings.folder;
  async function* source(): AsyncGenerator<RawMail> {
    for await (const e of readImap(account, { ...options.read, folder, cursor: (f) => store.mailSync.getCursor(ownerId, key, f) })) {
      if (e.type !== 'message') {
        options.onEvent?.(e);
        continue;
      }
      // Returning closes the reader, which logs out; this message was not imported, so its place did not move.
      if (options.shouldStop?.()) return;
      const label = `${e.folder}/${e.uid}`;
      places.set(label, { folder: e.folder, uid: e.uid, uidValidity: e.uidValidity });
      // The server's size of the whole message: a big one's attachments were dropped unread, yet they count.
      yield { raw: e.raw, source: label, error: e.error, size: e.size };
    }
  }
  return importMessages(ctx, source(), {
    origin: 'imap',
    // The login is most often the person's address: their own sent mail is `other`.
    selfAddresses: [settings.user],
    dryRun: options.dryRun,
    acceptAll: options.acceptAll,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onMessage: async (outcome) => {
      const place = places.get(outcome.source) ?? null;
      places.delete(outcome.source);
      // Failed ones move the place too: a message too large or unreadable stays so, and was reported.
      if (place && !options.dryRun) await store.mailSync.saveCursor(ownerId, key, place.folder, { uidValidity: place.uidValidity, lastUid: place.uid });
      await options.onMessage?.(outcome, place);
    },
  });
}
