import { Alert, Anchor, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationDetail } from '@secondround/core';
import { ApiError } from '../../api/client';
import { useAnalysis } from './queries';
import './prep.css';

const CULTURE_LABELS: Record<string, string> = {
  collaboration: 'Team and collaboration',
  independence: 'Independence',
  fast_pace: 'Fast pace',
  steady_pace: 'Steady pace',
  structured: 'Structure and process',
  unstructured: 'Little structure',
  open_office: 'Open office',
  in_person_social: 'In-person social life',
  flexible_hours: 'Flexible hours',
  shift_work: 'Shift work',
};
const WORKPLACE_LABELS: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' };

/** The listing's analysis: requirements with the stories that cover them, the manager-role call, signals. */
export function AnalysisPanel({ app, onEditListing }: { app: ApplicationDetail; onEditListing?: () => void }) {
  const hasListing = !!app.listingText?.trim();
  const { data, isLoading, error } = useAnalysis(app.id, hasListing);
  if (!hasListing) {
    return (
      <Alert color="blue" title="No listing yet" role="status">
        Paste the job listing in the <Anchor component="button" type="button" onClick={onEditListing}>Listing tab</Anchor> to see its requirements, the manager-role call and which of your stories cover it.
      </Alert>
    );
  }
  if (isLoading) return <Loader aria-label="Reading the listing" />;
  if (error || !data) {
    const code = error instanceof ApiError ? error.code : '';
    return <Alert color={code === 'LISTING_NOT_ENGLISH' ? 'yellow' : 'red'} title="No analysis for this listing" role="alert">{error?.message ?? 'Could not analyse the listing'}</Alert>;
  }
  const { analysis, match, stories } = data;
  const titleOf = new Map(stories.map((s) => [s.id, s]));
  const covered = match.coverage.length - match.uncovered.length;
  return (
    <Stack gap="md" className="analysis">
      <Group gap="xs" wrap="wrap">
        <Badge size="lg" color={analysis.isManagerRole ? 'grape' : 'blue'}>{analysis.isManagerRole ? 'Manager role' : 'Not a manager role'}</Badge>
        {analysis.workplace && <Badge size="lg" variant="light">{WORKPLACE_LABELS[analysis.workplace]}</Badge>}
        {analysis.yearsOfExperience !== null && <Badge size="lg" variant="light">{analysis.yearsOfExperience}+ years asked</Badge>}
      </Group>
      <Text fw={600} c={match.uncovered.length === 0 ? 'teal.8' : 'orange.9'} data-testid="coverage">{covered} of {match.coverage.length} requirements covered by a story</Text>
      {analysis.managerSignals.length > 0 && (
        <Text size="sm"><b>Why {analysis.isManagerRole ? 'a manager role' : 'not a manager role'}:</b> {analysis.managerSignals.join('; ')}</Text>
      )}
      {match.leadershipWarning && (
        <Alert color="orange" title="Leadership stories for a role without reports" role="alert">
          Most of the stories you would tell for this listing (or of your whole bank, when none matches a requirement) are about leading people, but this role does not manage people. Tell stories about your own work here.
        </Alert>
      )}
      {analysis.warnings.map((w) => <Alert key={w} color="yellow" role="status">{w}</Alert>)}

      <section aria-labelledby="req-title">
        <Title order={3} size="h4" id="req-title" mb="xs">Requirements and your stories</Title>
        {match.coverage.length === 0 && <Text size="sm" c="dimmed">No requirements were found in this listing.</Text>}
        <ul className="requirements">
          {match.coverage.map((c, i) => {
            const req = analysis.requirements[i];
            const isUncovered = c.storyIds.length === 0;
            return (
              <li key={i} className={isUncovered ? 'requirement uncovered' : 'requirement'} data-covered={!isUncovered}>
                <Group gap={6} wrap="wrap" align="baseline">
                  <Badge size="xs" variant={c.kind === 'required' ? 'filled' : 'light'} color={c.kind === 'required' ? 'dark' : 'gray'}>{c.kind}</Badge>
                  <Text size="sm" fw={500} className="requirement-text">{c.requirement}</Text>
                </Group>
                {req && req.skills.length > 0 && (
                  <Group gap={4} mt={4}>
                    {req.skills.map((s) => <Badge key={s} size="xs" variant="dot">{s}</Badge>)}
                  </Group>
                )}
                <Text size="xs" mt={4} c={isUncovered ? 'orange.9' : undefined}>
                  {isUncovered ? (
                    <>No story covers this yet. <Anchor component={Link} to="/stories" size="xs">Add one to your story bank</Anchor></>
                  ) : (
                    <>Covered by: {c.storyIds.map((id, k) => (
                      <span key={id}>{k > 0 ? ', ' : ''}<Anchor component={Link} to={`/stories#story-${id}`} size="xs">{titleOf.get(id)?.title ?? id}</Anchor>{(titleOf.get(id)?.leadershipWeight ?? 0) >= 0.5 ? ' (leadership)' : ''}</span>
                    ))}</>
                  )}
                </Text>
              </li>
            );
          })}
        </ul>
      </section>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Title order={3} size="h5" mb={6}>Culture signals</Title>
          {analysis.cultureEvidence.length === 0 ? <Text size="sm" c="dimmed">None stated.</Text> : (
            <List size="sm">
              {analysis.cultureEvidence.map((c) => <List.Item key={c.signal}><b>{CULTURE_LABELS[c.signal] ?? c.signal}</b>: “{c.text}”</List.Item>)}
            </List>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb={6}>Requested materials</Title>
          {analysis.requestedMaterials.items.length === 0 && analysis.requestedMaterials.formats.length === 0 ? <Text size="sm" c="dimmed">None named.</Text> : (
            <List size="sm">
              {analysis.requestedMaterials.items.map((m) => <List.Item key={m}>{m}</List.Item>)}
              {analysis.requestedMaterials.formats.length > 0 && <List.Item>Formats: {analysis.requestedMaterials.formats.join(', ')}</List.Item>}
            </List>
          )}
        </Card>
      </SimpleGrid>
      {analysis.skills.length > 0 && (
        <Text size="sm"><b>Skills named:</b> {analysis.skills.join(', ')}</Text>
      )}
    </Stack>
  );
}
