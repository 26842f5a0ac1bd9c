import type { ParsedMail } from '@secondround/importers';
import type { RawMail } from './mail-import';

/**
 * The mail import's read-ahead: messages are read (and parsed and keyed) a batch ahead of their
 * import, the batch's duplicates are looked up in one query, then each message is imported in
 * the order read. At most LOOKUP_BATCH messages and LOOKUP_BATCH_BYTES of them are held at once
 * (the store splits a longer key list into queries its database takes). A sync's stop, asked as
 * each message is read, lets the read batch finish. Each message read ahead lives through the
 * young heap's collections and is promoted: a short read-ahead keeps the old heap small (on a 1 GB
 * mbox, 50 messages or 2 MB peaked at 265 MB of RSS, 20 or 512 KB at 257).
 */
export const LOOKUP_BATCH = 20;
const LOOKUP_BATCH_BYTES = 512 * 1024;

/**
 * A message as read from its source, awaiting its turn: where it came from and its size, and its
 * parse and key or what reading it threw (null when the source gave no bytes: `item.error` says
 * why). Its bytes are let go once parsed and keyed: the parse is what its turn reads.
 */
export interface ReadMail {
  item: Omit<RawMail, 'raw'> & { size: number };
  label: string;
  read: { parsed: ParsedMail; key: string } | { error: unknown } | null;
}

/** A read message in its turn, with the keys of its batch the owner had remembered before it. */
export type BatchedMail = ReadMail & { known: ReadonlySet<string> };

export interface BatchSteps {
  /** The message's name for the person, from the message and its place in the source (1-based). */
  label(item: RawMail, index: number): string;
  /** Parse a message and give the key it is remembered by; what it throws is met in the message's turn. */
  read(raw: Buffer | string): { parsed: ParsedMail; key: string };
  /** Which of these keys the owner has remembered. */
  knownKeys(keys: string[]): Promise<ReadonlySet<string>>;
  /** Import one message, in the order read. */
  importOne(mail: BatchedMail): Promise<void>;
}

function readKeyed(raw: Buffer | string, read: BatchSteps['read']): ReadMail['read'] {
  try {
    return read(raw);
  } catch (error) {
    return { error };
  }
}

/** Read `source` in batches and hand each message to `steps.importOne` in the order read. */
export async function importInBatches(source: AsyncIterable<RawMail> | Iterable<RawMail>, steps: BatchSteps): Promise<void> {
  // Each batch: look up which of its messages the owner has remembered in one query, then import
  // them one by one in the order read.
  const importBatch = async (batch: ReadMail[]): Promise<void> => {
    const keys = batch.flatMap((m) => (m.read && 'key' in m.read ? [m.read.key] : []));
    const known = keys.length > 0 ? await steps.knownKeys(keys) : new Set<string>();
    for (const m of batch) await steps.importOne({ ...m, known });
  };
  let batch: ReadMail[] = [];
  let batchBytes = 0;
  let index = 0;
  try {
    for await (const item of source) {
      index++;
      const { raw, ...rest } = item;
      const bytes = raw === null ? 0 : typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
      batch.push({ item: { ...rest, size: item.size ?? bytes }, label: steps.label(item, index), read: raw === null ? null : readKeyed(raw, steps.read) });
      batchBytes += bytes;
      if (batch.length >= LOOKUP_BATCH || batchBytes >= LOOKUP_BATCH_BYTES) {
        const full = batch;
        batch = [];
        batchBytes = 0;
        await importBatch(full);
      }
    }
  } catch (e) {
    // The source failed (an IMAP connection dropped for good): what it gave before is imported
    // first, as it would have been one by one, so the next sync resumes after it.
    if (batch.length > 0) await importBatch(batch);
    throw e;
  }
  if (batch.length > 0) await importBatch(batch);
}
