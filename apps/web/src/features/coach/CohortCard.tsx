import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Cohort } from '@secondround/core';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "3 people (50%)", or only the count when the cohort is too small for a share. */
function count(people: number, share: number | null): string {
  return `${people} ${people === 1 ? 'person' : 'people'}${share === null ? '' : ` (${pct(share)})`}`;
}

/** Across the people who share with this coach: where they stall and which reasons come up most. */
export function CohortCard({ cohort }: { cohort: Cohort }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4">Across your people</Title>
      <Alert color={cohort.tooFewToTell ? 'blue' : 'gray'} mt="xs" role="status" title={cohort.tooFewToTell ? 'Too few to tell' : undefined}>
        {cohort.summary}
      </Alert>
      {cohort.people > 0 && (
        <Stack gap="sm" mt="sm">
          <div>
            <Title order={3} size="h5">Where they stall</Title>
            <List size="sm" aria-label="Where they stall">
              {cohort.stalls.map((s) => (
                <List.Item key={s.transition}>
                  <b>{s.label}</b>: {count(s.people, s.share)} — {s.names.join(', ')}
                </List.Item>
              ))}
              {cohort.tooEarly.people > 0 && (
                <List.Item>
                  <b>Too early to tell</b>: {count(cohort.tooEarly.people, null)} — {cohort.tooEarly.names.join(', ')}
                </List.Item>
              )}
            </List>
          </div>
          <div>
            <Title order={3} size="h5">Reasons that come up most</Title>
            {cohort.reasons.length === 0 ? (
              <Text size="sm" c="dimmed">No one’s records show evidence for any reason yet.</Text>
            ) : (
              <List size="sm" aria-label="Reasons that come up most">
                {cohort.reasons.map((r) => (
                  <List.Item key={r.id}>
                    <Group gap={6} wrap="wrap">
                      <b>{r.title}</b>
                      <Badge variant="light" color="orange">{count(r.people, r.share)}</Badge>
                      <Text span size="sm" c="dimmed">
                        {r.share === null ? `of ${r.withData} whose records could show it: too few to tell a share` : `of ${r.withData} whose records could show it`}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </Stack>
      )}
    </Card>
  );
}
