import { Alert, Anchor, Card, List, Loader, Stack, Text, Title } from '@mantine/core';
import { PREP_QUESTIONS } from '@secondround/core';
import { Link, useParams } from 'react-router';
import { notShared } from './SharedPersonPage';
import { usePersonPrep } from './queries';

function Field({ label, text }: { label: string; text: string }) {
  return (
    <>
      <Title order={4} size="h6" mt="xs">{label}</Title>
      <Text size="sm" c={text.trim() ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>{text.trim() || 'Not written yet.'}</Text>
    </>
  );
}

/** The prep sheets of one shared application, read-only, each with its readiness and what it lacks. */
export function PersonPrepPage() {
  const { personId = '', id = '' } = useParams();
  const prep = usePersonPrep(personId, id);
  if (prep.isLoading) return <Loader aria-label="Reading the prep sheets" />;
  if (prep.isError || !prep.data) {
    return (
      <Stack maw={760}>
        <Title order={1}>Prep sheets</Title>
        <Alert color="blue" role="status">{notShared(prep.error)}</Alert>
        <Anchor component={Link} to="/coach">Back to the people who shared with you</Anchor>
      </Stack>
    );
  }
  const { application, interviews } = prep.data;
  return (
    <Stack maw={860}>
      <Title order={1}>Prep sheets: {application.company}, {application.role}</Title>
      <Text size="sm" c="dimmed">Read-only. <Anchor component={Link} to={`/coach/${personId}`}>Back to this person’s board</Anchor></Text>
      {interviews.map((iv) => {
        const answers = iv.prep.sheet.answers.filter((a) => a.answer.trim());
        return (
          <Card withBorder key={iv.id} component="section" aria-label={`Round ${iv.round}, ${new Date(iv.startsAt).toLocaleDateString()}`}>
            <Title order={2} size="h4">Round {iv.round} ({iv.kind}), {new Date(iv.startsAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: iv.timeZone })}</Title>
            <Text size="sm" mt={4}><b>Readiness: {iv.prep.readiness.score} of 100</b></Text>
            {iv.prep.readiness.missing.length > 0 && (
              <List size="sm" aria-label="What the sheet still lacks">
                {iv.prep.readiness.missing.map((m) => <List.Item key={m.code}>{m.message}</List.Item>)}
              </List>
            )}
            <Title order={3} size="h5" mt="sm">Interviewers</Title>
            {iv.prep.sheet.interviewers.length === 0 ? <Text size="sm" c="dimmed">No names recorded.</Text> : (
              <List size="sm">{iv.prep.sheet.interviewers.map((p, i) => <List.Item key={i}>{p.name}{p.title ? `, ${p.title}` : ''}</List.Item>)}</List>
            )}
            <Field label="The company" text={iv.prep.sheet.companyNotes} />
            <Field label="Why this job" text={iv.prep.sheet.whyThisJob} />
            <Field label="Why this company" text={iv.prep.sheet.whyThisCompany} />
            <Title order={4} size="h6" mt="xs">Prepared answers</Title>
            {answers.length === 0 ? <Text size="sm" c="dimmed">None yet.</Text> : answers.map((a) => (
              <Text size="sm" key={a.questionId}><b>{PREP_QUESTIONS.find((q) => q.id === a.questionId)?.text ?? a.questionId}</b> {a.answer}</Text>
            ))}
            <Title order={4} size="h6" mt="xs">Questions to ask them</Title>
            {iv.prep.sheet.questionsToAsk.filter((q) => q.trim()).length === 0 ? <Text size="sm" c="dimmed">None yet.</Text> : (
              <List size="sm" type="ordered">{iv.prep.sheet.questionsToAsk.filter((q) => q.trim()).map((q, i) => <List.Item key={i}>{q}</List.Item>)}</List>
            )}
            <Text size="sm" c="dimmed" mt="xs">Stories picked: {iv.prep.sheet.storyIds.length} (the story bank itself is not shared).</Text>
          </Card>
        );
      })}
    </Stack>
  );
}
