import { Alert, Anchor, Badge, Card, Group, List, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDiagnosis } from '../api/queries';
import { DiagnosisSettings } from '../components/DiagnosisSettings';
import { FunnelChart } from '../components/FunnelChart';

const STATUS_LABEL = { evidence: 'evidence in your records', no_data: 'not recorded yet', clear: 'nothing points here' } as const;

/** The words of each card's link: where it takes the person. */
const FIX_LINK_WORDS: Record<string, string> = {
  'thank-you': 'Write your thank-you notes',
  'too-persistent': 'See your follow-ups on Today',
  'first-interview': 'Open the prep sheet',
  'wrong-story': 'Open your stories',
  'social-media': 'Open the social audit',
  'needs-changed': 'Back to the board',
  'culture-fit': 'Open your work-style profile',
  references: 'Open your references',
  instructions: 'Open the materials checklist',
};

/** "Why do I keep stalling?": the funnel against typical rates, the stall point, the reasons. */
export function DiagnosisPage() {
  const { data, isLoading, error } = useDiagnosis();
  if (isLoading) return <Loader aria-label="Reading your records" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not read your records'}</Alert>;
  const round1 = data.funnel.find((s) => s.id === 'round1');
  return (
    <Stack maw={980} gap="lg">
      <Title order={1} size="h2">Why you stall</Title>
      <Text size="sm" c="dimmed">
        From {data.counts.applied} applications sent and {data.counts.decidedFirstRounds} first interviews with an answer
        {round1 ? ` (${round1.notAdvanced} led nowhere, ${round1.advanced} led to a next round)` : ''}. The cards below compare those first rounds; a card
        counts only the ones where what it looks at was recorded, and says so. {data.baseRatesNote}
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
            {r.status === 'evidence' && (
              <>
                <Progress value={r.score * 100} mt={6} size="sm" aria-label={`how strongly this points at you: ${Math.round(r.score * 100)} of 100`} />
                <Text size="xs" c="dimmed" mt={2}>What this means: the longer the bar, the more often this showed where first rounds stalled compared with where they moved on.</Text>
              </>
            )}
            <List size="sm" mt="xs">
              {r.evidence.map((e, i) => <List.Item key={i}>{e}</List.Item>)}
            </List>
            <Text size="sm" mt="xs">
              <b>Fix:</b> {r.fix.text}{' '}
              <Anchor component={Link} to={r.fix.href} data-fix-link={r.id}>{FIX_LINK_WORDS[r.id] ?? 'Act on this'}</Anchor>
            </Text>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
