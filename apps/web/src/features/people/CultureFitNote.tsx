import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useFit } from './queries';

/**
 * The listing's way of working against the person's work-style profile, for the top of an
 * application and of its prep sheet. Says nothing until there is a listing; asks for the profile
 * when there is none.
 */
export function CultureFitNote({ applicationId }: { applicationId: string }) {
  const { data } = useFit(applicationId);
  if (!data || !data.hasListing) return null;
  if (!data.hasProfile) {
    return (
      <Text size="sm" c="dimmed" data-testid="fit-note">
        Check how this job’s way of working fits you: <Anchor component={Link} to="/profile">fill your work-style profile</Anchor>.
      </Text>
    );
  }
  if (data.mismatches.length === 0) {
    return (
      <Text size="sm" data-testid="fit-note">
        Way of working: nothing in the listing clashes with your work-style profile{data.matches.length ? ` (${data.matches.length} good ${data.matches.length === 1 ? 'sign' : 'signs'})` : ''}.
      </Text>
    );
  }
  return (
    <Alert color="orange" title="The way of working may not fit you" data-testid="fit-note">
      <List size="sm" spacing={2}>
        {data.mismatches.map((m) => <List.Item key={`${m.about}-${m.evidence}`}>{m.message}</List.Item>)}
      </List>
      <Text size="sm" mt={6}>
        Ask about it in the interview, or weigh it before you apply. <Anchor component={Link} to="/profile">Your work-style profile</Anchor>
      </Text>
    </Alert>
  );
}
