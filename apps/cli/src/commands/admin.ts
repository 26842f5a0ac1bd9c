import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/**
 * `secondround admin …`: accounts of a hosted server, for whoever runs it (they have the
 * database, so they need no password of their own).
 */
export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('manage the accounts of a hosted server (DATABASE_URL names its database)');

  admin
    .command('create')
    .description('create an account and print a one-time link (valid 7 days) where its owner sets a password; how invite-only servers (SECONDROUND_SIGNUP=invite) take people')
    .argument('<email>', 'the account’s e-mail address')
    .option('--password-stdin', 'set the password read from standard input instead of printing a link')
    .option('--url <address>', 'the server’s address for the link (default: $SECONDROUND_PUBLIC_URL)')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./admin-run')).runCreate));

  admin
    .command('invite')
    .description('same as `admin create EMAIL`: an account and its set-password link')
    .argument('<email>', 'the account’s e-mail address')
    .option('--url <address>', 'the server’s address for the link (default: $SECONDROUND_PUBLIC_URL)')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./admin-run')).runInvite));

  admin
    .command('reset-link')
    .description('print a one-time password-reset link for an account (valid one hour)')
    .argument('<email>', 'the account’s e-mail address')
    .option('--url <address>', 'the server’s address for the link (default: $SECONDROUND_PUBLIC_URL)')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./admin-run')).runResetLink));

  admin
    .command('disable')
    .description('stop an account from signing in and end its sessions (`--enable` lets it in again)')
    .argument('<email>', 'the account’s e-mail address')
    .option('--enable', 'enable the account again')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./admin-run')).runDisable));

  admin
    .command('delete')
    .description('delete an account and every record it holds (cannot be undone)')
    .argument('<email>', 'the account’s e-mail address')
    .option('--yes', 'confirm: the records are gone for good')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./admin-run')).runDelete));
}
