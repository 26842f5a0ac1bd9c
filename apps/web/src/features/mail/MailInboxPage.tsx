import { Alert, Button, FileButton, Group, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { MailProposalView } from '@secondround/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import { MailDrop, PROPOSALS_KEY } from './MailDrop';
import { ProposalCard } from './ProposalCard';
import { SyncCard } from './SyncCard';
import { uploadMailbox, type MailboxSummary } from './upload';

type Status = 'proposed' | 'accepted' | 'rejected';

/**
 * The mail inbox: paste or drop one message, upload a whole mailbox with a progress bar, and
 * accept or reject what the mail proposes, one at a time or in bulk, each message a click away.
 */
export function MailInboxPage() {
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status>('proposed');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ name: string; fraction: number | null } | null>(null);
  const [summary, setSummary] = useState<MailboxSummary | null>(null);
  const list = useQuery({ queryKey: [...PROPOSALS_KEY, status], queryFn: async () => unwrap(await api['mail-proposals'].$get({ query: { status, limit: '200' } })) });
  // The proposal of the message just read is shown under the paste box, where the person is
  // looking and where it is announced; the list holds the others (it comes back there once
  // another message is read).
  const [shownId, setShownId] = useState<string | null>(null);
  const proposals: MailProposalView[] = (list.data?.proposals ?? []).filter((p) => p.id !== shownId);
  const isShownAbove = proposals.length !== (list.data?.proposals.length ?? 0);

  async function decide(ids: string[], decision: 'accept' | 'reject') {
    setBusy(true);
    setError(null);
    try {
      const { results } = await unwrap(await api['mail-proposals'].decide.$post({ json: { ids, decision } }));
      const failed = results.filter((r) => 'error' in r);
      if (failed.length > 0) setError(failed.map((r) => ('error' in r ? r.error.message : '')).join(' · '));
      setSelected(new Set());
      await qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
      void qc.invalidateQueries({ queryKey: keys.applications });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function sendMailbox(file: File | null) {
    if (!file) return;
    setError(null);
    setSummary(null);
    setUpload({ name: file.name, fraction: 0 });
    try {
      setSummary(await uploadMailbox(file, (fraction) => setUpload({ name: file.name, fraction })));
      await qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUpload(null);
    }
  }

  const pending = proposals.filter((p) => p.status === 'proposed');
  const counts = list.data?.counts;
  return (
    <Stack maw={900}>
      <Title order={1}>Mail inbox</Title>
      <Text>Your mailbox already holds the history of your search. Paste a message, drop an .eml file, or upload a whole mailbox (.mbox from Google Takeout, Thunderbird or Apple Mail): each message is read on this server, matched to its application, and what it means is proposed here for you to accept. A message imported twice changes nothing.</Text>
      <SyncCard />
      <MailDrop onShown={setShownId} />
      <Group>
        <FileButton onChange={(f) => void sendMailbox(f)} accept=".mbox,application/mbox">{(props) => <Button variant="default" {...props} disabled={upload !== null}>Upload a mailbox (.mbox)</Button>}</FileButton>
      </Group>
      {upload && (
        <Stack gap={4}>
          <Text size="sm">Reading {upload.name}…</Text>
          <Progress value={upload.fraction === null ? 100 : Math.round(upload.fraction * 100)} animated={upload.fraction === null} aria-label={`Reading ${upload.name}`} />
        </Stack>
      )}
      {summary && (
        <Alert color={summary.failed > 0 ? 'yellow' : 'green'} role="status" title="Mailbox read">
          {summary.read} messages read: {summary.imported} new, {summary.duplicates} imported before, {summary.proposed} proposals{summary.failed > 0 ? `, ${summary.failed} skipped` : ''}.
          {summary.isTruncated && ' The file ends in the middle of its last message.'}
          {summary.errors.slice(0, 5).map((e) => <Text key={e.source} size="sm">{e.source}: {e.message}</Text>)}
        </Alert>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group justify="space-between">
        <SegmentedControl value={status} onChange={(v) => { setStatus(v as Status); setSelected(new Set()); }} data={[{ value: 'proposed', label: `To review${counts ? ` (${counts.proposed})` : ''}` }, { value: 'accepted', label: 'Accepted' }, { value: 'rejected', label: 'Rejected' }]} aria-label="Show proposals" />
        {status === 'proposed' && pending.length > 0 && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setSelected(selected.size === pending.length ? new Set() : new Set(pending.map((p) => p.id)))}>{selected.size === pending.length ? 'Select none' : 'Select all'}</Button>
            <Button variant="default" disabled={selected.size === 0 || busy} onClick={() => void decide([...selected], 'reject')}>Reject selected</Button>
            <Button disabled={selected.size === 0} loading={busy} onClick={() => void decide([...selected], 'accept')}>Accept selected ({selected.size})</Button>
          </Group>
        )}
      </Group>
      {list.isLoading ? <Text>Loading…</Text> : proposals.length === 0 ? <Text c="dimmed">{isShownAbove ? 'Nothing else here: the message you just read is above.' : status === 'proposed' ? 'Nothing to review.' : `No ${status} proposals.`}</Text> : (
        <Stack gap="xs">
          {proposals.map((p) => (
            <ProposalCard key={p.id} proposal={p} busy={busy} onDecide={(d) => void decide([p.id], d)} selected={selected.has(p.id)} onSelect={(on) => { const next = new Set(selected); if (on) next.add(p.id); else next.delete(p.id); setSelected(next); }} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
