import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { NoteEditor } from './NoteEditor';
import { applySuggestion, CaretProblem, CheckStatus, ProblemList, useNoteCheck } from './NoteProblems';
import { planFollowUp, useReminderSettings, useCreateFollowUp, useDeleteFollowUp, useMarkFollowUpSent, usePatchFollowUp, usePlanner, useSendFollowUp, type Advice, type CheckContext, type FollowUpItem, type Planner } from './queries';

/** The day an instant fell on in the person's zone: a Sunday-evening send shows Sunday. */
function dayOfInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));
}

function day(d: string | null): string {
  if (!d) return '—';
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
}

/** The follow-up planner of one application: the stated timeline, the one follow-up, the feedback request. */
export function FollowUpPanel({ applicationId }: { applicationId: string }) {
  const { data, isLoading, error } = usePlanner(applicationId);
  if (isLoading) return <Loader aria-label="Loading the follow-up planner" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load the planner'}</Alert>;
  const followUps = data.followUps.filter((f) => f.kind === 'follow_up');
  const feedback = data.followUps.filter((f) => f.kind === 'feedback_request');
  const pending = followUps.some((f) => !f.sentAt);
  return (
    <Stack>
      {data.isOpen && !pending && <PlanForm applicationId={applicationId} data={data} />}
      {followUps.map((f) => <MessageCard key={f.id} f={f} timeZone={data.timeZone} check={data.check} to={data.recipient?.name ?? null} />)}
      {data.rejected && (feedback.length === 0 ? <FeedbackStart applicationId={applicationId} draft={data.feedbackDraft.body} /> : feedback.map((f) => <MessageCard key={f.id} f={f} timeZone={data.timeZone} check={data.check} to={data.recipient?.name ?? null} />))}
      {!data.isOpen && !data.rejected && followUps.length === 0 && <Text c="dimmed">This application is closed; nothing to follow up.</Text>}
    </Stack>
  );
}

function AdviceView({ advice }: { advice: Advice }) {
  const t = advice.timeline;
  return (
    <Stack gap={4} aria-live="polite" data-testid="advice">
      {advice.notUnderstood && <Alert color="yellow" role="status">{advice.notUnderstood}</Alert>}
      {t.understood && <Text size="sm">Read “{t.matchedText}” as: they said they would decide by <strong>{day(t.statedUntilDate)}</strong>.</Text>}
      <Text size="sm">{advice.plan.message}</Text>
      {advice.plan.flags.map((f) => <Alert key={f.code} color={f.code === 'BEFORE_STATED_DATE' ? 'orange' : 'gray'} role="status" title={f.code === 'BEFORE_STATED_DATE' ? 'Before their date' : 'A reason is needed'}>{f.message}</Alert>)}
    </Stack>
  );
}

