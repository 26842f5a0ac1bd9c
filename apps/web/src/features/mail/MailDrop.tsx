import { Alert, Button, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { MailProposalView } from '@secondround/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import { ProposalCard } from './ProposalCard';

export const PROPOSALS_KEY = ['mail-proposals'] as const;

/**
 * Paste the text of an email, or drop (or choose) one .eml file: it is read on this server,
 * classified, matched (to `applicationId` when given) and its proposal shown with one-click accept.
 * `onShown` tells a page with its own list which proposal is shown here, so it is shown once.
 */
export function MailDrop({ applicationId, onShown }: { applicationId?: string; onShown?: (proposalId: string | null) => void }) {
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: string; proposal: MailProposalView | null; duplicate: boolean } | null>(null);
  const [isOver, setIsOver] = useState(false);

  async function run(send: () => Promise<{ duplicate: boolean; classification: { kind: string }; proposal: MailProposalView | null }>) {
    setBusy(true);
    setError(null);
    try {
      const r = await send();
      setOutcome({ kind: r.classification.kind, proposal: r.proposal, duplicate: r.duplicate });
      onShown?.(r.proposal?.id ?? null);
      setText('');
      void qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  const readText = () => run(async () => unwrap(await api.mail.paste.$post({ json: { text, ...(applicationId ? { applicationId } : {}) } })));
  const readFile = (file: File | null) => {
    if (!file) return;
    void run(async () => unwrap(await api.mail.eml.$post({ query: { name: file.name.slice(0, 200), ...(applicationId ? { applicationId } : {}) } }, { headers: { 'Content-Type': 'message/rfc822' }, init: { body: file } })));
  };
  function onDrop(e: DragEvent) {
    e.preventDefault();
    setIsOver(false);
    const file = e.dataTransfer.files[0];
    if (file) readFile(file);
    else {
      const dropped = e.dataTransfer.getData('text/plain');
      if (dropped) void run(async () => unwrap(await api.mail.paste.$post({ json: { text: dropped.slice(0, 500_000), ...(applicationId ? { applicationId } : {}) } })));
    }
  }
  async function decide(decision: 'accept' | 'reject') {
    if (!outcome?.proposal) return;
    setBusy(true);
    try {
      const { results } = await unwrap(await api['mail-proposals'].decide.$post({ json: { ids: [outcome.proposal.id], decision } }));
      const r = results[0];
      if (r && 'error' in r) throw new Error(r.error.message);
      setOutcome({ ...outcome, proposal: { ...outcome.proposal, status: decision === 'accept' ? 'accepted' : 'rejected', result: r && 'applicationId' in r && r.applicationId ? { applicationId: r.applicationId, eventId: r.eventId } : null } });
      void qc.invalidateQueries({ queryKey: keys.applications });
      if (applicationId) void qc.invalidateQueries({ queryKey: keys.application(applicationId) });
      void qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="sm" onDragOver={(e) => { e.preventDefault(); setIsOver(true); }} onDragLeave={() => setIsOver(false)} onDrop={onDrop} bg={isOver ? 'var(--mantine-color-blue-light)' : undefined} data-testid="mail-drop">
      <Stack gap="xs">
        <Textarea label={applicationId ? 'Paste an email about this application' : 'Paste an email'} description="Or drop an .eml file here. It is read on this server, never sent anywhere." autosize minRows={2} maxRows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={500_000} />
        <Group gap="xs">
          <Button onClick={() => void readText()} disabled={text.trim() === ''} loading={busy}>Read message</Button>
          <FileButton onChange={readFile} accept=".eml,message/rfc822">{(props) => <Button variant="default" {...props}>Choose an .eml file</Button>}</FileButton>
        </Group>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {outcome && (
          <div role="status">
            {outcome.duplicate && <Text size="sm" c="dimmed">This message was read before; here is what it proposed.</Text>}
            {outcome.proposal ? <ProposalCard proposal={outcome.proposal} onDecide={(d) => void decide(d)} busy={busy} /> : <Text size="sm">{outcome.kind === 'other' ? 'This message is not about an application: nothing to record.' : 'Nothing to record: the history already holds this step, or the message names no employer.'}</Text>}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
