import { NotFoundPage } from '../../pages/NotFoundPage';
import { Alert, Anchor, Button, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Countdown } from './Countdown';
import { NoteEditor } from './NoteEditor';
import { applySuggestion, CaretProblem, CheckStatus, ProblemList, useNoteCheck } from './NoteProblems';
import { useComposer, useMarkNoteSent, useSaveNote, useSendNote, type Composer, type SentVia } from './queries';

type Tone = 'warm' | 'formal' | 'brief';

export function ComposerPage() {
  const { interviewerId = '' } = useParams();
  const { data, isLoading, error } = useComposer(interviewerId);
  if (isLoading) return <Loader aria-label="Loading the composer" />;
  if (error && 'status' in error && (error as { status: number }).status === 404) return <NotFoundPage />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load this interviewer'}</Alert>;
  return <Composer key={interviewerId} data={data} />;
}

function Composer({ data }: { data: Composer }) {
  const draftOf = (tone: Tone) => data.drafts.find((d) => d.tone === tone) ?? data.drafts[0]!;
  const [tone, setTone] = useState<Tone>(data.note?.tone ?? 'warm');
  const [subject, setSubject] = useState(data.note?.subject || draftOf(tone).subject);
  const [text, setText] = useState(data.note?.body ?? draftOf(tone).body);
  const { problems, checking } = useNoteCheck(text, data.check, data.note?.problems);
  const [caret, setCaret] = useState(-1);
  const [lastVia, setLastVia] = useState<SentVia>('copy');
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveNote(data.interviewer.id);
  const markSent = useMarkNoteSent();
  const sendSmtp = useSendNote();
  const [sentAt, setSentAt] = useState<string | null>(data.note?.sentAt ?? null);
  const edited = useRef(false);

  const persist = () => save.mutateAsync({ subject, body: text, tone });
  const first = data.interviewer.name;
  const busy = save.isPending || markSent.isPending || sendSmtp.isPending;

  const act = async (fn: () => Promise<void>) => {
    setNotice(null);
    try {
      await fn();
    } catch (e) {
      setNotice((e as Error).message);
    }
  };

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to={`/applications/${data.application.id}`} size="sm">← {data.application.company}</Anchor>
      <div>
        <Title order={1} size="h2">Thank-you note to {first}</Title>
        <Text c="dimmed">{data.application.role} at {data.application.company}{data.interviewer.email ? ` · ${data.interviewer.email}` : ''}</Text>
      </div>
      <Countdown deadline={data.deadline} timeZone={data.timeZone} sentAt={sentAt} />
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Tone of the draft"
          value={tone}
          onChange={(v) => {
            const next = v as Tone;
            if (edited.current && !window.confirm('Replace your text with the draft in this tone?')) return;
            setTone(next);
            setText(draftOf(next).body);
            setSubject(draftOf(next).subject);
            edited.current = false;
          }}
          data={[{ value: 'warm', label: 'Warm' }, { value: 'formal', label: 'Formal' }, { value: 'brief', label: 'Brief' }]}
        />
        <CheckStatus checking={checking} problems={problems} />
      </Group>
      <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
      <NoteEditor id="note-body" label={`Note to ${first}`} value={text} problems={problems} onCaret={setCaret} onChange={(v) => { edited.current = true; setText(v); }} />
      <CaretProblem problems={problems} caret={caret} />
      <ProblemList id="note-body-problems" problems={problems} text={text} onFix={(p) => { if (p.suggestion) { edited.current = true; setText(applySuggestion(text, p)); } }} />
      {data.matches.length === 0 && <Text size="sm" c="dimmed">Tip: add the listing and your stories (Story bank) and the draft names a requirement you meet.</Text>}
      {notice && <Alert color="orange" role="alert">{notice}</Alert>}
      <Group gap="xs" wrap="wrap">
        <Button variant="default" loading={save.isPending} onClick={() => act(async () => { await persist(); setNotice('Draft saved.'); })}>Save draft</Button>
        <Button variant="light" onClick={() => act(async () => { await navigator.clipboard.writeText(text); setLastVia('copy'); await persist(); setNotice('Copied. Paste it into your mail, send it, then mark it as sent.'); })}>Copy text</Button>
        <Button variant="light" onClick={() => act(async () => { const note = await persist(); setLastVia('eml'); window.location.assign(`/api/notes/${note.id}/eml`); })}>Download .eml</Button>
        {data.smtpConfigured && (
          <Button variant="light" disabled={!data.interviewer.email} title={data.interviewer.email ? undefined : 'Add their email address on the Rounds tab first'} loading={sendSmtp.isPending} onClick={() => act(async () => { const note = await persist(); const sent = await sendSmtp.mutateAsync(note.id); setSentAt(sent.sentAt); setNotice(`Sent to ${data.interviewer.email}.`); })}>
            Send by email
          </Button>
        )}
        <Button disabled={busy} onClick={() => act(async () => { const note = await persist(); const sent = await markSent.mutateAsync({ id: note.id, via: lastVia }); setSentAt(sent.sentAt); setNotice('Recorded as sent.'); })}>
          {sentAt ? 'Mark as sent again' : 'Mark as sent'}
        </Button>
      </Group>
    </Stack>
  );
}
