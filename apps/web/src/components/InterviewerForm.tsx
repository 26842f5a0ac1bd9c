import { Alert, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { Interviewer } from '@secondround/core';
import { useAddInterviewer, usePatchInterviewer } from '../api/queries';

/**
 * Add interviewers one after another (the form stays open, focus back on the name for the next
 * person), or fix one already recorded when `person` is given.
 */
export function InterviewerForm({ applicationId, interviewId, person, onDone }: { applicationId: string; interviewId: string; person?: Interviewer; onDone: () => void }) {
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [pronunciation, setPronunciation] = useState(person?.pronunciation ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [nameless, setNameless] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const add = useAddInterviewer(applicationId);
  const patch = usePatchInterviewer(applicationId);
  const error = person ? patch.error : add.error;
  async function submit(e: FormEvent) {
    e.preventDefault();
    // A person without a name cannot be thanked or greeted: say so instead of doing nothing.
    if (!name.trim()) {
      setNameless(true);
      nameRef.current?.focus();
      return;
    }
    const fields = { name, title, email, pronunciation };
    if (person) {
      await patch.mutateAsync({ id: person.id, json: fields });
      onDone();
      return;
    }
    await add.mutateAsync({ interviewId, person: fields });
    setSaved(name.trim());
    setName('');
    setTitle('');
    setEmail('');
    setPronunciation('');
    nameRef.current?.focus();
  }
  const label = person ? `Edit ${person.name}` : 'Add interviewer';
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={label} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <TextInput ref={nameRef} label="Interviewer name" required value={name} onChange={(e) => { setName(e.currentTarget.value); setNameless(false); }} error={nameless ? 'Type their name as it appears in the invitation: an interviewer needs a name.' : undefined} maxLength={200} data-autofocus autoFocus />
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
        <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label="Pronunciation" placeholder="e.g. shiv-AWN" value={pronunciation} onChange={(e) => setPronunciation(e.currentTarget.value)} maxLength={200} />
      </SimpleGrid>
      {error && <Alert mt="xs" color="red" role="alert">{error.message}</Alert>}
      {saved && !person && !error && <Alert mt="xs" color="green" role="status">{saved} added. Add the next person, or close.</Alert>}
      <Group mt="xs">
        <Button type="submit" size="xs" loading={add.isPending || patch.isPending}>{person ? 'Save changes' : 'Save interviewer'}</Button>
        <Button size="xs" variant="default" onClick={onDone}>{person || saved ? 'Close' : 'Cancel'}</Button>
      </Group>
    </form>
  );
}
