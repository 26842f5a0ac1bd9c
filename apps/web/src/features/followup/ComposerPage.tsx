import { NotFoundPage } from '../../pages/NotFoundPage';
import { Alert, Anchor, Badge, Button, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Countdown } from './Countdown';
import { isInline, NoteEditor, problemAt, problemKind } from './NoteEditor';
import { checkNoteText, useComposer, useMarkNoteSent, useSaveNote, useSendNote, type Composer, type NoteCheckResult, type SentVia } from './queries';

type Tone = 'warm' | 'formal' | 'brief';
type Problem = NoteCheckResult['problems'][number];
/** Wait this long after the last keystroke before proofreading again. */
const CHECK_DEBOUNCE_MS = 350;

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
  const [problems, setProblems] = useState<Problem[]>(data.note?.problems ?? []);
  const [checking, setChecking] = useState(false);
  const [caret, setCaret] = useState(-1);
  const [lastVia, setLastVia] = useState<SentVia>('copy');
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveNote(data.interviewer.id);
  const markSent = useMarkNoteSent();
  const sendSmtp = useSendNote();
  const [sentAt, setSentAt] = useState<string | null>(data.note?.sentAt ?? null);
  const edited = useRef(false);

  useEffect(() => {
    let live = true;
    setChecking(true);
    const t = setTimeout(() => {
      checkNoteText(text, data.check)
        .then((r) => live && setProblems(r.problems))
        .catch(() => undefined)
        .finally(() => live && setChecking(false));
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, data.check]);

  const persist = () => save.mutateAsync({ subject, body: text, tone });
  const here = caret >= 0 ? problemAt(problems, caret) : null;
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
        <Text size="sm" c="dimmed" aria-live="polite">{checking ? 'Checking…' : problems.length === 0 ? 'No problems found' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}</Text>
      </Group>
      <TextInput label="Subject" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
      <NoteEditor id="note-body" label={`Note to ${first}`} value={text} problems={problems} onCaret={setCaret} onChange={(v) => { edited.current = true; setText(v); }} />
      <Text size="sm" mih={20} aria-live="polite" data-testid="caret-problem">{here ? `${problemKind(here.code)}: ${here.message}` : ''}</Text>
      <ProblemList problems={problems} text={text} onFix={(p) => { if (p.suggestion) { edited.current = true; setText(text.slice(0, p.start) + p.suggestion + text.slice(p.end)); } }} />
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

function ProblemList({ problems, text, onFix }: { problems: readonly Problem[]; text: string; onFix: (p: Problem) => void }) {
  if (problems.length === 0) return null;
  return (
    <Stack gap={4} id="note-body-problems" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Problems found">
      {problems.map((p, i) => (
        <Group key={`${p.code}-${p.start}-${i}`} component="li" gap="xs" wrap="wrap" align="flex-start">
          <Badge color={isInline(p) ? 'red' : 'gray'} variant="light" style={{ flexShrink: 0 }} tt="none">{problemKind(p.code)}</Badge>
          <Text size="sm" style={{ flex: '1 1 220px' }}>
            {p.message}
            {isInline(p) && <Text span c="dimmed"> (“{text.slice(p.start, Math.min(p.end, p.start + 40))}”)</Text>}
          </Text>
          {p.suggestion && <Button size="compact-xs" variant="subtle" onClick={() => onFix(p)}>Use “{p.suggestion}”</Button>}
        </Group>
      ))}
    </Stack>
  );
}
