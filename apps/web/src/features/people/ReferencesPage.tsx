import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { REFERENCE_RELATIONSHIP_LABELS } from '@secondround/core';
import { ReferenceForm } from './ReferenceForm';
import { useDeleteReference, useReferencePages, useReferences } from './queries';

type Overview = NonNullable<ReturnType<typeof useReferences>['data']>[number];

/**
 * The people the person gives as references: how well each knows the work, and where each was
 * given; a page at a time, with "Show more" while there are more.
 */
export function ReferencesPage() {
  const pages = useReferencePages();
  const refs = pages.data?.pages.flatMap((p) => p.references);
  const { isLoading, error } = pages;
  const [adding, add] = useDisclosure(false);
  if (isLoading) return <Loader aria-label="Loading your references" />;
  if (error || !refs) return <Alert color="red" role="alert">{error?.message ?? 'Could not load your references'}</Alert>;
  return (
    <Stack maw={960} gap="md">
      <Title order={1} size="h2">References</Title>
      <Text size="sm" c="dimmed">
        Pick references who know your work, and brief each one on every job before the employer calls: each application’s References tab records who you gave, drafts the brief and notes the reference check. The Diagnosis compares what followed each reference’s checks.
      </Text>
      {adding ? <Card withBorder><ReferenceForm onDone={add.close} /></Card> : <Group><Button onClick={add.open}>Add a reference</Button></Group>}
      {refs.length === 0 && !adding && <Text c="dimmed">No references yet.</Text>}
      {refs.map((r) => <ReferenceCard key={r.id} reference={r} />)}
      {pages.hasNextPage && (
        <Group>
          <Button variant="subtle" size="xs" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()} aria-label="Show more references">
            Show more
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ReferenceCard({ reference: r }: { reference: Overview }) {
  const [editing, edit] = useDisclosure(false);
  const remove = useDeleteReference();
  if (editing) return <Card withBorder><ReferenceForm reference={r} onDone={edit.close} /></Card>;
  return (
    <Card withBorder component="article" aria-label={r.name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={2} size="h5">{r.name}</Title>
          <Text size="sm" c="dimmed">{REFERENCE_RELATIONSHIP_LABELS[r.relationship]}{r.context ? ` · ${r.context}` : ''}</Text>
        </div>
        <Group gap={6}>
          <Badge variant="light" color={r.knowsWork <= 2 ? 'orange' : 'teal'}>Knows your work: {r.knowsWork} of 5</Badge>
          <Badge variant="outline" color="gray">Given {r.timesGiven} {r.timesGiven === 1 ? 'time' : 'times'}{r.checks ? `, checked ${r.checks}` : ''}</Badge>
        </Group>
      </Group>
      <Text size="sm" mt={6}>
        {[r.email, r.phone].filter(Boolean).join(' · ') || 'No contact details yet.'}
        {r.lastContactOn ? ` Last in touch ${r.lastContactOn}.` : ''}
        {` ${r.witnessedStoryIds.length} ${r.witnessedStoryIds.length === 1 ? 'story' : 'stories'} witnessed.`}
      </Text>
      {r.warnings.length > 0 && (
        <List size="sm" mt={6} c="orange.9">
          {r.warnings.map((w) => <List.Item key={w.code}>{w.message}</List.Item>)}
        </List>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={edit.open}>Edit</Button>
        <Button size="xs" variant="default" color="red" loading={remove.isPending} onClick={() => remove.mutate(r.id)}>Delete</Button>
      </Group>
    </Card>
  );
}
