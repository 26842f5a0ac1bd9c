import { Alert, Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { TZDate } from '@date-fns/tz';
import { useState, type FormEvent } from 'react';
import { parseWhen, type InterviewDetail } from '@secondround/core';
import { useCreateInterview, usePatchInterview } from '../api/queries';
import { todayLocal } from '../board-columns';

const KINDS = [
  { value: 'phone_screen', label: 'Phone screen' },
  { value: 'technical', label: 'Technical' },
  { value: 'behavioural', label: 'Behavioural' },
  { value: 'panel', label: 'Panel' },
  { value: 'final', label: 'Final' },
  { value: 'other', label: 'Other' },
];
const FORMATS = [
  { value: 'video', label: 'Video' },
  { value: 'phone', label: 'Phone' },
  { value: 'onsite', label: 'On site' },
];
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/** The wall-clock time in a zone, as a UTC instant (the zone may differ from the browser's). */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y!, m! - 1, d!, hh!, mm!, timeZone).toISOString();
}

/** Wall-clock date and time of an instant in a zone, as the form's fields hold them. */
function localParts(instant: string, timeZone: string): { date: string; time: string } {
  const d = new TZDate(new Date(instant).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, h! * 60 + m! + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Add a round, or reschedule one (date, time, zone, format, link) when `interview` is given. */
export function InterviewForm({ applicationId, defaultRound, interview, onDone }: { applicationId: string; defaultRound: number; interview?: InterviewDetail; onDone: () => void }) {
  const startParts = interview ? localParts(interview.startsAt, interview.timeZone) : { date: todayLocal(), time: '10:00' };
  const [round, setRound] = useState<number | string>(interview?.round ?? defaultRound);
  const [kind, setKind] = useState<string>(interview?.kind ?? (defaultRound === 0 ? 'phone_screen' : 'behavioural'));
  const [when, setWhen] = useState('');
  const [date, setDate] = useState(startParts.date);
  const [start, setStart] = useState(startParts.time);
  const [end, setEnd] = useState(interview ? localParts(interview.endsAt, interview.timeZone).time : '11:00');
  const [timeZone, setTimeZone] = useState(interview?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [format, setFormat] = useState<string>(interview?.format ?? 'video');
  const [location, setLocation] = useState(interview?.location ?? '');
  const create = useCreateInterview(applicationId);
  const patch = usePatchInterview(applicationId);
  const parsed = when.trim() ? parseWhen(when, { now: new Date(), timeZone, locale: navigator.language }) : null;
  function readWhen(text: string) {
    setWhen(text);
    const p = text.trim() ? parseWhen(text, { now: new Date(), timeZone, locale: navigator.language }) : null;
    if (p?.ok) {
      const length = Math.max(15, minutesBetween(start, end));
      setDate(p.date);
      setStart(p.time);
      setEnd(addMinutes(p.time, length));
    }
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (parsed && !parsed.ok) return;
    const json = {
      round: Number(round),
      kind: kind as 'technical',
      startsAt: zonedInstant(date, start, timeZone),
      endsAt: zonedInstant(date, end, timeZone),
      timeZone,
      format: format as 'video',
      location,
    };
    if (interview) await patch.mutateAsync({ id: interview.id, json });
    else await create.mutateAsync(json);
    onDone();
  }
  const error = interview ? patch.error : create.error;
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={interview ? 'Reschedule round' : 'Add a round'}>
      <TextInput
        label="When"
        description={parsed?.ok ? `${new Date(parsed.startsAt).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone })} (${timeZone})` : 'Type it as you would say it: “1/12 10am”, “next Tue 3pm”'}
        error={parsed && !parsed.ok ? parsed.message : undefined}
        value={when}
        onChange={(e) => readWhen(e.currentTarget.value)}
        mb="sm"
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label="Round" description="0 is the recruiter screen" min={0} max={20} value={round} onChange={setRound} required />
        <Select label="Kind" data={KINDS} value={kind} onChange={(v) => setKind(v ?? kind)} allowDeselect={false} />
        <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
        <Select label="Time zone" data={ZONES} value={timeZone} onChange={(v) => setTimeZone(v ?? timeZone)} searchable allowDeselect={false} limit={50} />
        <TextInput label="Starts" type="time" value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
        <TextInput label="Ends" type="time" value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
        <Select label="Format" data={FORMATS} value={format} onChange={(v) => setFormat(v ?? format)} allowDeselect={false} />
        <TextInput label="Place or link" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
      </SimpleGrid>
      {error && <Alert mt="sm" color="red" role="alert">{error.message}</Alert>}
      <Group mt="sm">
        <Button type="submit" loading={create.isPending || patch.isPending}>{interview ? 'Save changes' : 'Save round'}</Button>
        <Button variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </form>
  );
}

function minutesBetween(a: string, b: string): number {
  const [ah, am] = a.split(':').map(Number);
  const [bh, bm] = b.split(':').map(Number);
  return bh! * 60 + bm! - (ah! * 60 + am!);
}
