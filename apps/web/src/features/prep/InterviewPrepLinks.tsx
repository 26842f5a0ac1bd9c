import { Alert, Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationDetail } from '@secondround/core';
import { roundLabel } from './interview-choice';
import { usePrepStatus } from './queries';

/** On an interview card: the prep sheet with its readiness, and the debrief (marked due once the interview is over). */
export function InterviewPrepLinks({ applicationId, interviewId }: { applicationId: string; interviewId: string }) {
  const { data } = usePrepStatus(applicationId);
  const s = data?.find((x) => x.interviewId === interviewId);
  return (
    <Group gap="xs" mt="sm" className="no-print">
      <Button size="xs" variant="light" component={Link} to={`/applications/${applicationId}/prep/${interviewId}`}>
        Prep sheet{s?.readiness != null ? ` (${s.readiness}%)` : ''}
      </Button>
      <Button size="xs" variant={s?.debriefDue ? 'filled' : 'light'} color={s?.debriefDue ? 'orange' : undefined} component={Link} to={`/applications/${applicationId}/debrief/${interviewId}`}>
        {s?.hasDebrief ? 'Debrief' : s?.debriefDue ? 'Debrief due: fill it' : 'Debrief'}
      </Button>
      {s?.hasDebrief && <Badge color="teal" variant="light">debriefed</Badge>}
    </Group>
  );
}

/** At the top of the application page: the interviews that are over and have no debrief yet. */
export function DebriefPrompt({ app }: { app: ApplicationDetail }) {
  const { data } = usePrepStatus(app.id);
  const due = (data ?? []).filter((s) => s.debriefDue);
  if (due.length === 0) return null;
  return (
    <Alert color="orange" title="How did it go?" role="status">
      <Stack gap={4}>
        {due.map((s) => {
          const iv = app.interviews.find((i) => i.id === s.interviewId);
          return (
            <span key={s.interviewId}>
              Your {iv ? roundLabel(iv.round).toLowerCase() : 'interview'} is over:{' '}
              <Anchor component={Link} to={`/applications/${app.id}/debrief/${s.interviewId}`}>fill the debrief</Anchor> (two minutes: names, research, why this job, what they said about next steps).
            </span>
          );
        })}
      </Stack>
    </Alert>
  );
}
