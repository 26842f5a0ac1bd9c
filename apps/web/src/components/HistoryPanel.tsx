import { ActionIcon, Alert, Button, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { stageLabel, type StageEvent } from '@secondround/core';
import { useDeleteEvent, useHistory, usePatchEvent, type ApplicationDetailPage } from '../api/queries';

/**
 * The stage history, newest first: every move, dated, with what they said. Dates and reasons can
 * be corrected. The latest steps come with the application, older ones a page at a time on
 * "Show older" (a history can be made as long as anyone likes).
 */
export function HistoryPanel({ app, loadedAt }: { app: ApplicationDetailPage; loadedAt: number }) {
  const history = useHistory(app, loadedAt);
  if (history.isLoading) return <Loader aria-label="Loading the history" />;
  if (history.error) return <Alert color="red" role="alert" title="Could not load the history">{history.error.message}</Alert>;
  const events = history.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <>
    <Table striped withTableBorder>
      <Table.Caption>Moving a card records a step dated today, and recording a round adds one on the interview’s day; correct a date here if it happened earlier. A card never moves back on its own: remove a wrong step to move it back.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Stage</Table.Th>
          <Table.Th>Date</Table.Th>
          <Table.Th>Reason or note</Table.Th>
          <Table.Th><span className="visually-hidden">Actions</span></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <EventRow key={e.id} event={e} applicationId={app.id} />
        ))}
      </Table.Tbody>
    </Table>
    {history.hasNextPage && (
      <Button variant="subtle" size="xs" mt="xs" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()} aria-label="Show older steps of the history">
        Show older
      </Button>
    )}
    </>
  );
}

function EventRow({ event, applicationId }: { event: StageEvent; applicationId: string }) {
  const [date, setDate] = useState(event.date);
  const [reason, setReason] = useState(event.reason ?? '');
  const patch = usePatchEvent(applicationId);
  const remove = useDeleteEvent(applicationId);
  const dirty = date !== event.date || reason !== (event.reason ?? '');
  const label = stageLabel(event.stage);
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        <TextInput type="date" size="xs" aria-label={`Date of ${label}`} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`Reason for ${label}`} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        {patch.error && <Text size="xs" c="red" role="alert">{patch.error.message}</Text>}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="xs" disabled={!dirty} loading={patch.isPending} onClick={() => patch.mutate({ id: event.id, date, reason })}>Save</Button>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove the ${label} step`} onClick={() => remove.mutate(event.id)}>
            ×
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
