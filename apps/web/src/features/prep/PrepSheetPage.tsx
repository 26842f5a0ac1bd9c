import { Alert, Anchor, Badge, Button, Card, Group, Loader, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import { useState } from 'react';
import { useApplication } from '../../api/queries';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { defaultInterview, roundLabel, whenLabel } from './interview-choice';
import { PrepEditor } from './PrepEditor';
import { PrepRead } from './PrepRead';
import { usePrepSheet } from './queries';
import './prep.css';
import { CultureFitNote } from '../people/CultureFitNote';

/** The prep sheet of one interview: edit it at the desk, read it on the phone, print it. */
export function PrepSheetPage() {
  const { id = '', interviewId } = useParams();
  const { data: app, isLoading, error } = useApplication(id);
  if (isLoading) return <Loader aria-label="Loading the application" />;
  if (error || !app) return error && (error as { status?: number }).status === 404 ? <NotFoundPage /> : <Alert color="red" role="alert">{error?.message ?? 'Could not load this application'}</Alert>;
  if (!interviewId) {
    const next = defaultInterview(app.interviews, new Date());
    if (!next) {
      return (
        <Stack maw={720}>
          <Anchor component={Link} to={`/applications/${app.id}`} size="sm">← {app.company}</Anchor>
          <Title order={1} size="h2">Prep sheet</Title>
          <Alert color="blue" role="status">A prep sheet belongs to an interview. <Anchor component={Link} to={`/applications/${app.id}`}>Add the round</Anchor> with its date and interviewers first.</Alert>
        </Stack>
      );
    }
    return <Navigate to={`/applications/${app.id}/prep/${next.id}`} replace />;
  }
  const iv = app.interviews.find((i) => i.id === interviewId);
  if (!iv) return <NotFoundPage />;
  return <PrepSheet key={iv.id} app={app} interviewId={iv.id} />;
}

function PrepSheet({ app, interviewId }: { app: NonNullable<ReturnType<typeof useApplication>['data']>; interviewId: string }) {
  const iv = app.interviews.find((i) => i.id === interviewId)!;
  const { data, isLoading, error } = usePrepSheet(interviewId);
  // On a phone right before the interview, reading matters more than editing.
  const [mode, setMode] = useState<'edit' | 'read'>(() => (window.matchMedia?.('(max-width: 640px)').matches && iv.startsAt > new Date().toISOString() ? 'read' : 'edit'));
  if (isLoading) return <Loader aria-label="Loading the prep sheet" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load the prep sheet'}</Alert>;
  const { score, missing } = data.readiness;
  return (
    <Stack maw={960} gap="md">
      <Group justify="space-between" className="no-print" wrap="wrap">
        <Anchor component={Link} to={`/applications/${app.id}`} size="sm">← {app.company}</Anchor>
        <Group gap="xs">
          {app.interviews.length > 1 && app.interviews.map((other) => (
            <Anchor key={other.id} component={Link} to={`/applications/${app.id}/prep/${other.id}`} size="sm" fw={other.id === interviewId ? 700 : 400} aria-current={other.id === interviewId ? 'page' : undefined}>{roundLabel(other.round)}</Anchor>
          ))}
        </Group>
      </Group>
      <div className="no-print">
        <Title order={1} size="h2">Prep sheet: {app.company}</Title>
        <Text>{app.role} · {roundLabel(iv.round)} · {whenLabel(iv)}</Text>
      </div>
      <CultureFitNote applicationId={app.id} />
      <Card withBorder className="no-print" component="section" aria-labelledby="readiness-title">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5" id="readiness-title">Readiness</Title>
          <Badge size="lg" color={score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'orange'} data-testid="readiness-score">{score} / 100</Badge>
        </Group>
        <Progress value={score} mt={6} color={score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'orange'} aria-label={`readiness ${score} of 100`} />
        {missing.length === 0 ? (
          <Text size="sm" mt="xs">Nothing missing. Read it through once more the morning of the interview.</Text>
        ) : (
          <>
            <Text size="sm" mt="xs" fw={600}>Still missing:</Text>
            <ul className="missing" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {missing.map((m) => <li key={m.code}><Text size="sm" span>{m.message}</Text> <Text size="xs" c="dimmed" span>(+{m.points})</Text></li>)}
            </ul>
          </>
        )}
      </Card>
      <Group className="no-print" justify="space-between">
        <SegmentedControl value={mode} onChange={(v) => setMode(v as 'edit' | 'read')} data={[{ value: 'edit', label: 'Edit' }, { value: 'read', label: 'Read' }]} aria-label="View" />
        <Button variant="default" onClick={() => window.print()}>Print</Button>
      </Group>
      {mode === 'edit' && <div className="no-print"><PrepEditor app={app} interview={iv} record={data} /></div>}
      <div className={mode === 'read' ? '' : 'print-only'}>
        <PrepRead app={app} interview={iv} sheet={data.sheet} />
      </div>
    </Stack>
  );
}
