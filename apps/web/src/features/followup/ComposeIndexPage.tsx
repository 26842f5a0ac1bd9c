import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useToday } from './queries';

/** `/compose` (the diagnosis links here): the notes still to write, each opening its composer. */
export function ComposeIndexPage() {
  const { data, isLoading, error } = useToday();
  if (isLoading) return <Loader aria-label="Loading" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load'}</Alert>;
  const due = [...data.dueToday, ...data.thisWeek].filter((i) => i.kind === 'thank_you');
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">Thank-you notes</Title>
      <Text>One proofread note to each interviewer within 24 hours of the interview. Open an interviewer from an application's Rounds tab, or from the notes due below.</Text>
      {due.length === 0 ? <Text c="dimmed">No note is due right now.</Text> : (
        <Stack gap={4} component="ul" p={0} style={{ listStyle: 'none' }}>
          {due.map((i) => <li key={i.interviewerId}><Anchor component={Link} to={i.href}>{i.title}</Anchor> <Text span c="dimmed" size="sm">{i.detail}</Text></li>)}
        </Stack>
      )}
    </Stack>
  );
}
