import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { hashPassword, INVITE_TTL_MS, resetLink, RESET_TTL_MS } from '@secondround/server';
import type { Store } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

interface LinkOptions {
  json?: boolean;
  url?: string;
}

export async function runCreate(email: string, opts: LinkOptions & { passwordStdin?: boolean }, cmd: Command): Promise<void> {
    const address = checkEmail(email);
    const password = opts.passwordStdin ? await readPassword() : null;
    await withStore(cmd, async (store) => {
      const user = await store.users.create(address, password ? await hashPassword(password) : null);
      if (!user) throw new UserError('ACCOUNT_EXISTS', `an account with ${address} exists already`, 1);
      if (password) return report(opts, { email: address, created: true }, `Created ${address}`);
      await printLink(store, user.id, address, INVITE_TTL_MS, opts, `Created ${address}. Send them this link to set their password (works once, for 7 days):`);
    });
}

export async function runInvite(email: string, opts: LinkOptions, cmd: Command): Promise<void> {
    const address = checkEmail(email);
    await withStore(cmd, async (store) => {
      const user = await store.users.create(address, null);
      if (!user) throw new UserError('ACCOUNT_EXISTS', `an account with ${address} exists already (use \`admin reset-link\`)`, 1);
      await printLink(store, user.id, address, INVITE_TTL_MS, opts, `Invited ${address}. Send them this link to set their password (works once, for 7 days):`);
    });
}

export async function runResetLink(email: string, opts: LinkOptions, cmd: Command): Promise<void> {
    await withStore(cmd, async (store) => {
      const user = await account(store, email);
      await printLink(store, user.id, user.email, RESET_TTL_MS, opts, `Reset link for ${user.email} (works once, for one hour):`);
    });
}

export async function runDisable(email: string, opts: { enable?: boolean; json?: boolean }, cmd: Command): Promise<void> {
    await withStore(cmd, async (store) => {
      const user = await account(store, email);
      await store.users.setDisabled(user.id, !opts.enable);
      report(opts, { email: user.email, disabled: !opts.enable }, `${opts.enable ? 'Enabled' : 'Disabled'} ${user.email}`);
    });
}

export async function runDelete(email: string, opts: { yes?: boolean; json?: boolean }, cmd: Command): Promise<void> {
    if (!opts.yes) throw new UserError('CONFIRM', `deleting ${email} removes all its records for good; add --yes to confirm`, 1);
    await withStore(cmd, async (store) => {
      const user = await account(store, email);
      await store.users.delete(user.id);
      report(opts, { email: user.email, deleted: true }, `Deleted ${user.email} and its records`);
    });
}

function checkEmail(email: string): string {
  const address = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 320) throw new UserError('BAD_EMAIL', `not an e-mail address: ${email}`, 1);
  return address;
}

async function account(store: Store, email: string): Promise<{ id: string; email: string }> {
  const user = await store.users.findByEmail(email);
  if (!user?.email) throw new UserError('NO_ACCOUNT', `no account with ${email.trim().toLowerCase()}`, 1);
  return { id: user.id, email: user.email };
}

async function printLink(store: Store, userId: string, email: string, ttlMs: number, opts: LinkOptions, text: string): Promise<void> {
  const { token, expiresAt } = await store.authGuard.createResetToken(userId, ttlMs);
  const base = opts.url ?? process.env.SECONDROUND_PUBLIC_URL ?? '';
  const link = resetLink(base, token);
  report(opts, { email, link, expiresAt }, `${text}\n${link}${base ? '' : '\n(put the server’s address in front, or pass --url)'}`);
}

function report(opts: { json?: boolean }, value: Record<string, unknown>, text: string): void {
  if (opts.json) printJson(value);
  else printLine(text);
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (password.length < 10) throw new UserError('WEAK_PASSWORD', 'the password needs at least 10 characters', 1);
  if (password.length > 1024) throw new UserError('BAD_PASSWORD', 'the password is longer than 1024 characters', 1);
  return password;
}
