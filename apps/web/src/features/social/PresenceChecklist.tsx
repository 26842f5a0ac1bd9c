import { Alert, Badge, Card, Checkbox, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { platformName } from './UploadPanel';
import { usePresence, usePutPresence } from './queries';

/** The professional-presence checklist of each platform, ticked by the person. */
export function PresenceChecklist() {
  const { data, isLoading, error } = usePresence();
  const put = usePutPresence();
  if (isLoading) return <Loader aria-label="Loading the checklist" />;
  if (error || !data) return <Text c="red" role="alert">{error?.message ?? 'Could not load the checklist'}</Text>;
  return (
    <Stack gap="sm">
      <Alert color="blue" title="Deleting your accounts is the wrong fix">
        47% of hiring managers are less likely to interview someone they cannot find online (CareerBuilder, 2018). Clean up or hide the posts, keep the accounts, and make the one a recruiter finds first look professional.
      </Alert>
      <Text size="sm">{data.done ? 'Checklist done for every platform you use.' : 'Tick what is true today; the platforms you scanned or started count toward “done”.'}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {data.platforms.map((p) => (
          <Card key={p.platform} withBorder data-platform={p.platform}>
            <Group justify="space-between" wrap="nowrap" mb="xs">
              <Title order={3} size="h5">{platformName(p.platform)}</Title>
              <Badge variant="light" color={p.done ? 'teal' : p.checked.length > 0 || p.audited ? 'orange' : 'gray'}>
                {p.checked.length}/{p.checks.length}
              </Badge>
            </Group>
            <Stack gap={6}>
              {p.checks.map((c) => (
                <Checkbox
                  key={c.id}
                  label={c.label}
                  description={c.why}
                  checked={p.checked.includes(c.id)}
                  disabled={put.isPending}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    put.mutate({ platform: p.platform, checked: on ? [...p.checked, c.id] : p.checked.filter((x) => x !== c.id) });
                  }}
                />
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
