import { ActionIcon, Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PREP_QUESTIONS, QUESTION_GROUPS, type ApplicationDetail, type InterviewDetail, type PrepSheet } from '@secondround/core';
import { useAnalysis, useSavePrepSheet, useStories } from './queries';

export const GROUP_LABELS: Record<string, string> = {
  'about-you': 'About you',
  motivation: 'Motivation',
  experience: 'Experience',
  teamwork: 'Teamwork',
  'problem-solving': 'Problem solving',
  growth: 'Growth',
  leadership: 'Leadership',
  logistics: 'Logistics',
};

/** The editing form of a prep sheet; saving returns the new readiness score. */
export function PrepEditor({ app, interview, record }: { app: ApplicationDetail; interview: InterviewDetail; record: { sheet: PrepSheet; updatedAt: string | null } }) {
  const [sheet, setSheet] = useState<PrepSheet>(record.sheet);
  const [dirty, setDirty] = useState(false);
  const save = useSavePrepSheet(interview.id);
  const stories = useStories();
  const analysis = useAnalysis(app.id, !!app.listingText?.trim());
  const answers = useMemo(() => new Map(sheet.answers.map((a) => [a.questionId, a.answer])), [sheet.answers]);
  const set = (patch: Partial<PrepSheet>) => {
    setSheet((s) => ({ ...s, ...patch }));
    setDirty(true);
  };
  const setAnswer = (questionId: string, answer: string) => set({ answers: [...sheet.answers.filter((a) => a.questionId !== questionId), ...(answer.trim() ? [{ questionId, answer }] : [])] });
  const coversOf = (storyId: string) => (analysis.data?.match.coverage ?? []).filter((c) => c.storyIds.includes(storyId)).map((c) => c.requirement);
  const uncovered = analysis.data ? analysis.data.match.uncovered : [];

  return (
    <form aria-label="Prep sheet" onSubmit={(e) => { e.preventDefault(); save.mutate(sheet, { onSuccess: () => setDirty(false) }); }}>
      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="people-title">
          <Title order={3} size="h5" id="people-title">Interviewers</Title>
          {interview.interviewers.length === 0 ? (
            <Text size="sm" c="dimmed">No interviewers yet. <Anchor component={Link} to={`/applications/${app.id}`}>Add their names from the invitation</Anchor> on the round, with how to say them.</Text>
          ) : (
            <Stack gap={4} mt={4}>
              {interview.interviewers.map((p) => (
                <Group key={p.id} gap="xs" wrap="wrap">
                  <Text fw={600}>{p.name}</Text>
                  {p.pronunciation ? <Badge variant="light">say “{p.pronunciation}”</Badge> : <Badge color="orange" variant="light">pronunciation missing</Badge>}
                  {p.title && <Text size="sm" c="dimmed">{p.title}</Text>}
                </Group>
              ))}
              <Text size="xs" c="dimmed">Names and pronunciations are edited on the <Anchor component={Link} to={`/applications/${app.id}`} size="xs">round’s card</Anchor>.</Text>
            </Stack>
          )}
        </Card>

        <Textarea label="Company research notes" description="What they do, for whom, recent news, the team you would join (60 words or more)." autosize minRows={4} maxRows={16} maxLength={50_000} value={sheet.companyNotes} onChange={(e) => set({ companyNotes: e.currentTarget.value })} />
        <Textarea label="Why this job?" description="Two or three sentences in your own words." autosize minRows={2} maxRows={8} maxLength={10_000} value={sheet.whyThisJob} onChange={(e) => set({ whyThisJob: e.currentTarget.value })} />
        <Textarea label="Why this company?" description="What draws you to them rather than a similar employer." autosize minRows={2} maxRows={8} maxLength={10_000} value={sheet.whyThisCompany} onChange={(e) => set({ whyThisCompany: e.currentTarget.value })} />

        <Card withBorder component="section" aria-labelledby="stories-title">
          <Title order={3} size="h5" id="stories-title">Stories for this interview</Title>
          {uncovered.length > 0 && <Text size="sm" c="orange.9" mt={4}>No story in your bank covers: {uncovered.join('; ')}.</Text>}
          {stories.data?.length === 0 && <Text size="sm" c="dimmed">Your story bank is empty. <Anchor component={Link} to="/stories">Add stories</Anchor> first.</Text>}
          <Stack gap={6} mt="xs">
            {(stories.data ?? []).map((s) => {
              const covers = coversOf(s.id);
              return (
                <Checkbox
                  key={s.id}
                  checked={sheet.storyIds.includes(s.id)}
                  onChange={(e) => set({ storyIds: e.currentTarget.checked ? [...sheet.storyIds, s.id] : sheet.storyIds.filter((x) => x !== s.id) })}
                  label={<>{s.title}{s.leadershipWeight >= 0.5 && <Badge ml={6} size="xs" color="grape" variant="light">leadership</Badge>}</>}
                  description={covers.length ? `Covers: ${covers.join('; ')}` : app.listingText ? 'Covers none of this listing’s requirements' : undefined}
                />
              );
            })}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="ask-title">
          <Title order={3} size="h5" id="ask-title">Questions to ask them</Title>
          <Stack gap={6} mt="xs">
            {sheet.questionsToAsk.map((q, i) => (
              <Group key={i} gap="xs" wrap="nowrap">
                <TextInput style={{ flex: 1 }} aria-label={`Question to ask ${i + 1}`} value={q} maxLength={1000} onChange={(e) => { const v = e.currentTarget.value; set({ questionsToAsk: sheet.questionsToAsk.map((x, k) => (k === i ? v : x)) }); }} />
                <ActionIcon variant="subtle" color="red" aria-label={`Remove question ${i + 1}`} onClick={() => set({ questionsToAsk: sheet.questionsToAsk.filter((_, k) => k !== i) })}>×</ActionIcon>
              </Group>
            ))}
            <Group><Button size="xs" variant="light" onClick={() => set({ questionsToAsk: [...sheet.questionsToAsk, ''] })} disabled={sheet.questionsToAsk.length >= 50}>Add a question to ask</Button></Group>
          </Stack>
        </Card>

        <section aria-labelledby="questions-title">
          <Title order={3} size="h5" id="questions-title">Standard questions</Title>
          <Text size="sm" c="dimmed">Core questions come up in nearly every first interview: prepare those first.</Text>
          {QUESTION_GROUPS.map((g) => (
            <Card withBorder key={g} mt="sm" component="fieldset" aria-label={GROUP_LABELS[g]} style={{ minWidth: 0 }}>
              <Title order={4} size="h6" component="legend">{GROUP_LABELS[g]}</Title>
              <Stack gap="xs">
                {PREP_QUESTIONS.filter((q) => q.group === g).map((q) => (
                  <Textarea key={q.id} label={<>{q.text}{q.isCore && <Badge ml={6} size="xs" variant="light">core</Badge>}</>} autosize minRows={1} maxRows={8} maxLength={10_000} value={answers.get(q.id) ?? ''} onChange={(e) => setAnswer(q.id, e.currentTarget.value)} />
                ))}
              </Stack>
            </Card>
          ))}
        </section>

        {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
        <Group className="prep-sticky">
          <Button type="submit" loading={save.isPending} disabled={!dirty}>Save prep sheet</Button>
          <Text size="sm" role="status" c="dimmed">{dirty ? 'Unsaved changes' : record.updatedAt || save.isSuccess ? 'Saved.' : 'Not saved yet'}</Text>
        </Group>
      </Stack>
    </form>
  );
}
