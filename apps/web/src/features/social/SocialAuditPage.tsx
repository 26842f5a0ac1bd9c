import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FINDING_CATEGORY_LABELS, type FindingCategory } from '@secondround/core';
import { FindingsList } from './FindingsList';
import { PresenceChecklist } from './PresenceChecklist';
import { UploadPanel, platformName } from './UploadPanel';
import { useSocialAudits, useSocialSummary } from './queries';
import './social.css';

function Summary() {
  const { data, isLoading } = useSocialSummary();
  if (isLoading || !data) return <Loader aria-label="Loading the summary" />;
  const cats = Object.entries(data.openByCategory);
  return (
    <Card withBorder aria-labelledby="social-summary-title" data-testid="social-summary">
      <Title order={3} size="h4" id="social-summary-title">Summary</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
        <div>
          <Text size="xs" c="dimmed">Exports scanned</Text>
          <Text fw={600}>{data.scanned ? data.platforms.map(platformName).join(', ') : 'none yet'}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">Open findings</Text>
          <Text fw={600} data-testid="open-count">{data.open}{data.dealtWith > 0 ? ` (${data.dealtWith} dealt with)` : ''}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">Presence checklist</Text>
          <Text fw={600}>{data.presenceDone ? 'done' : 'not done yet'}</Text>
        </div>
      </SimpleGrid>
      {cats.length > 0 && (
        <Group gap={6} mt="sm">
          {cats.map(([c, n]) => (
            <Badge key={c} variant="light" color="orange">{FINDING_CATEGORY_LABELS[c as FindingCategory] ?? c}: {n}</Badge>
          ))}
        </Group>
      )}
      <Text size="xs" c="dimmed" mt="sm">The Diagnosis page reads this summary.</Text>
    </Card>
  );
}

function History() {
  const audits = useSocialAudits();
  const data = audits.data?.pages.flatMap((p) => p.audits);
  if (!data || data.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">Exports you uploaded</Title>
      <Table.ScrollContainer minWidth={420}>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr><Table.Th>When</Table.Th><Table.Th>File</Table.Th><Table.Th>Platform</Table.Th><Table.Th>Result</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{new Date(a.startedAt).toLocaleString()}</Table.Td>
                <Table.Td style={{ overflowWrap: 'break-word' }}>{a.fileName}</Table.Td>
                <Table.Td>{platformName(a.platform)}</Table.Td>
                <Table.Td>{a.status === 'done' ? `${a.itemsScanned} items, ${a.findingsCount} findings` : <Text span c="red" size="sm">{a.errorCode}: {a.errorMessage}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {audits.hasNextPage && (
        <Button variant="subtle" size="xs" mt="xs" loading={audits.isFetchingNextPage} onClick={() => void audits.fetchNextPage()} aria-label="Show more exports you uploaded">
          Show more
        </Button>
      )}
    </Card>
  );
}

/** "Before the next round": what an employer could find in the person's own posts, and their presence. */
export function SocialAuditPage() {
  return (
    <Stack maw={980} gap="lg">
      <Title order={1} size="h2">Social audit</Title>
      <Alert color="teal" title="Nothing leaves this machine" id="social-privacy">
        Your export is uploaded only to this secondround app, read here, and the findings are kept in your own database. No outside service sees it: this page makes no requests to anyone else and has no analytics.
      </Alert>
      <Text size="sm">
        57% of hiring managers who look candidates up online found something that made them not hire (CareerBuilder, 2018). Scan your own exports first: profanity, sexual content, alcohol and drugs, threats, discrimination, bad-mouthing an employer, confidential information, illegal activity.
      </Text>
      <Summary />
      <UploadPanel />
      <Title order={3} size="h4">Findings by category</Title>
      <FindingsList />
      <Title order={3} size="h4">Presence checklist</Title>
      <PresenceChecklist />
      <History />
    </Stack>
  );
}