function PlanForm({ applicationId, data }: { applicationId: string; data: Planner }) {
  const [stated, setStated] = useState(data.statedText ?? '');
  const [proposed, setProposed] = useState('');
  const [reason, setReason] = useState('');
  const [advice, setAdvice] = useState<Advice>(data.advice);
  const [err, setErr] = useState<string | null>(null);
  const create = useCreateFollowUp(applicationId);
  const letGo = advice.plan.action === 'let_go';
  if (advice.plan.action === 'waiting') {
    return (
      <Card withBorder data-testid="waiting">
        <Title order={3} size="h4" mb="xs">Waiting for their answer</Title>
        <Text size="sm">{advice.plan.message}</Text>
      </Card>
    );
  }
  const ask = async () => {
    setErr(null);
    try {
      setAdvice(await planFollowUp(applicationId, { statedText: stated, proposedOn: proposed || null, reason: reason || null }));
    } catch (e) {
      setErr((e as Error).message);
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">{letGo ? 'Another follow-up?' : 'Plan the one follow-up'}</Title>
      <Stack gap="sm">
        <Textarea
          label="What they said about next steps"
          description={data.statedSource === 'debrief' ? 'From your debrief; edit it if they said more.' : 'In their words, e.g. “we’ll be interviewing over the next two weeks”.'}
          value={stated}
          autosize
          minRows={2}
          onChange={(e) => setStated(e.currentTarget.value)}
          onBlur={ask}
        />
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label="Your own day (optional)" value={proposed} onChange={(e) => setProposed(e.currentTarget.value)} onBlur={ask} />
          <Button variant="light" onClick={ask}>Read the timeline</Button>
        </Group>
        <AdviceView advice={advice} />
        {letGo && (
          <Textarea label="Your reason for another follow-up" description="For example: another offer with a deadline. Without one, let it go." value={reason} onChange={(e) => setReason(e.currentTarget.value)} onBlur={ask} />
        )}
        {err && <Alert color="red" role="alert">{err}</Alert>}
        {create.error && <Alert color="red" role="alert">{create.error.message}</Alert>}
        <Group>
          <Button
            disabled={letGo && reason.trim().length < 3}
            loading={create.isPending}
            onClick={() => create.mutate({ kind: 'follow_up', statedText: stated.trim() === '' ? null : stated, plannedOn: proposed || null, reason: reason.trim() || null })}
          >
            Plan follow-up{advice.plan.suggestedOn ? ` for ${day(proposed || advice.plan.suggestedOn)}` : ''}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function FeedbackStart({ applicationId, draft }: { applicationId: string; draft: string }) {
  const create = useCreateFollowUp(applicationId);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">Ask for feedback</Title>
      <Text size="sm" mb="xs">A short, respectful request. Many will not answer; the ones who do tell you what the records cannot.</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c="dimmed" mb="sm">{draft}</Text>
      <Button loading={create.isPending} onClick={() => create.mutate({ kind: 'feedback_request' })}>Draft the feedback request</Button>
    </Card>
  );
}

function MessageCard({ f, timeZone, check, to }: { f: FollowUpItem; timeZone: string; check: CheckContext | null; to: string | null }) {
  const patch = usePatchFollowUp();
  const mark = useMarkFollowUpSent();
  const send = useSendFollowUp();
  const remove = useDeleteFollowUp();
  const { data: mail } = useReminderSettings();
  const [body, setBody] = useState(f.body);
  const [caret, setCaret] = useState(-1);
  // A sent message is history: only the draft is proofread, as the person edits it.
  const { problems, checking } = useNoteCheck(body, f.sentAt ? null : check);
  const [answer, setAnswer] = useState(f.answerText ?? '');
  const [plannedOn, setPlannedOn] = useState(f.plannedOn ?? '');
  const isFeedback = f.kind === 'feedback_request';
  const early = !isFeedback && f.statedUntil && (f.sentAt ? new Date(f.sentAt).toLocaleDateString('en-CA', { timeZone }) : plannedOn) <= f.statedUntil;
  const err = patch.error ?? mark.error ?? send.error ?? remove.error;
  return (
    <Card withBorder data-testid="follow-up">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">{isFeedback ? 'Feedback request' : 'Follow-up'}</Title>
        <Group gap="xs">
          {f.sentAt ? <Badge color="teal">sent {dayOfInstant(f.sentAt, timeZone)} ({f.sentVia})</Badge> : <Badge>planned {day(f.plannedOn)}</Badge>}
          {f.answered && <Badge color="green">answered</Badge>}
          {early && <Badge color="orange" title={`They said ${day(f.statedUntil)}`}>before their date</Badge>}
          {f.reason && <Badge color="gray" title={f.reason}>with a reason</Badge>}
          <Button variant="subtle" color="red" size="compact-xs" loading={remove.isPending} onClick={() => remove.mutate(f.id)} aria-label={`Delete this ${isFeedback ? 'feedback request' : 'follow-up'}`}>Delete</Button>
        </Group>
      </Group>
      {f.statedText && <Text size="sm" c="dimmed">They said: “{f.statedText}”{f.statedUntil ? ` (by ${day(f.statedUntil)})` : ''}</Text>}
      {!f.sentAt && (
        <Stack gap="xs" mt="sm">
          {!isFeedback && <TextInput type="date" label="Day to send it" value={plannedOn} onChange={(e) => setPlannedOn(e.currentTarget.value)} onBlur={() => plannedOn && plannedOn !== f.plannedOn && patch.mutate({ id: f.id, json: { plannedOn } })} />}
          <NoteEditor id={`message-${f.id}`} label={to ? `Message to ${to}` : 'Message'} showLabel compact value={body} problems={problems} onCaret={setCaret} onChange={setBody} onBlur={() => body !== f.body && patch.mutate({ id: f.id, json: { body } })} />
          {check && (
            <>
              <CheckStatus checking={checking} problems={problems} />
              <CaretProblem problems={problems} caret={caret} />
              <ProblemList id={`message-${f.id}-problems`} problems={problems} text={body} onFix={(p) => { const next = applySuggestion(body, p); setBody(next); patch.mutate({ id: f.id, json: { body: next } }); }} />
            </>
          )}
          <Group gap="xs" wrap="wrap">
            <Button variant="light" onClick={() => void navigator.clipboard.writeText(body)}>Copy text</Button>
            <Button variant="light" component="a" href={`/api/followups/${f.id}/eml`}>Download .eml</Button>
            {mail?.smtp && mail.smtpAllowed && <Button variant="light" loading={send.isPending} onClick={() => send.mutate(f.id)}>Send by email</Button>}
            <Button loading={mark.isPending} onClick={() => mark.mutate({ id: f.id, via: 'copy' })}>Mark as sent</Button>
          </Group>
        </Stack>
      )}
      {f.sentAt && (
        <Stack gap="xs" mt="sm">
          <Textarea label={isFeedback ? 'Their answer (paste it here to keep it)' : 'Their reply, if any'} autosize minRows={3} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
          <Group>
            <Button variant="light" loading={patch.isPending} onClick={() => patch.mutate({ id: f.id, json: { answerText: answer, answered: answer.trim() !== '' } })}>Save the answer</Button>
          </Group>
        </Stack>
      )}
      {err && <Alert color="red" role="alert" mt="xs">{err.message}</Alert>}
    </Card>
  );
}
