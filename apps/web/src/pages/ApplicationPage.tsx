import { Alert, Anchor, Badge, Box, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { stageLabel } from '@secondround/core';
import { useApplication, useDeleteApplication } from '../api/queries';
import { ContactsPanel } from '../components/ContactsPanel';
import { DetailsForm } from '../components/DetailsForm';
import { HistoryPanel } from '../components/HistoryPanel';
import { MailDrop } from '../features/mail/MailDrop';
import { InterviewsPanel } from '../components/InterviewsPanel';
import { ListingPanel } from '../components/ListingPanel';
import { NotFoundPage } from './NotFoundPage';
import { focusWhenReady } from '../focus';
import { AnalysisPanel } from '../features/prep/AnalysisPanel';
import { DebriefPrompt } from '../features/prep/InterviewPrepLinks';
import { FollowUpPanel } from '../features/followup/FollowUpPanel';
import { ApplicationReferencesPanel } from '../features/people/ApplicationReferencesPanel';
import { CultureFitNote } from '../features/people/CultureFitNote';

export function ApplicationPage() {
  const { id = '' } = useParams();
  const { data: app, isLoading, error, dataUpdatedAt } = useApplication(id);
  const remove = useDeleteApplication();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') ?? 'rounds';
  const setTab = (v: string | null) => setSearch(v && v !== 'rounds' ? { tab: v } : {}, { replace: true });
  useFocusNext(app);
  if (isLoading) return <Loader aria-label="Loading the application" />;
  if (error && 'status' in error && (error as { status: number }).status === 404) return <NotFoundPage />;
  if (error || !app) return <Alert color="red" role="alert">{error?.message ?? 'Could not load this application'}</Alert>;
  const status = app.outcome ? stageLabel(app.outcome) : app.stage ? stageLabel(app.stage) : 'No stage';
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/" size="sm">← Board</Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h2">{app.company}</Title>
          <Text size="lg">{app.role}</Text>
        </div>
        <Group gap="xs">
          <Badge size="lg" color={app.outcome ? 'gray' : 'teal'} aria-label={`Current stage: ${status}`}>{status}</Badge>
          {app.furthestStage && app.outcome && <Badge size="lg" variant="light">reached {stageLabel(app.furthestStage)}</Badge>}
        </Group>
      </Group>
      <DebriefPrompt app={app} />
      <CultureFitNote applicationId={app.id} />
      <Anchor component={Link} to={`/applications/${app.id}/materials`} size="sm">Materials: what they ask for, files sent, resume match →</Anchor>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rounds">Rounds ({app.interviews.length})</Tabs.Tab>
          <Tabs.Tab value="followup">Follow-up</Tabs.Tab>
          <Tabs.Tab value="history">History ({app.eventsTotal})</Tabs.Tab>
          <Tabs.Tab value="listing">Listing</Tabs.Tab>
          <Tabs.Tab value="analysis">Listing analysis</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="contacts">Contacts ({app.contacts.length})</Tabs.Tab>
          <Tabs.Tab value="references">References</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rounds" pt="md"><InterviewsPanel app={app} /></Tabs.Panel>
        <Tabs.Panel value="followup" pt="md"><FollowUpPanel applicationId={app.id} /></Tabs.Panel>
        <Tabs.Panel value="history" pt="md"><HistoryPanel app={app} loadedAt={dataUpdatedAt} /><Box mt="md"><MailDrop applicationId={app.id} /></Box></Tabs.Panel>
        <Tabs.Panel value="listing" pt="md"><ListingPanel app={app} /></Tabs.Panel>
        <Tabs.Panel value="analysis" pt="md"><AnalysisPanel app={app} onEditListing={() => setTab('listing')} /></Tabs.Panel>
        <Tabs.Panel value="details" pt="md"><DetailsForm app={app} /></Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md"><ContactsPanel app={app} /></Tabs.Panel>
        <Tabs.Panel value="references" pt="md"><ApplicationReferencesPanel applicationId={app.id} /></Tabs.Panel>
      </Tabs>
      <Group>
        <Button
          color="red"
          variant="subtle"
          loading={remove.isPending}
          onClick={() => {
            // Not asked: the board offers "Undo" for a few seconds.
            remove.mutate(app.id, { onSuccess: () => navigate('/') });
          }}
        >
          Delete application
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Just added from quick add: focus the next natural step instead of leaving it on the page body:
 * the first round's prep sheet when a round was recorded, else the day of round 1 to add.
 */
function useFocusNext(app: { id: string; interviews: Array<{ id: string }> } | undefined) {
  const location = useLocation();
  const done = useRef<string | null>(null);
  const wanted = (location.state as { focusNext?: boolean } | null)?.focusNext === true;
  useEffect(() => {
    if (!wanted || !app || done.current === location.key) return;
    done.current = location.key;
    const first = app.interviews[0];
    // Not cancelled when the data refetches: the attempt ends by itself after a few seconds.
    focusWhenReady(first ? [`a[href="/applications/${app.id}/prep/${first.id}"]`] : ['form[aria-label="Add a round"] input']);
  }, [wanted, app, location.key]);
}
