import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CohortCard } from './CohortCard';
import { useCohort, useSharedPeople } from './queries';

/** A coach's page: the people who share a read-only view with them, and the cohort view. */
export function SharedWithYouPage() {
  const people = useSharedPeople();
  const cohort = useCohort();
  return (
    <Stack maw={980}>
      <Title order={1}>People who shared with you</Title>
      <Text size="sm" c="dimmed">Each person chose to share a read-only view of their board, Diagnosis and prep sheets with your account, and can stop at any time.</Text>
      {people.isLoading && <Loader aria-label="Loading the people who shared with you" />}
      {people.isError && <Alert color="blue" role="status">{(people.error as Error).message}</Alert>}
      {people.data && people.data.people.length === 0 && <Text>Nobody shares with you yet. A person shares from their Coach access page, with the e-mail of your account.</Text>}
      {people.data && people.data.people.length > 0 && (
        <Table withTableBorder aria-label="People who shared with you">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Shared since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.data.people.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Td>
                  <Anchor component={Link} to={`/coach/${p.personId}`}>{p.email ?? p.personId}</Anchor>
                </Table.Td>
                <Table.Td>{new Date(p.sharedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {cohort.data && <CohortCard cohort={cohort.data} />}
    </Stack>
  );
}
