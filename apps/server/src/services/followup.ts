import { createHash, timingSafeEqual } from 'node:crypto';
import ical, { ICalAlarmType } from 'ical-generator';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { isTimeZone, UserError, type CalendarEntry, type Settings, type SmtpSettings } from '@secondround/core';
import type { Store } from '@secondround/store';
import { padFailure, resolveSmtpHost, smtpFailed, type SmtpGuard } from './smtp-guard';

/**
 * An owner's settings and the zone their days are counted in: their setting, else the zone of
 * their latest interview (entered in their own time), else UTC. One small query, two without a
 * zone setting; never a backup.
 */
export async function loadSettings(store: Store, ownerId: string): Promise<{ settings: Settings; timeZone: string }> {
  const settings = await store.settings.get(ownerId);
  if (settings.timeZone && isTimeZone(settings.timeZone)) return { settings, timeZone: settings.timeZone };
  const latest = await store.followupReads.latestInterviewZone(ownerId);
  return { settings, timeZone: latest && isTimeZone(latest) ? latest : 'UTC' };
}

export interface Draft {
  from?: string | null;
  to?: string | null;
  subject: string;
  text: string;
}

/**
 * A drafted message as an `.eml` file any mail program opens. `X-Unsent: 1` makes Outlook open it
 * as a draft to send rather than as a received message.
 */
export async function buildEml(draft: Draft, date: Date): Promise<Buffer> {
  const mail = new MailComposer({
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
    subject: draft.subject,
    text: draft.text,
    date,
    headers: { 'X-Unsent': '1' },
  });
  return mail.compile().build();
}

/** Seconds an SMTP exchange may take before the send fails with a clear message. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * Send a drafted message through the person's SMTP server. Failures (refused login, unknown host,
 * timeout) become a 502 `SMTP_FAILED` with the server's reason, so the person can fix the setting.
 */
export async function sendSmtp(smtp: SmtpSettings, draft: Draft & { to: string }, guard: SmtpGuard | null = null): Promise<{ messageId: string }> {
  const startedAt = Date.now();
  // Hosted: connect to the address the guard checked, and keep the name for TLS certificate checks.
  const address = guard ? await resolveSmtpHost(smtp.host, guard).catch(async (e: unknown) => {
    if (!(e instanceof UserError) || e.code !== 'SMTP_HOST_NOT_ALLOWED') await padFailure(startedAt, guard.minFailureMs);
    throw e;
  }) : smtp.host;
  const timeout = guard?.timeoutMs ?? SMTP_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    host: address,
    port: smtp.port,
    secure: smtp.secure,
    ...(guard ? { name: 'secondround', tls: { servername: smtp.host } } : {}),
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  try {
    const info = await transport.sendMail({ from: smtp.from, to: draft.to, subject: draft.subject, text: draft.text });
    return { messageId: String(info.messageId ?? '') };
  } catch (e) {
    if (guard) {
      await padFailure(startedAt, guard.minFailureMs);
      throw smtpFailed();
    }
    throw new UserError('SMTP_FAILED', `the SMTP server did not take the message: ${(e as Error).message}`, 502);
  } finally {
    transport.close();
  }
}

/** What a send route says when the interviewer has no address. */
export const NO_INTERVIEWER_ADDRESS = "the interviewer has no email address: add it on the application's Rounds tab";

/** Whether this server sends by SMTP, and (hosted mode) the guard on the hosts people may name. */
export interface SmtpOptions {
  smtpAllowed: boolean;
  smtpGuard?: SmtpGuard | null;
}

/**
 * Send a drafted message through the person's own SMTP server, as every "send" route does: refused
 * when the server turned SMTP off or the person set none up, and always through the hosted guard.
 */
export async function sendAsPerson(options: SmtpOptions, settings: Settings, draft: Draft & { to: string | null }, noAddress: string): Promise<{ messageId: string }> {
  if (!options.smtpAllowed) throw new UserError('SMTP_DISABLED', 'sending by SMTP is turned off on this server (SECONDROUND_ALLOW_SMTP=1 turns it on); download the .eml instead', 403);
  if (!settings.smtp) throw new UserError('SMTP_NOT_CONFIGURED', 'set up your SMTP server in Settings first, or download the .eml', 409);
  if (!draft.to) throw new UserError('NO_ADDRESS', noAddress, 422);
  return sendSmtp(settings.smtp, { ...draft, to: draft.to }, options.smtpGuard ?? null);
}

/**
 * The calendar feed as iCalendar text. Timed events are written in UTC (every calendar shows them
 * in its own zone, and no VTIMEZONE is needed); follow-ups are all-day events on their date.
 */
export function renderIcs(entries: readonly CalendarEntry[], origin: string, now: Date): string {
  const cal = ical({ name: 'secondround', prodId: { company: 'secondround', product: 'secondround', language: 'EN' }, ttl: 60 * 60 });
  for (const e of entries) {
    const event = cal.createEvent({
      id: `${e.uid}@secondround`,
      stamp: now,
      start: e.allDay ? new Date(`${e.start}T00:00:00Z`) : new Date(e.start),
      end: e.allDay ? new Date(`${e.end}T00:00:00Z`) : new Date(e.end),
      allDay: e.allDay,
      ...(e.allDay ? { floating: true } : {}),
      summary: e.summary,
      description: e.description,
      url: origin + e.path,
    });
    for (const minutes of e.alarms) event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: e.summary }).relatesTo('START'); // the constructor ignores relatesTo, and a bare 'after' trigger is written as RELATED=END
  }
  return cal.toString();
}

/** The feed's public token: the owner and the secret, so a lookup is by key and the comparison constant-time. */
export function feedToken(ownerId: string, secret: string): string {
  return `${ownerId}.${secret}`;
}

/** What is stored of a feed secret: its SHA-256, so a copy of the database does not open the feed. */
export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The owner a feed token names, when its secret matches theirs; null otherwise. The stored value is
 * the secret's SHA-256 (64 hex digits); a secret stored in plain text before hashing began is
 * still compared as it is until the person makes a new address.
 */
export function ownerOfFeed(token: string, secretOf: (ownerId: string) => Promise<string | undefined>): Promise<string | null> {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return Promise.resolve(null);
  const ownerId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  return secretOf(ownerId).then((stored) => {
    if (!stored) return null;
    const given = Buffer.from(/^[0-9a-f]{64}$/.test(stored) ? hashFeedSecret(secret) : secret);
    const want = Buffer.from(stored);
    return want.length === given.length && timingSafeEqual(want, given) ? ownerId : null;
  });
}
