import { createHash } from 'node:crypto';
import {
  classifyMail,
  dateRangeProblem,
  htmlToText,
  isUserError,
  UserError,
  MAIL_BODY_KEPT,
  proposeForApplication,
  proposeFromMail,
  type MailClassification,
  type MailOrigin,
  type MailProposal,
  type MailProposalView,
} from '@secondround/core';
import { mailSecondOpinion, parsePastedMail, pruneMessage, scanRawMail, type ParsedMail } from '@secondround/importers';
import type { Repos, Store } from '@secondround/store';
import { freshStatistics } from './backup-restore';
import { importInBatches, type BatchedMail } from './mail-import-batches';
import { acceptInTransaction, Matcher, type AcceptResult } from './mail-proposals';

export { LOOKUP_BATCH } from './mail-import-batches';

/** Who imports, into which store; `now` stands in for the clock (relative dates, plausibility). */
export interface MailImportContext {
  store: Store;
  ownerId: string;
  now?: () => Date;
}

/**
 * One message from a mailbox, a folder, an upload or an IMAP fetch: its raw bytes, or why the
 * reader skipped it. The mbox and folder readers' entries fit as they are.
 */
export interface RawMail {
  raw: Buffer | string | null;
  /** Where it came from, for the person ("box.mbox#12", "INBOX/4711"). */
  source?: string;
  /** Byte offset in the mailbox, for progress. */
  offset?: number;
  /** The message's whole size, when `raw` holds it without its attachments. */
  size?: number;
  /** Position in an mbox (0-based): the label becomes "SOURCE#N". */
  index?: number;
  error?: { code: string; message: string } | null;
  isTruncated?: boolean;
}

export interface MailImportProgress {
  /** Messages read from the source, including skipped and failed ones. */
  read: number;
  /** Bytes of the source read so far (as far as the source says). */
  bytes: number;
  /** Messages remembered for the first time. */
  imported: number;
  /** Messages already imported before (by Message-ID, or by content when there is none). */
  duplicates: number;
  proposed: number;
  accepted: number;
  /** Messages that were unreadable, too large, or whose proposal could not be accepted. */
  failed: number;
}

/** What became of one message. */
export interface MailImportOutcome {
  source: string;
  status: 'proposed' | 'accepted' | 'duplicate' | 'nothing' | 'failed';
  classification: MailClassification | null;
  /** The proposal as stored (not in a dry run). */
  proposalId: string | null;
  proposal: MailProposal | null;
  accepted: AcceptResult | null;
  error: { code: string; message: string } | null;
  /** What was read only as best it could be (an unknown charset, broken MIME). */
  warnings?: string[];
}

export interface MailImportOptions {
  origin?: MailOrigin;
  /** Classify and propose, write nothing. */
  dryRun?: boolean;
  /** Accept every proposal as it is made (each message in one transaction with its acceptance). */
  acceptAll?: boolean;
  /** The person's own addresses besides their account's (the IMAP login): their own mail is `other`. */
  selfAddresses?: string[];
  /** The application the person dropped the message on: proposals are made for it. */
  applicationId?: string;
  onProgress?: (p: Readonly<MailImportProgress>) => void;
  onMessage?: (o: MailImportOutcome) => void | Promise<void>;
  /**
   * Refresh the planner's statistics of the tables written once the import is done (default
   * true): a mailbox or a sync is a bulk write, as a restore is; one pasted message is not.
   */
  analyze?: boolean;
}

export interface MailImportSummary extends MailImportProgress {
  dryRun: boolean;
  /** The first errors, one line each (at most MAX_ERRORS). */
  errors: Array<{ source: string; code: string; message: string }>;
  /** True when the mailbox ended in the middle of its last message. */
  isTruncated: boolean;
}

const MAX_ERRORS = 50;
const MAX_TALLIED_ADDRESSES = 10_000;

/**
 * The person's own addresses as far as an import knows them: their account's e-mail, the ones
 * given (an IMAP login), and the mailbox's most frequent To so far (mail is mostly sent to its
 * owner). The tally is bounded: past its size, new addresses are not counted.
 */
class SelfAddresses {
  private readonly counts = new Map<string, number>();
  private top: string | null = null;
  constructor(private readonly known: string[]) {}

  // The list as last given, made again only when the most frequent address changes.
  private listed: string[] | null = null;

  see(to: ReadonlyArray<{ address: string }> | undefined): void {
    for (const { address } of to ?? []) {
      if (!address) continue;
      const n = (this.counts.get(address) ?? 0) + 1;
      if (n === 1 && this.counts.size >= MAX_TALLIED_ADDRESSES) continue;
      this.counts.set(address, n);
      if (this.top === null || n > (this.counts.get(this.top) ?? 0)) {
        if (this.top !== address) this.listed = null;
        this.top = address;
      }
    }
  }

  list(): string[] {
    this.listed ??= this.top ? [...this.known, this.top] : this.known;
    return this.listed;
  }
}

