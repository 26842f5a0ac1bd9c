import { Alert, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAddInterviewer } from '../api/queries';

export function InterviewerForm({ applicationId, interviewId, onDone }: { applicationId: string; interviewId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [pronunciation, setPronunciation] = useState('');
  const add = useAddInterviewer(applicationId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await add.mutateAsync({ interviewId, person: { name, title, email, pronunciation } });
    setName('');
    setTitle('');
    setEmail('');
    setPronunciation('');
    onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add interviewer">
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <TextInput label="Interviewer name" required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
        <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label="Pronunciation" placeholder="e.g. shiv-AWN" value={pronunciation} onChange={(e) => setPronunciation(e.currentTarget.value)} maxLength={200} />
      </SimpleGrid>
      {add.error && <Alert mt="xs" color="red" role="alert">{add.error.message}</Alert>}
      <Group mt="xs">
        <Button type="submit" size="xs" loading={add.isPending} disabled={!name.trim()}>Save interviewer</Button>
        <Button size="xs" variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </form>
  );
}
