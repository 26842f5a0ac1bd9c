import { Anchor, Badge, Button, Card, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { platformName } from './UploadPanel';
import { useMarkFinding, useSocialFindings, type SocialFindingItem } from './queries';

const SEVERITY_COLOR = { low: 'yellow', medium: 'orange', high: 'red' } as const;

function FindingRow({ f }: { f: SocialFindingItem }) {
  const mark = useMarkFinding();
  const day = f.date ? f.date.slice(0, 10) : 'no date';
  return (
    <li className={`social-finding${f.dealtWith ? ' dealt' : ''}`} data-finding={f.id}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text size="xs" c="dimmed">{day}</Text>
            <Badge size="xs" variant="light" color="gray">{platformName(f.platform)} {f.kind}</Badge>
            <Badge size="xs" variant="light" color={SEVERITY_COLOR[f.severity]}>{f.severity}</Badge>
            <Text size="xs" c="dimmed">{f.terms.join(', ')}</Text>
          </Group>
          <Text size="sm" className="social-excerpt">{f.excerpt}</Text>
          {f.url && (
            <Anchor href={f.url} target="_blank" rel="noopener noreferrer" size="xs">
              Open on {platformName(f.platform)} to edit or delete it
            </Anchor>
          )}
        </Stack>
        <Switch
          label="Dealt with"
          checked={f.dealtWith}
          onChange={(e) => mark.mutate({ id: f.id, dealtWith: e.currentTarget.checked })}
          aria-label={`Dealt with: ${f.excerpt.slice(0, 60)}`}
        />
      </Group>
    </li>
  );
}

/**
 * Findings by category, then by year, each with its excerpt, date, link and a "dealt with" switch;
 * a page at a time, with "Show more" while there are more.
 */
export function FindingsList() {
  const { data, isLoading, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useSocialFindings();
  if (isLoading) return <Loader aria-label="Loading findings" />;
  if (error || !data) return <Text c="red" role="alert">{error?.message ?? 'Could not load the findings'}</Text>;
  if (data.total === 0) return <Text size="sm" c="dimmed">No findings yet. Scan an export to see what a recruiter could find.</Text>;
  return (
    <Stack gap="md">
      {data.groups.map((g) => (
        <Card key={g.category} withBorder data-category={g.category}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={3} size="h5">{g.label}</Title>
            <Badge color={g.open > 0 ? 'orange' : 'teal'} variant="light">{g.open > 0 ? `${g.open} open` : 'all dealt with'} · {g.total}</Badge>
          </Group>
          {g.years.map((y) => (
            <section key={String(y.year)} aria-label={`${g.label}, ${y.year ?? 'no date'}`}>
              <Text fw={600} size="sm" mt="sm">{y.year ?? 'No date'}</Text>
              <ul className="social-findings">
                {y.findings.map((f) => <FindingRow key={f.id} f={f} />)}
              </ul>
            </section>
          ))}
        </Card>
      ))}
      {hasNextPage && (
        <Group gap="sm">
          <Text size="sm" c="dimmed">Showing {data.shown.toLocaleString('en-US')} of {data.total.toLocaleString('en-US')} findings.</Text>
          <Button variant="subtle" size="xs" loading={isFetchingNextPage} onClick={() => void fetchNextPage()} aria-label="Show more findings">
            Show more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
