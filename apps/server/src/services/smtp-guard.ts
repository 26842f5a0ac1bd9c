import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { UserError } from '@secondround/core';

/**
 * Hosted mode lets a person's SMTP settings name the host the server connects to, which makes the
 * server a way into its own network (SSRF). The guard holds it to the operator's allow-list
 * (`SECONDROUND_SMTP_ALLOWED_HOSTS`), refuses names that resolve to private, loopback or link-local
 * addresses, and has the connection made to the very address it checked (a second DNS answer
 * could otherwise point elsewhere: DNS rebinding). Every failure gives one generic message after
 * the same minimum time, so errors and timings do not tell open ports from closed ones.
 */
export interface SmtpGuard {
  /** Host names (`smtp.example.org`) or suffixes (`*.example.org`); empty: nothing is allowed. */
  allowedHosts: readonly string[];
  lookup: (host: string) => Promise<Array<{ address: string; family: number }>>;
  /** A failed send answers no sooner than this after it started. */
  minFailureMs: number;
  timeoutMs: number;
}

export function smtpGuardFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpGuard {
  const allowedHosts = (env.SECONDROUND_SMTP_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return { allowedHosts, lookup: (host) => dnsLookup(host, { all: true, verbatim: true }), minFailureMs: 15_000, timeoutMs: 15_000 };
}

export function isAllowedSmtpHost(host: string, allowed: readonly string[]): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => (a.startsWith('*.') ? h.endsWith(a.slice(1)) && h.length > a.length - 1 : h === a));
}

// IANA special-purpose registries (RFC 6890 and its updates): nothing here is a public mail server.
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 address inside it.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped) return isPublicAddress(mapped);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

/** The checked address to connect to for `host`, or a 403 `SMTP_HOST_NOT_ALLOWED`. */
export async function resolveSmtpHost(host: string, guard: SmtpGuard): Promise<string> {
  if (!isAllowedSmtpHost(host, guard.allowedHosts)) {
    const list = guard.allowedHosts.length ? guard.allowedHosts.join(', ') : 'no SMTP server (the operator has not listed any)';
    throw new UserError('SMTP_HOST_NOT_ALLOWED', `this server sends mail only through ${list}; ask the person who runs it`, 403);
  }
  const addresses = await guard.lookup(host).catch(() => []);
  // Every answer must be public: a name with one private address among public ones is refused.
  if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) throw smtpFailed();
  return addresses[0]!.address;
}

export function smtpFailed(): UserError {
  return new UserError('SMTP_FAILED', 'the message could not be sent through this SMTP server; check its settings or download the .eml', 502);
}

/** Wait until `minMs` have passed since `startedAt`, so a fast failure looks like a slow one. */
export async function padFailure(startedAt: number, minMs: number): Promise<void> {
  const left = startedAt + minMs - Date.now();
  if (left > 0) await new Promise((r) => setTimeout(r, left));
}
