import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { InterviewDetail } from '@secondround/core';
import { useDeleteInterview, useDeleteInterviewer } from '../api/queries';
import { InterviewPrepLinks } from '../features/prep/InterviewPrepLinks';
import { ThankYouLinks } from '../features/followup/ThankYouLinks';
import { InterviewForm } from './InterviewForm';
import { InterviewerForm } from './InterviewerForm';
import type { AppProps } from './types';
import { focusWhenReady } from '../focus';

const KIND_LABELS: Record<string, string> = { phone_screen: 'Phone screen', technical: 'Technical', behavioural: 'Behavioural', panel: 'Panel', final: 'Final', other: 'Other' };
const FORMAT_LABELS: Record<string, string> = { video: 'Video', phone: 'Phone', onsite: 'On site' };

export function roundName(round: number): string {
  return round === 0 ? 'Screen' : `Round ${round}`;
}

/** The rounds of an application, each with its interviewers. */
export function InterviewsPanel({ app }: AppProps) {
  const [adding, add] = useDisclosure(app.interviews.length === 0);
  const nextRound = app.interviews.reduce((m, i) => Math.max(m, i.round + 1), app.stage === 'screen' ? 0 : 1);
  return (
    <Stack>
      {app.interviews.map((iv) => (
        <InterviewCard key={iv.id} iv={iv} applicationId={app.id} />
      ))}
      {adding ? (
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">Add a round</Title>
          <InterviewForm
            applicationId={app.id}
            defaultRound={nextRound}
            onDone={() => {
              add.close();
              // The new round's interviewer field takes focus when it arrives (autoFocus); until then, and on cancel, this button.
              focusWhenReady([`[data-add-round="${app.id}"]`], 500);
            }}
          />
        </Card>
      ) : (
        <Group><Button variant="light" onClick={add.open} data-add-round={app.id}>Add a round</Button></Group>
      )}
    </Stack>
  );
}

function InterviewCard({ iv, applicationId }: { iv: InterviewDetail; applicationId: string }) {
  const remove = useDeleteInterview(applicationId);
  const removePerson = useDeleteInterviewer(applicationId);
  const [addingPerson, person] = useDisclosure(iv.interviewers.length === 0);
  const [editing, edit] = useDisclosure(false);
  const [editingPerson, setEditingPerson] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // After a save the form goes away: focus the button that opened it, not the page body.
  const closeEdit = () => {
    edit.close();
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const closePersonEdit = (id: string) => {
    setEditingPerson(null);
    focusWhenReady([`[data-interviewer-id="${id}"] button`]);
  };
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: iv.timeZone }).format(new Date(iv.startsAt));
  const until = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: iv.timeZone }).format(new Date(iv.endsAt));
  return (
    <Card withBorder data-interview-id={iv.id}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4">{roundName(iv.round)} · {KIND_LABELS[iv.kind]}</Title>
          <Text size="sm">{when} – {until} ({iv.timeZone})</Text>
          <Text size="sm" c="dimmed">{FORMAT_LABELS[iv.format]}{iv.location ? ` · ${iv.location}` : ''}</Text>
        </div>
        <Group gap="xs">
          <Button ref={editButton} size="xs" variant="light" onClick={edit.toggle} aria-expanded={editing}>Edit round</Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(iv.id)}>Delete round</Button>
        </Group>
      </Group>
      {editing && <InterviewForm applicationId={applicationId} defaultRound={iv.round} interview={iv} onDone={closeEdit} />}
      <Title order={4} size="h5" mt="sm">Interviewers</Title>
      <Stack gap={4} mt={4}>
        {iv.interviewers.length === 0 && <Text size="sm" c="dimmed">No interviewers recorded: their names from the invitation are the first thing to get right.</Text>}
        {iv.interviewers.map((p) =>
          editingPerson === p.id ? (
            <InterviewerForm key={p.id} applicationId={applicationId} interviewId={iv.id} person={p} onDone={() => closePersonEdit(p.id)} />
          ) : (
          <Group key={p.id} gap="xs" wrap="nowrap" className="interviewer" data-interviewer-id={p.id}>
            <Text fw={600}>{p.name}</Text>
            {p.pronunciation && <Badge variant="light" tt="none" aria-label={`pronounced ${p.pronunciation}`}>{p.pronunciation}</Badge>}
            {p.title && <Text size="sm" c="dimmed">{p.title}</Text>}
            {p.email && <Text size="sm">{p.email}</Text>}
            <Button size="compact-xs" variant="subtle" aria-label={`Edit ${p.name}`} onClick={() => setEditingPerson(p.id)}>Edit</Button>
            <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${p.name}`} onClick={() => removePerson.mutate(p.id)}>×</ActionIcon>
          </Group>
          ),
        )}
      </Stack>
      {addingPerson ? (
        <InterviewerForm applicationId={applicationId} interviewId={iv.id} onDone={person.close} />
      ) : (
        <Group mt="xs"><Button size="xs" variant="light" onClick={person.open}>Add interviewer</Button></Group>
      )}
      <InterviewPrepLinks applicationId={applicationId} interviewId={iv.id} />
      <ThankYouLinks endsAt={iv.endsAt} people={iv.interviewers} />
    </Card>
  );
}
