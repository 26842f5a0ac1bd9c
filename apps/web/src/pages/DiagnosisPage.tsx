import { Alert, Anchor, Badge, Card, Group, List, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDiagnosis } from '../api/queries';
import { DiagnosisSettings } from '../components/DiagnosisSettings';
import { FunnelChart } from '../components/FunnelChart';

const STATUS_LABEL = { evidence: 'evidence in your records', no_data: 'not recorded yet', clear: 'nothing points here' } as const;

/** "Why do I keep stalling?": the funnel against typical rates, the stall point, the reasons. */
export function DiagnosisPage() {
  const { data, isLoading, error } = useDiagnosis();
  if (isLoading) return <Loader aria-label="Reading your records" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not read your records'}</Alert>;
  return (
    <Stack maw={980} gap="lg">
      <Title order={1} size="h2">Why you stall</Title>
      <Text size="sm" c="dimmed">
        From {data.counts.applied} applications sent and {data.counts.decidedFirstRounds} first interviews with an outcome. {data.baseRatesNote}
      </Text>
      {data.tooEarly ? (
        <Alert color="blue" title="Too early to tell" role="status">{data.tooEarlyMessage}</Alert>
      ) : data.stallPoint ? (
        <Alert color="orange" title={`You stall at: ${data.stallPoint.label}`} role="status">{data.stallPoint.sentence}</Alert>
      ) : null}
      <FunnelChart steps={data.funnel} stall={data.stallPoint?.transition ?? null} />
      {data.notYou.count > 0 && (
        <Card withBorder>
          <Title order={3} size="h4">Not you: {data.notYou.count} closed by the employer</Title>
          <Text size="sm" mb="xs">{data.notYou.message}</Text>
          <List size="sm">
            {data.notYou.applications.map((a) => (
              <List.Item key={a.applicationId}>
                <Anchor component={Link} to={`/applications/${a.applicationId}`}>{a.company} — {a.role}</Anchor>{a.reason ? `: ${a.reason}` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      <DiagnosisSettings />
      <Title order={3} size="h4">What your records say, strongest first</Title>
      <Stack>
        {data.reasons.map((r) => (
          <Card key={r.id} withBorder data-reason={r.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={4} size="h5">{r.title}</Title>
              <Badge variant="light" color={r.status === 'evidence' ? 'orange' : r.status === 'clear' ? 'teal' : 'gray'}>{STATUS_LABEL[r.status]}</Badge>
            </Group>
            {r.status === 'evidence' && <Progress value={r.score * 100} mt={6} size="sm" aria-label={`strength ${Math.round(r.score * 100)} of 100`} />}
            <List size="sm" mt="xs">
              {r.evidence.map((e, i) => <List.Item key={i}>{e}</List.Item>)}
            </List>
            <Text size="sm" mt="xs">
              <b>Fix:</b> {r.fix.text} {r.fix.href.startsWith('/applications/') || r.fix.href === '/' || r.fix.href === '/stories' || r.fix.href === '/social' ? <Anchor component={Link} to={r.fix.href}>Go there</Anchor> : null}
            </Text>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
