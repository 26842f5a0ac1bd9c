import { ActionIcon, Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCreateContact, useDeleteContact } from '../api/queries';
import type { AppProps } from './types';

/** People at this company: the recruiter, a referrer, the hiring manager. */
export function ContactsPanel({ app }: AppProps) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const create = useCreateContact(app.id);
  const remove = useDeleteContact(app.id);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await create.mutateAsync({ applicationId: app.id, name, title, email, company: app.company });
    setName('');
    setTitle('');
    setEmail('');
  }
  return (
    <Stack>
      {app.contacts.length === 0 && <Text size="sm" c="dimmed">No contacts yet.</Text>}
      {app.contacts.map((c) => (
        <Group key={c.id} gap="xs">
          <Text fw={600}>{c.name}</Text>
          {c.title && <Text size="sm" c="dimmed">{c.title}</Text>}
          {c.email && <Text size="sm">{c.email}</Text>}
          <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${c.name}`} onClick={() => remove.mutate(c.id)}>×</ActionIcon>
        </Group>
      ))}
      <form onSubmit={(e) => void submit(e)} aria-label="Add contact">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Contact name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        </SimpleGrid>
        {create.error && <Alert mt="xs" color="red" role="alert">{create.error.message}</Alert>}
        <Button mt="xs" size="xs" type="submit" disabled={!name.trim()} loading={create.isPending}>Add contact</Button>
      </form>
    </Stack>
  );
}
