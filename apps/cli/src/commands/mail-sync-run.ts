import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { syncMail, type MailImportOutcome, type SyncedPlace } from '@secondround/server';
import { withStore } from '../context';
import { ExitCode, printJson, printLine } from '../io';

/** One line of `mail sync --json`: the classify contract's fields, plus where the message is and what became of it. */
function toJson(o: MailImportOutcome, place: SyncedPlace | null): Record<string, unknown> {
  const c = o.classification;
  return {
    source: o.source,
    folder: place?.folder ?? null,
    uid: place?.uid ?? null,
    status: o.status,
    kind: c?.kind ?? null,
    company: c?.company ?? null,
    role: c?.role ?? null,
    ...(c?.interview ? { interview: c.interview } : {}),
    confidence: c?.confidence ?? null,
    proposalId: o.proposalId,
    ...(o.error ? { error: o.error } : {}),
  };
}

/** `secondround mail sync`: the new messages of the IMAP account in the settings, classified and proposed. */
export async function runMailSync(opts: { folder?: string; json?: boolean; dryRun?: boolean; acceptAll?: boolean }, cmd: Command): Promise<void> {
  const summary = await withStore(cmd, async (store) => {
    const settings = (await store.settings.get(LOCAL_OWNER_ID)).imap;
    if (!settings) throw new UserError('NO_IMAP_ACCOUNT', 'no IMAP account is set: add one under Settings (PATCH /api/settings/imap: host, port, security, user, app password)', 400);
    return syncMail({ store, ownerId: LOCAL_OWNER_ID }, settings, {
      folder: opts.folder,
      dryRun: opts.dryRun,
      acceptAll: opts.acceptAll,
      onEvent: (e) => {
        if (e.type === 'reconnect') process.stderr.write(`secondround: the connection dropped in ${e.folder} after UID ${e.afterUid} (${e.reason}); opening it again (try ${e.attempt})\n`);
        else if (e.isReset) process.stderr.write(`secondround: ${e.folder} was renumbered by the server (new UIDVALIDITY): reading it again; messages already imported are recognised\n`);
        else if (!opts.json) printLine(`${e.folder}: ${e.pending} new message${e.pending === 1 ? '' : 's'}`);
      },
      onMessage: (o, place) => {
        if (opts.json) return printJson(toJson(o, place));
        if (o.error) return void process.stderr.write(`secondround: ${o.source}: ${o.error.message}\n`);
        const c = o.classification;
        printLine(`${o.source}  ${c?.kind ?? '-'}  ${[c?.role, c?.company].filter(Boolean).join(' at ') || '(not named)'}  ${o.status}`);
      },
    });
  });
  const { errors, ...counts } = summary;
  if (opts.json) printJson({ summary: counts });
  else printLine(`${summary.read} read, ${summary.imported} new, ${summary.duplicates} already imported, ${summary.proposed} proposed${summary.accepted ? `, ${summary.accepted} accepted` : ''}, ${summary.failed} failed${summary.dryRun ? ' (dry run: nothing written)' : ''}`);
  if (summary.failed > 0 && errors.length > 0 && !opts.json) for (const e of errors.slice(0, 5)) process.stderr.write(`secondround: ${e.source}: ${e.message}\n`);
  if (summary.failed > 0) throw new ExitCode(1);
}
