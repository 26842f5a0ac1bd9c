import { Badge, Button, Card, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { stageLabel, type MailProposalView, type MailSource } from '@secondround/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';

const KIND_LABELS: Record<MailProposalView['message']['kind'], string> = {
  application_received: 'Application received',
  interview_invitation: 'Interview invitation',
  rejection: 'Rejection',
  position_closed: 'Position closed (not you)',
  offer: 'Offer',
  other: 'Not about an application',
};

/** What a proposal would write, in words. */
export function proposalText(p: MailProposalView): string {
  const where = p.application ? `${p.application.role} at ${p.application.company}` : p.newApplication ? `new application: ${p.newApplication.role} at ${p.newApplication.company}` : 'an application';
  return `${stageLabel(p.event.stage)} on ${p.event.date} — ${where}`;
}

/** The message a proposal came from, one click away. */
export function SourceButton({ proposalId }: { proposalId: string }) {
  const [source, setSource] = useState<MailSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function open() {
    try {
      setSource(await unwrap(await api['mail-proposals'][':id'].message.$get({ param: { id: proposalId } })));
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => void open()}>Show message</Button>
      {error && <Text size="sm" c="red" role="alert">{error}</Text>}
      <Modal opened={source !== null} onClose={() => setSource(null)} title={source?.subject || '(no subject)'} size="lg">
        {source && (
          <Stack gap="xs">
            <Text size="sm">From: {source.fromName ? `${source.fromName} <${source.fromAddress}>` : source.fromAddress || 'unknown'}</Text>
            {source.sentAt && <Text size="sm">Sent: {new Date(source.sentAt).toLocaleString()}</Text>}
            <ScrollArea.Autosize mah={400}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="mail-source">{source.body}</Text>
            </ScrollArea.Autosize>
            {source.isTruncated && <Text size="xs" c="dimmed">The message is longer; only its first 64,000 characters were kept.</Text>}
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** One proposal with its accept and reject buttons; `selected` shows a checkbox for bulk decisions. */
export function ProposalCard({ proposal, onDecide, busy, selected, onSelect }: { proposal: MailProposalView; onDecide: (decision: 'accept' | 'reject') => void; busy: boolean; selected?: boolean; onSelect?: (on: boolean) => void }) {
  const p = proposal;
  const label = proposalText(p);
  return (
    <Card withBorder padding="sm" data-testid="mail-proposal">
      <Group justify="space-between" align="start" wrap="nowrap">
        <Group align="start" wrap="nowrap">
          {onSelect && p.status === 'proposed' && <Checkbox aria-label={`Select: ${label}`} checked={selected ?? false} onChange={(e) => onSelect(e.currentTarget.checked)} mt={4} />}
          <Stack gap={2}>
            <Group gap="xs">
              <Badge variant="light">{KIND_LABELS[p.message.kind]}</Badge>
              {p.status !== 'proposed' && <Badge color={p.status === 'accepted' ? 'green' : 'gray'}>{p.status}</Badge>}
            </Group>
            <Text fw={600}>{label}</Text>
            <Text size="sm" c="dimmed">{p.message.subject || '(no subject)'} · {p.message.fromName || p.message.fromAddress}</Text>
            {p.event.reason && <Text size="sm">“{p.event.reason}”</Text>}
            {p.result && <Text size="sm"><Link to={`/applications/${p.result.applicationId}`}>Open the application</Link></Text>}
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <SourceButton proposalId={p.id} />
          {p.status === 'proposed' && (
            <>
              <Button size="xs" variant="default" onClick={() => onDecide('reject')} disabled={busy}>Reject</Button>
              <Button size="xs" onClick={() => onDecide('accept')} loading={busy} aria-label={`Accept: ${label}`}>Accept</Button>
            </>
          )}
        </Group>
      </Group>
    </Card>
  );
}
