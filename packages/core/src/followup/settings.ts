import { z } from 'zod';
import { imapView, type ImapSettings, type ImapView } from '../mail-sync/settings';

/*
 * The follow-up feature's settings keys. They live in the person's one settings document
 * (`settingsSchema`), so they are per owner. The SMTP password is kept there as given: the API
 * never returns it (only `hasPassword`), and backups leave it out (`redactSettingsData`), so a
 * restored backup asks for it again.
 */

/** An address as a mail header takes it: `a@b.example` or `Name <a@b.example>`. */
const mailbox = z
  .string()
  .trim()
  .min(3)
  .max(320)
  .refine((s) => /^[^<>@\s]+@[^<>@\s]+$/.test(s) || /^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(s), 'expected an email address, e.g. me@example.com or "My Name <me@example.com>"');

/** The SMTP server the person sends through, as stored (with the password). */
export const smtpSettingsSchema = z.object({
  host: z.string().trim().min(1, 'required: the SMTP server name').max(253).regex(/^[A-Za-z0-9.-]+$|^\[?[0-9a-fA-F:.]+\]?$/, 'expected a host name such as smtp.example.com'),
  port: z.number().int().min(1).max(65_535),
  /** TLS from the first byte (port 465); false means STARTTLS when the server offers it (587). */
  secure: z.boolean(),
  user: z.string().max(320).nullish().transform((v) => (v == null || v.trim() === '' ? null : v)),
  password: z.string().max(1_000).optional(),
  from: mailbox,
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

/** What the API shows of the SMTP settings: never the password, only whether one is set. */
export const smtpViewSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string().nullable(),
  from: z.string(),
  hasPassword: z.boolean(),
});
export type SmtpView = z.infer<typeof smtpViewSchema>;

/**
 * A change to the SMTP settings. `password` left out keeps the stored one; `null` removes it.
 */
export const smtpPatchSchema = z.object({
  host: smtpSettingsSchema.shape.host,
  port: smtpSettingsSchema.shape.port,
  secure: smtpSettingsSchema.shape.secure,
  user: z.string().max(320).nullish(),
  password: z.string().max(1_000).nullish(),
  from: mailbox,
});
export type SmtpPatch = z.input<typeof smtpPatchSchema>;

/** The person's name (how drafts are signed) and an optional signature block under it. */
export const senderSettingsSchema = z.object({
  name: z.string().trim().max(200).optional(),
  /** Lines under the name: a title, a phone number, a profile link. */
  signature: z.string().max(1_000).optional(),
});
export type SenderSettings = z.infer<typeof senderSettingsSchema>;

/**
 * The closing lines of a draft from the sender settings: the name, then the signature block.
 * @example signatureLines({ name: 'Ana Ruiz', signature: 'ana.dev' }) // ['Ana Ruiz', 'ana.dev']
 */
export function signatureLines(sender: SenderSettings | undefined | null): string[] {
  const name = sender?.name?.trim() ?? '';
  const block = (sender?.signature ?? '').replace(/\r\n?/g, '\n').trim();
  return [...(name ? [name] : []), ...(block ? block.split('\n') : [])];
}

/** The secret part of the calendar feed's address: 32 random bytes, base64url. */
export const calendarTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a calendar token');

/**
 * The SMTP settings as the API shows them.
 * @example smtpView({ host: 'smtp.example.com', port: 587, secure: false, user: 'me', password: 'x', from: 'me@example.com' }).hasPassword // true
 */
export function smtpView(s: SmtpSettings | undefined | null): SmtpView | null {
  if (!s) return null;
  return { host: s.host, port: s.port, secure: s.secure, user: s.user ?? null, from: s.from, hasPassword: typeof s.password === 'string' && s.password !== '' };
}

/**
 * Apply an SMTP change to the stored settings: a left-out password keeps the old one, `null`
 * or an empty string removes it.
 * @example mergeSmtp({ host: 'a', port: 25, secure: false, user: null, password: 'p', from: 'a@b.c' }, { host: 'b', port: 25, secure: false, from: 'a@b.c' }).password // 'p'
 */
export function mergeSmtp(current: SmtpSettings | undefined, patch: z.output<typeof smtpPatchSchema>): SmtpSettings {
  const password = patch.password === undefined ? current?.password : patch.password === null || patch.password === '' ? undefined : patch.password;
  return smtpSettingsSchema.parse({ host: patch.host, port: patch.port, secure: patch.secure, user: patch.user ?? null, from: patch.from, ...(password !== undefined ? { password } : {}) });
}

/**
 * A settings value without secrets the API must not send back: the SMTP password becomes
 * `smtp.hasPassword`. Used by `GET/PATCH /api/settings`.
 * @example redactSettings({ smtp: { host: 'h', port: 25, secure: false, user: null, password: 'p', from: 'a@b.c' } }).smtp // { host: 'h', …, hasPassword: true }
 */
export function redactSettings<T extends { smtp?: SmtpSettings | undefined; imap?: ImapSettings | undefined }>(settings: T): Omit<T, 'smtp' | 'imap'> & { smtp?: SmtpView; imap?: ImapView } {
  const { smtp, imap, ...rest } = settings;
  const view = smtpView(smtp);
  // The IMAP app password opens the same mailbox: it is kept back the same way (issue 11).
  const imapShown = imapView(imap);
  return { ...rest, ...(view ? { smtp: view } : {}), ...(imapShown ? { imap: imapShown } : {}) };
}

/**
 * A stored settings document (JSON text) without its secrets, for backups: a backup file is copied
 * around; the SMTP password opens the person's mailbox and the calendar feed's (hashed) secret is
 * no use elsewhere, so a restored backup asks for the password again and makes a new feed address.
 * Unreadable text is kept as is.
 * @example JSON.parse(redactSettingsData('{"smtp":{"host":"h","password":"p"}}')).smtp.password // undefined
 */
export function redactSettingsData(data: string): string {
  try {
    const doc: unknown = JSON.parse(data);
    if (!doc || typeof doc !== 'object') return data;
    const { calendarToken: _c, ...rest } = doc as Record<string, unknown>;
    let isChanged = 'calendarToken' in doc;
    if (rest.smtp && typeof rest.smtp === 'object' && 'password' in rest.smtp) {
      const { password: _p, ...smtp } = rest.smtp as Record<string, unknown>;
      rest.smtp = smtp;
      isChanged = true;
    }
    if (rest.imap && typeof rest.imap === 'object' && 'password' in rest.imap) {
      const { password: _p, ...imap } = rest.imap as Record<string, unknown>;
      rest.imap = imap;
      isChanged = true;
    }
    return isChanged ? JSON.stringify(rest) : data;
  } catch {
    return data;
  }
}
