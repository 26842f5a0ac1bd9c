import { Alert, Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { TZDate } from '@date-fns/tz';
import { useState, type FormEvent } from 'react';
import { useCreateInterview } from '../api/queries';
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

export function InterviewForm({ applicationId, defaultRound, onDone }: { applicationId: string; defaultRound: number; onDone: () => void }) {
  const [round, setRound] = useState<number | string>(defaultRound);
  const [kind, setKind] = useState<string>(defaultRound === 0 ? 'phone_screen' : 'behavioural');
  const [date, setDate] = useState(todayLocal());
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('11:00');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [format, setFormat] = useState<string>('video');
  const [location, setLocation] = useState('');
  const create = useCreateInterview(applicationId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await create.mutateAsync({
      round: Number(round),
      kind: kind as 'technical',
      startsAt: zonedInstant(date, start, timeZone),
      endsAt: zonedInstant(date, end, timeZone),
      timeZone,
      format: format as 'video',
      location,
    });
    onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add a round">
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
      {create.error && <Alert mt="sm" color="red" role="alert">{create.error.message}</Alert>}
      <Group mt="sm">
        <Button type="submit" loading={create.isPending}>Save round</Button>
        <Button variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </form>
  );
}
