import { z } from 'zod';

/*
 * The IMAP account mail sync reads. Kept like the SMTP settings: in the person's one settings
 * document, the app password as given; the API never returns it (only `hasPassword`), and
 * backups leave it out (`redactSettingsData`), so a restored backup asks for it again.
 */

/** How the connection is protected: TLS from the first byte (993), STARTTLS (143), or none (this machine only). */
export const imapSecuritySchema = z.enum(['tls', 'starttls', 'none']);

/** The IMAP account, as stored (with the app password). `folder` null means every folder with mail. */
export const imapSettingsSchema = z.object({
  host: z.string().trim().min(1, 'required: the IMAP server name').max(253).regex(/^[A-Za-z0-9.-]+$|^\[?[0-9a-fA-F:.]+\]?$/, 'expected a host name such as imap.example.com'),
  port: z.number().int().min(1).max(65_535),
  security: imapSecuritySchema,
  user: z.string().trim().min(1, 'required: the user name').max(320),
  password: z.string().max(1_000).optional(),
  folder: z.string().trim().min(1).max(500).nullable(),
  /** A PEM certificate to trust for a server with its own (self-signed) certificate. */
  ca: z.string().max(20_000).regex(/-----BEGIN CERTIFICATE-----/, 'expected a PEM certificate').nullable().optional(),
});
export type ImapSettings = z.infer<typeof imapSettingsSchema>;

/** What the API shows of the IMAP settings: never the password, only whether one is set. */
export const imapViewSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  security: imapSecuritySchema,
  user: z.string(),
  folder: z.string().nullable(),
  hasCertificate: z.boolean(),
  hasPassword: z.boolean(),
});
export type ImapView = z.infer<typeof imapViewSchema>;

/** A change to the IMAP settings. `password` left out keeps the stored one; `null` removes it. */
export const imapPatchSchema = z.object({
  host: imapSettingsSchema.shape.host,
  port: imapSettingsSchema.shape.port,
  security: imapSecuritySchema,
  user: imapSettingsSchema.shape.user,
  password: z.string().max(1_000).nullish(),
  folder: z.string().trim().max(500).nullish(),
  ca: z.string().max(20_000).nullish(),
}).refine((p) => p.security !== 'none' || /^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i.test(p.host), { message: 'plain IMAP would send the password unencrypted: use TLS or STARTTLS for a server on another machine', path: ['security'] });
export type ImapPatch = z.input<typeof imapPatchSchema>;

/**
 * The IMAP settings as the API shows them.
 * @example imapView({ host: 'imap.example.com', port: 993, security: 'tls', user: 'me', password: 'x', folder: null }).hasPassword // true
 */
export function imapView(s: ImapSettings | undefined | null): ImapView | null {
  if (!s) return null;
  return { host: s.host, port: s.port, security: s.security, user: s.user, folder: s.folder, hasCertificate: !!s.ca, hasPassword: typeof s.password === 'string' && s.password !== '' };
}

/**
 * Apply an IMAP change to the stored settings: a left-out password keeps the old one, `null` or
 * an empty string removes it; an empty folder means every folder.
 * @example mergeImap({ host: 'a', port: 993, security: 'tls', user: 'u', password: 'p', folder: null }, { host: 'b', port: 993, security: 'tls', user: 'u' }).password // 'p'
 */
export function mergeImap(current: ImapSettings | undefined, patch: z.output<typeof imapPatchSchema>): ImapSettings {
  const password = patch.password === undefined ? current?.password : patch.password === null || patch.password === '' ? undefined : patch.password;
  const ca = patch.ca === undefined ? (current?.ca ?? null) : patch.ca === null || patch.ca.trim() === '' ? null : patch.ca;
  return imapSettingsSchema.parse({ host: patch.host, port: patch.port, security: patch.security, user: patch.user, folder: patch.folder ? patch.folder : null, ca, ...(password !== undefined ? { password } : {}) });
}
