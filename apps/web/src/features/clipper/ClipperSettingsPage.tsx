import { Alert, Button, Code, CopyButton, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useRevoke } from '../../api/queries';

const TOKENS_KEY = ['pairing-tokens'] as const;

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'never';
}

/**
 * Pairing the browser extension: a token made here is pasted once in the extension's options,
 * with this server's address. Only a hash is kept, so a token is shown once; revoking one stops
 * that browser at its next click.
 */
export function ClipperSettingsPage() {
  const qc = useQueryClient();
  const revoke = useRevoke('pairing-tokens', TOKENS_KEY);
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: async () => unwrap(await api['pairing-tokens'].$get()) });
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy('create');
    try {
      const made = await unwrap(await api['pairing-tokens'].$post({ json: { name: name.trim() || 'Browser' } }));
      setFresh({ name: made.record.name, token: made.token });
      setName('');
      await qc.invalidateQueries({ queryKey: TOKENS_KEY });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  function revokeToken(id: string) {
    setError(null);
    revoke.mutate(id, { onError: (err) => setError(err.message) });
  }

  return (
    <Stack maw={760}>
      <Title order={1}>Browser clipper</Title>
      <Text>
        The secondround extension saves the job listing open in your browser as a <em>saved</em> application in one click, and a second click on the same listing opens it here. To pair a browser: create a token below, then open the extension’s options and paste this
        server’s address and the token.
      </Text>
      <List size="sm">
        <List.Item>
          Server address: <Code>{window.location.origin}</Code>
        </List.Item>
        <List.Item>A token lets the extension save listings and find them, nothing else. Revoke it when you stop using that browser.</List.Item>
      </List>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <form onSubmit={(e) => void create(e)}>
        <Group align="end">
          <TextInput label="Name of the browser" placeholder="Firefox on my laptop" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
          <Button type="submit" loading={busy === 'create'}>Create pairing token</Button>
        </Group>
      </form>
      {fresh && (
        <Alert color="green" title={`Pairing token for ${fresh.name}`} role="status">
          <Text size="sm" mb="xs">Copy it now: it is shown only this once.</Text>
          <Group gap="xs" wrap="nowrap">
            <Code data-testid="pairing-token" style={{ wordBreak: 'break-all' }}>{fresh.token}</Code>
            <CopyButton value={fresh.token}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
          </Group>
        </Alert>
      )}
      <Title order={2} size="h4">Paired browsers</Title>
      {tokens.isError && <Alert color="red" role="alert">{(tokens.error as Error).message}</Alert>}
      {tokens.data && tokens.data.length === 0 && <Text size="sm" c="dimmed">No browser is paired.</Text>}
      {tokens.data && tokens.data.length > 0 && (
        <Table striped withTableBorder aria-label="Pairing tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th><span className="visually-hidden">Action</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>{when(t.createdAt)}</Table.Td>
                <Table.Td>{when(t.lastUsedAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" color="red" variant="light" loading={revoke.isPending && revoke.variables === t.id} onClick={() => revokeToken(t.id)} aria-label={`Revoke the token of ${t.name}`}>
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed">
        How to build and load the extension in Chrome, Edge or Firefox: see the README section “Browser clipper” of the project.
      </Text>
    </Stack>
  );
}
