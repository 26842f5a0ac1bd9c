import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Debrief } from '@secondround/core';
import { useApplication } from '../../api/queries';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { roundLabel, whenLabel } from './interview-choice';
import { useDebrief, usePrepSheet, useSaveDebrief, useStories } from './queries';
import { InterviewerTopics } from '../followup/InterviewerTopics';
import './prep.css';

type YesNo = 'yes' | 'no' | '';
const toYesNo = (v: boolean | null | undefined): YesNo => (v === true ? 'yes' : v === false ? 'no' : '');
const fromYesNo = (v: YesNo): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

/** The two-minute debrief after an interview. */
export function DebriefPage() {
  const { id = '', interviewId = '' } = useParams();
  const { data: app, isLoading, error } = useApplication(id);
  const debrief = useDebrief(interviewId);
  if (isLoading || debrief.isLoading) return <Loader aria-label="Loading the debrief" />;
  if (error || !app) return error && (error as { status?: number }).status === 404 ? <NotFoundPage /> : <Alert color="red" role="alert">{error?.message ?? 'Could not load this application'}</Alert>;
  const iv = app.interviews.find((i) => i.id === interviewId);
  if (!iv || !debrief.data) return debrief.error ? <Alert color="red" role="alert">{debrief.error.message}</Alert> : <NotFoundPage />;
  return (
    <Stack maw={760} gap="md">
      <Anchor component={Link} to={`/applications/${app.id}`} size="sm">← {app.company}</Anchor>
      <div>
        <Title order={1} size="h2">Debrief: {app.company}</Title>
        <Text>{roundLabel(iv.round)} · {whenLabel(iv)}</Text>
      </div>
      {!debrief.data.hasStarted ? (
        <Alert color="blue" role="status">This interview has not happened yet. Come back once it is over: the debrief takes two minutes. Until then, <Anchor component={Link} to={`/applications/${app.id}/prep/${iv.id}`}>work on the prep sheet</Anchor>.</Alert>
      ) : (
        <DebriefForm key={iv.id} interviewId={iv.id} initial={debrief.data.debrief} />
      )}
      {debrief.data.hasStarted && <InterviewerTopics interviewers={iv.interviewers} />}
    </Stack>
  );
}

function YesNoField({ label, value, onChange }: { label: string; value: YesNo; onChange: (v: YesNo) => void }) {
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v as YesNo)}>
      <Group gap="md" mt={4}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
        <Radio value="" label="Not sure" />
      </Group>
    </Radio.Group>
  );
}

function DebriefForm({ interviewId, initial }: { interviewId: string; initial: Debrief | null }) {
  const stories = useStories();
  const prep = usePrepSheet(interviewId);
  const [namesRight, setNamesRight] = useState<YesNo>(toYesNo(initial?.namesRight));
  const [researchShown, setResearchShown] = useState<YesNo>(toYesNo(initial?.researchShown));
  const [whyAnswered, setWhyAnswered] = useState<YesNo>(toYesNo(initial?.whyThisJobAnswered));
  const [fumbled, setFumbled] = useState((initial?.fumbledQuestions ?? []).join('\n'));
  const [told, setTold] = useState<string[] | null>(initial?.storiesTold ?? null);
  const [nextSteps, setNextSteps] = useState(initial?.nextSteps ?? '');
  const [feeling, setFeeling] = useState(initial?.feeling ? String(initial.feeling) : '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const save = useSaveDebrief(interviewId);
  // Until the person ticks stories, the ones picked on the prep sheet are the likely ones told.
  const storiesTold = told ?? prep.data?.sheet.storyIds ?? [];
  const picked = new Set(prep.data?.sheet.storyIds ?? []);
  const bank = [...(stories.data ?? [])].sort((a, b) => Number(picked.has(b.id)) - Number(picked.has(a.id)));
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      namesRight: fromYesNo(namesRight),
      researchShown: fromYesNo(researchShown),
      whyThisJobAnswered: fromYesNo(whyAnswered),
      fumbledQuestions: fumbled.split('\n').map((s) => s.trim()).filter(Boolean),
      storiesTold: storiesTold.filter((id) => bank.some((s) => s.id === id)),
      nextSteps: nextSteps.trim() || null,
      feeling: feeling ? Number(feeling) : null,
      notes: notes.trim() || null,
    });
  }
  return (
    <form onSubmit={submit} aria-label="Debrief">
      <Stack gap="md">
        <Card withBorder>
          <Stack gap="sm">
            <YesNoField label="Did you use the interviewers’ names, and say them right?" value={namesRight} onChange={setNamesRight} />
            <YesNoField label="Did your research on the company come through?" value={researchShown} onChange={setResearchShown} />
            <YesNoField label="Did you answer “why this job?” well?" value={whyAnswered} onChange={setWhyAnswered} />
          </Stack>
        </Card>
        <Textarea label="Questions you fumbled" description="One per line, as they asked them." autosize minRows={2} maxRows={8} value={fumbled} onChange={(e) => setFumbled(e.currentTarget.value)} />
        <Card withBorder component="fieldset" style={{ minWidth: 0 }}>
          <Text component="legend" fw={500} size="sm">Stories you told</Text>
          {bank.length === 0 ? <Text size="sm" c="dimmed">Your story bank is empty. <Anchor component={Link} to="/stories">Add stories</Anchor> to track which ones you tell.</Text> : (
            <Stack gap={6}>
              {bank.map((s) => (
                <Checkbox key={s.id} label={s.title} checked={storiesTold.includes(s.id)} onChange={(e) => setTold(e.currentTarget.checked ? [...storiesTold, s.id] : storiesTold.filter((x) => x !== s.id))} />
              ))}
            </Stack>
          )}
        </Card>
        <Textarea label="What they said about next steps and timeline" description="In their words, e.g. “we’ll get back to you within two weeks”: the follow-up is planned from it." autosize minRows={2} maxRows={6} maxLength={5_000} value={nextSteps} onChange={(e) => setNextSteps(e.currentTarget.value)} />
        <Radio.Group label="How did it feel?" value={feeling} onChange={setFeeling}>
          <Group gap="md" mt={4}>
            {['1', '2', '3', '4', '5'].map((v) => <Radio key={v} value={v} label={v === '1' ? '1 (badly)' : v === '5' ? '5 (great)' : v} />)}
          </Group>
        </Radio.Group>
        <Textarea label="Notes" autosize minRows={2} maxRows={10} maxLength={20_000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>Save debrief</Button>
          {save.isSuccess && <Text size="sm" role="status">Debrief saved.</Text>}
        </Group>
      </Stack>
    </form>
  );
}