/**
 * The key a message is remembered by: its Message-ID, else a hash of its bytes without its
 * attachments' bodies (what the mbox reader keeps), so the same message has the same key from an
 * mbox, a file or an upload.
 */
export function messageKey(parsed: ParsedMail, raw: Buffer | string): string {
  const id = parsed.messageId?.trim();
  if (id) return id.slice(0, 500);
  const text = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : (pruneMessage(raw, Infinity) ?? raw);
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** One message for the classifier: a pasted text, or raw bytes read by the scanner. */
function readMail(raw: Buffer | string, origin: MailOrigin): ParsedMail {
  return origin === 'paste' && typeof raw === 'string' ? parsePastedMail(raw) : scanRawMail(raw);
}

function bodyOf(parsed: ParsedMail): { body: string; isTruncated: boolean } {
  const m = parsed.message;
  const text = m.text && m.text.trim() !== '' ? m.text : m.html ? htmlToText(m.html).text : '';
  return text.length > MAIL_BODY_KEPT ? { body: text.slice(0, MAIL_BODY_KEPT), isTruncated: true } : { body: text, isTruncated: false };
}

/**
 * Import messages for one owner: each is read, classified, matched to the person's applications
 * and, when it means a step in their search, proposed. Each message is one transaction (its
 * memory, its proposal, and with `acceptAll` the acceptance), so a crash or a bad message leaves
 * every other one whole, and importing again resumes: what was remembered is skipped by its key.
 * Used by the API (paste, .eml, .mbox upload), the CLI and the IMAP sync.
 */
export async function importMessages(ctx: MailImportContext, source: AsyncIterable<RawMail> | Iterable<RawMail>, options: MailImportOptions = {}): Promise<MailImportSummary> {
  const { store, ownerId } = ctx;
  const clock = ctx.now ?? (() => new Date());
  const origin = options.origin ?? 'mbox';
  const dryRun = options.dryRun === true;
  const p: MailImportProgress = { read: 0, bytes: 0, imported: 0, duplicates: 0, proposed: 0, accepted: 0, failed: 0 };
  const errors: MailImportSummary['errors'] = [];
  const matcher = new Matcher(ownerId);
  const account = await store.users.findById(ownerId);
  const self = new SelfAddresses([...(account?.email ? [account.email] : []), ...(options.selfAddresses ?? [])].map((a) => a.trim().toLowerCase()).filter((a) => a.includes('@')));
  // A dry run writes nothing, so the same message twice in one mailbox is caught here instead,
  // by a fixed-size digest of each key (a key can be 500 characters).
  const seen = dryRun ? new Set<string>() : null;
  // The mail model reads again what the rules call `other` (SECONDROUND_MAIL_SECOND_OPINION=0: the rules alone).
  const secondOpinion = mailSecondOpinion();
  const seenKey = (key: string): string => createHash('sha1').update(key).digest('base64');
  let isTruncated = false;

  const fail = async (label: string, error: { code: string; message: string }, classification: MailClassification | null = null) => {
    p.failed++;
    if (errors.length < MAX_ERRORS) errors.push({ source: label, ...error });
    await options.onMessage?.({ source: label, status: 'failed', classification, proposalId: null, proposal: null, accepted: null, error });
  };

  const importOne = async ({ item, label, read, known }: BatchedMail): Promise<void> => {
    p.read++;
    p.bytes = item.offset !== undefined ? Math.max(p.bytes, item.offset + item.size) : p.bytes + item.size;
    if (item.isTruncated) isTruncated = true;
    try {
      if (read === null) {
        await fail(label, item.error ?? { code: 'UNREADABLE', message: `${label} could not be read` });
        return;
      }
      // What reading it threw is met here, in the message's turn, as it was when read in its turn.
      if ('error' in read) throw read.error;
      const { parsed, key } = read;
      const warnings = parsed.warnings;
      const now = clock();
      self.see(parsed.message.to);
      const classification = classifyMail(parsed.message, { now: now.toISOString(), self: self.list(), secondOpinion });
      const day = (parsed.message.date ?? now.toISOString()).slice(0, 10);
      const propose = async (repos: Repos): Promise<MailProposal | null> => {
        let proposal: MailProposal;
        if (options.applicationId) {
          const [app] = await repos.mail.matchable(ownerId, options.applicationId);
          if (!app) return null;
          proposal = proposeForApplication(classification, app, day);
        } else proposal = proposeFromMail(classification, await matcher.all(repos), day);
        // A date read wrongly (a year typed 1901, a far-future date) proposes nothing.
        if (!proposal.event || dateRangeProblem(proposal.event.date, now)) return null;
        return proposal;
      };
      const duplicate = async (): Promise<void> => {
        p.duplicates++;
        await options.onMessage?.({ source: label, status: 'duplicate', classification, proposalId: null, proposal: null, accepted: null, error: null, warnings });
      };
      if (dryRun) {
        const digest = seenKey(key);
        if (seen!.has(digest) || known.has(key)) return await duplicate();
        seen!.add(digest);
        p.imported++;
        const proposal = await propose(store);
        if (proposal) p.proposed++;
        await options.onMessage?.({ source: label, status: proposal ? 'proposed' : 'nothing', classification, proposalId: null, proposal, accepted: null, error: null, warnings });
        return;
      }
      // Remembered before this batch: nothing to write. One remembered earlier in the batch (or by
      // another import meanwhile) is still caught by its key when written.
      if (known.has(key)) return await duplicate();
      const { body, isTruncated: isBodyTruncated } = bodyOf(parsed);
      const msg = parsed.message;
      const outcome = await store.transaction(async (tx): Promise<MailImportOutcome> => {
        const proposal = await propose(tx);
        const messageId = await tx.mail.addMessage(ownerId, {
          messageKey: key,
          origin,
          label: label.slice(0, 500),
          fromName: msg.from.name.slice(0, 500),
          fromAddress: msg.from.address.slice(0, 500),
          subject: msg.subject.slice(0, 2_000),
          sentAt: msg.date ?? null,
          classification,
          // Mail that proposes nothing keeps only its key and headers: bounded size on a big mailbox.
          body: proposal ? body : null,
          isBodyTruncated: proposal ? isBodyTruncated : false,
        });
        if (messageId === null) return { source: label, status: 'duplicate', classification, proposalId: null, proposal: null, accepted: null, error: null };
        if (!proposal) return { source: label, status: 'nothing', classification, proposalId: null, proposal: null, accepted: null, error: null };
        const proposalId = await tx.mail.addProposal(ownerId, { messageId, applicationId: proposal.applicationId, newApplication: proposal.newApplication, event: proposal.event!, matchScore: proposal.matchScore, why: proposal.why });
        if (!options.acceptAll) return { source: label, status: 'proposed', classification, proposalId, proposal, accepted: null, error: null };
        const accepted = await acceptInTransaction(tx, ownerId, proposalId, matcher, now);
        return { source: label, status: 'accepted', classification, proposalId, proposal, accepted, error: null };
      });
      if (outcome.status === 'duplicate') p.duplicates++;
      else p.imported++;
      if (outcome.status === 'proposed' || outcome.status === 'accepted') p.proposed++;
      if (outcome.status === 'accepted') {
        p.accepted++;
        if (outcome.accepted?.applicationId) await matcher.refresh(store, outcome.accepted.applicationId);
      }
      await options.onMessage?.({ ...outcome, warnings });
    } catch (e) {
      if (!isUserError(e)) throw e;
      await fail(label, { code: e.code, message: e.message });
    } finally {
      options.onProgress?.(p);
    }
  };

  await importInBatches(source, {
    label: (item, index) => (origin === 'mbox' && item.index !== undefined ? `${item.source ?? 'mbox'}#${item.index + 1}` : (item.source ?? `message ${index}`)),
    read: (raw) => {
      const parsed = readMail(raw, origin);
      return { parsed, key: messageKey(parsed, raw) };
    },
    knownKeys: (keys) => store.mail.knownKeys(ownerId, keys),
    importOne,
  });
  // Every message was committed in its own transaction; the statistics follow the last of them.
  if (!dryRun && options.analyze !== false && p.imported > 0) {
    await freshStatistics(store, { mailMessages: p.imported, mailProposals: p.proposed, applications: p.accepted, stageEvents: p.accepted });
  }
  return { ...p, dryRun, errors, isTruncated };
}

/** One pasted or uploaded message, and the proposal it made (or had made when seen before). */
export async function importOneMessage(ctx: MailImportContext, raw: Buffer | string, options: { origin: 'paste' | 'eml'; applicationId?: string; label?: string }): Promise<{ duplicate: boolean; classification: MailClassification; proposal: MailProposalView | null }> {
  if (options.applicationId && !(await ctx.store.applications.exists(ctx.ownerId, options.applicationId))) throw new UserError('NOT_FOUND', 'application not found', 404);
  let last: MailImportOutcome | null = null;
  const summary = await importMessages(ctx, [{ raw, source: options.label ?? (options.origin === 'paste' ? 'pasted text' : 'message.eml') }], {
    origin: options.origin,
    analyze: false,
    ...(options.applicationId ? { applicationId: options.applicationId } : {}),
    onMessage: (o) => {
      last = o;
    },
  });
  const outcome = last as MailImportOutcome | null;
  if (!outcome || outcome.status === 'failed' || !outcome.classification) {
    const err = summary.errors[0] ?? { code: 'BAD_MESSAGE', message: 'the message could not be read' };
    throw new UserError(err.code, err.message, err.code === 'MESSAGE_TOO_LARGE' ? 413 : 422);
  }
  let proposal: MailProposalView | null = null;
  if (outcome.proposalId) proposal = await ctx.store.mail.getProposal(ctx.ownerId, outcome.proposalId);
  else if (outcome.status === 'duplicate') {
    const parsed = readMail(raw, options.origin);
    proposal = await ctx.store.mail.proposalForKey(ctx.ownerId, messageKey(parsed, raw));
  }
  return { duplicate: outcome.status === 'duplicate', classification: outcome.classification, proposal };
}
