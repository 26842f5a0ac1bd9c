import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { MailSyncStatus } from '@secondround/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PROPOSALS_KEY } from './MailDrop';
import { nextCheckText } from './MailScheduleField';
import { SCHEDULE_KEY, useImapSettings, useMailSchedule, useStartSync, useSyncStatus } from './queries';

function countsText(s: MailSyncStatus): string {
  const c = s.counts;
  return `${c.read} message${c.read === 1 ? '' : 's'} read: ${c.imported} new, ${c.duplicates} imported before, ${c.proposed} proposal${c.proposed === 1 ? '' : 's'}${c.failed ? `, ${c.failed} skipped` : ''}`;
}

/** The mail read so far, as the server sizes its messages (attachments included). */
export function bytesText(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "Sync now" for the IMAP account, with how the last sync went; a link to set one up when there is none. */
export function SyncCard() {
  const qc = useQueryClient();
  const imap = useImapSettings();
  const status = useSyncStatus();
  const start = useStartSync();
  const schedule = useMailSchedule();
  const s = status.data;
  const wasRunning = useRef(false);
  // The inbox list is read again when a run ends, so its proposals appear without a reload.
  useEffect(() => {
    if (wasRunning.current && s && !s.isRunning) {
      void qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
      void qc.invalidateQueries({ queryKey: SCHEDULE_KEY });
    }
    wasRunning.current = s?.isRunning ?? false;
  }, [s, qc]);
  if (imap.isLoading) return null;
  if (!imap.data) {
    return <Text size="sm">To read your mailbox over IMAP, <Anchor component={Link} to="/settings/mail#imap">set up your IMAP account</Anchor>.</Text>;
  }
  const when = s?.finishedAt ? new Date(s.finishedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">Mailbox {imap.data.user} at {imap.data.host}{imap.data.folder ? `, folder ${imap.data.folder}` : ', all folders'}</Text>
          <Button onClick={() => start.mutate()} loading={start.isPending || s?.isRunning} disabled={s?.isRunning}>Sync now</Button>
        </Group>
        <div role="status">
          {s?.isRunning ? (
            <Text size="sm">Syncing… {countsText(s)} so far{s.counts.bytes > 0 ? ` (${bytesText(s.counts.bytes)} of mail)` : ''}.</Text>
          ) : s && s.state !== 'never' ? (
            <Text size="sm">{s.state === 'done' ? `Last synced ${when}: ${countsText(s)}.` : `The last sync stopped${when ? ` (${when})` : ''} after ${countsText(s)}.`}</Text>
          ) : (
            <Text size="sm" c="dimmed">Not synced yet.</Text>
          )}
        </div>
        {schedule.data?.everyHours ? (
          <Text size="sm">
            Checks for new mail every {schedule.data.everyHours === 1 ? 'hour' : `${schedule.data.everyHours} hours`}{schedule.data.nextCheckAt ? `; next check ${nextCheckText(schedule.data.nextCheckAt)}` : ''} (<Anchor component={Link} to="/settings/mail#imap">change</Anchor>).
          </Text>
        ) : null}
                {s?.error && !s.isRunning && <Alert color="red" role="alert" title={s.error.code}>{s.error.message}</Alert>}
        {start.error && <Alert color="red" role="alert">{start.error.message}</Alert>}
      </Stack>
    </Paper>
  );
}
