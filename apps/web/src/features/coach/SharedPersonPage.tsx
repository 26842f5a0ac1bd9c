import { Alert, Anchor, Badge, Card, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { stageLabel } from '@secondround/core';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { FunnelChart } from '../../components/FunnelChart';
import { usePersonBoard, usePersonDiagnosis, useSharedPeople } from './queries';

const STATUS_LABEL = { evidence: 'evidence in their records', no_data: 'not recorded yet', clear: 'nothing points here' } as const;

/** What a 404 means to a coach: the person stopped sharing, or never did. */
export function notShared(error: unknown): string {
  return error instanceof ApiError && error.status === 404 ? 'This person does not share their records with you (any more).' : ((error as Error | null)?.message ?? 'Could not read the records');
}

/** One person's board and Diagnosis, read-only, as a coach they share with sees them. */
export function SharedPersonPage() {
  const { personId = '' } = useParams();
  const people = useSharedPeople();
  const board = usePersonBoard(personId);
  const diagnosis = usePersonDiagnosis(personId);
  const who = people.data?.people.find((p) => p.personId === personId)?.email ?? 'A person';
  if (board.isLoading) return <Loader aria-label="Reading the shared records" />;
  if (board.isError) {
    return (
      <Stack maw={760}>
        <Title order={1}>Shared records</Title>
        <Alert color="blue" role="status">{notShared(board.error)}</Alert>
        <Anchor component={Link} to="/coach">Back to the people who shared with you</Anchor>
      </Stack>
    );
  }
  const apps = [...(board.data?.applications ?? [])].sort((a, b) => Number(a.outcome !== null) - Number(b.outcome !== null));
  return (
    <Stack maw={980} gap="lg">
      <Title order={1}>{who}: shared records</Title>
      <Text size="sm" c="dimmed">Read-only: what this person shares with you. <Anchor component={Link} to="/coach">Back to everyone</Anchor></Text>
      <section aria-labelledby="board-heading">
        <Title order={2} size="h3" id="board-heading">Board</Title>
        {board.data?.nextCursor && <Text size="sm" c="dimmed">Showing the newest {apps.length} applications.</Text>}
        {apps.length === 0 ? (
          <Text size="sm">No applications yet.</Text>
        ) : (
          <Table withTableBorder striped aria-labelledby="board-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Company</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th>Prep sheets</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {apps.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.company}</Table.Td>
                  <Table.Td>{a.role}</Table.Td>
                  <Table.Td>{a.stage ? stageLabel(a.stage) : '—'}</Table.Td>
                  <Table.Td>{a.stageSince ?? '—'}</Table.Td>
                  <Table.Td>
                    {a.interviewCount > 0 ? (
                      <Anchor component={Link} to={`/coach/${personId}/applications/${a.id}/prep`} aria-label={`Prep sheets for ${a.company}, ${a.role}`}>
                        {a.interviewCount} interview{a.interviewCount === 1 ? '' : 's'}
                      </Anchor>
                    ) : (
                      'no interview'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="diagnosis-heading">
        <Title order={2} size="h3" id="diagnosis-heading">Diagnosis</Title>
        {diagnosis.isLoading && <Loader aria-label="Reading the Diagnosis" />}
        {diagnosis.isError && <Alert color="blue" role="status">{notShared(diagnosis.error)}</Alert>}
        {diagnosis.data && (
          <Stack>
            {diagnosis.data.tooEarly ? (
              <Alert color="blue" title="Too early to tell" role="status">{diagnosis.data.tooEarlyMessage}</Alert>
            ) : diagnosis.data.stallPoint ? (
              <Alert color="orange" title={`Stalls at: ${diagnosis.data.stallPoint.label}`} role="status">{diagnosis.data.stallPoint.sentence}</Alert>
            ) : null}
            <FunnelChart steps={diagnosis.data.funnel} stall={diagnosis.data.stallPoint?.transition ?? null} />
            {diagnosis.data.reasons.map((r) => (
              <Card key={r.id} withBorder data-reason={r.id}>
                <Title order={3} size="h5">{r.title} <Badge variant="light" color={r.status === 'evidence' ? 'orange' : r.status === 'clear' ? 'teal' : 'gray'}>{STATUS_LABEL[r.status]}</Badge></Title>
                <List size="sm" mt="xs">
                  {r.evidence.map((e, i) => <List.Item key={i}>{e}</List.Item>)}
                </List>
                <Text size="sm" mt="xs"><b>Fix:</b> {r.fix.text}</Text>
              </Card>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
