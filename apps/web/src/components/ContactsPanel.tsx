import { ActionIcon, Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Contact } from '@secondround/core';
import { useCreateContact, useDeleteContact, usePatchContact } from '../api/queries';
import type { AppProps } from './types';

/** People at this company: the recruiter, a referrer, the hiring manager. */
export function ContactsPanel({ app }: AppProps) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const create = useCreateContact(app.id);
  const remove = useDeleteContact(app.id);
  const [editing, setEditing] = useState<string | null>(null);
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
      {app.contacts.map((c) =>
        editing === c.id ? (
          <ContactEditor key={c.id} applicationId={app.id} contact={c} onDone={() => setEditing(null)} />
        ) : (
        <Group key={c.id} gap="xs">
          <Text fw={600}>{c.name}</Text>
          {c.title && <Text size="sm" c="dimmed">{c.title}</Text>}
          {c.email && <Text size="sm">{c.email}</Text>}
          <Button size="compact-xs" variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c.id)}>Edit</Button>
          <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${c.name}`} onClick={() => remove.mutate(c.id)}>×</ActionIcon>
        </Group>
        ),
      )}
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

function ContactEditor({ applicationId, contact, onDone }: { applicationId: string; contact: Contact; onDone: () => void }) {
  const [name, setName] = useState(contact.name);
  const [title, setTitle] = useState(contact.title ?? '');
  const [email, setEmail] = useState(contact.email ?? '');
  const [phone, setPhone] = useState(contact.phone ?? '');
  const patch = usePatchContact(applicationId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await patch.mutateAsync({ id: contact.id, json: { name, title, email, phone } });
    onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={`Edit ${contact.name}`}>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput label="Contact name" required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus autoFocus maxLength={200} />
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
        <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label="Phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} maxLength={50} />
      </SimpleGrid>
      {patch.error && <Alert mt="xs" color="red" role="alert">{patch.error.message}</Alert>}
      <Group mt="xs">
        <Button size="xs" type="submit" disabled={!name.trim()} loading={patch.isPending}>Save changes</Button>
        <Button size="xs" variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </form>
  );
}
