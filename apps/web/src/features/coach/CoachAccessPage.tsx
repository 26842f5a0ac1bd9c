import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useRevoke } from '../../api/queries';
import { coachKeys, useCoachShares } from './queries';

function when(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/**
 * Sharing a read-only view with a coach: by the e-mail of the coach's account on this server.
 * The answer never says whether an account uses the e-mail; stopping a share takes effect on the
 * coach's next request.
 */
export function CoachAccessPage() {
  const qc = useQueryClient();
  const shares = useCoachShares();
  const revoke = useRevoke('coach-shares', coachKeys.shares);
  const [email, setEmail] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function share(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    setBusy('share');
    try {
      const made = await unwrap(await api['coach-shares'].$post({ json: { email: email.trim() } }));
      setNotice(made.message);
      setEmail('');
      await qc.invalidateQueries({ queryKey: coachKeys.shares });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  function stopSharing(id: string, who: string) {
    setError(null);
    setNotice(null);
    revoke.mutate(id, { onSuccess: () => setNotice(`You no longer share with ${who}.`), onError: (err) => setError(err.message) });
  }

  return (
    <Stack maw={760}>
      <Title order={1}>Coach access</Title>
      {shares.isError ? (
        <Alert color="blue" role="status">{(shares.error as Error).message}</Alert>
      ) : (
        <Card withBorder>
          <Title order={2} size="h4">Share with a coach</Title>
          <Text size="sm" mt={4}>
            Your coach sees your board, your Diagnosis and your prep sheets, read-only: they cannot change anything, and they see nothing else (no notes, contacts, stories,
            messages or files). Stop sharing at any time; it takes effect at once.
          </Text>
          <form onSubmit={(e) => void share(e)}>
            <Group align="end" mt="sm">
              <TextInput label="Your coach’s e-mail on this server" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} maxLength={320} autoComplete="off" style={{ flex: 1 }} />
              <Button type="submit" loading={busy === 'share'}>Share</Button>
            </Group>
          </form>
          {notice && <Alert color="green" mt="sm" role="status">{notice}</Alert>}
          {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
          <Title order={2} size="h4" mt="md">Shared with</Title>
          {shares.data && shares.data.shares.length === 0 && <Text size="sm" c="dimmed">You share with no one.</Text>}
          {shares.data && shares.data.shares.length > 0 && (
            <Table withTableBorder aria-label="Coaches you share with">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th><span className="visually-hidden">Action</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shares.data.shares.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.email}</Table.Td>
                    <Table.Td>{when(s.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" color="red" variant="light" loading={revoke.isPending && revoke.variables === s.id} onClick={() => stopSharing(s.id, s.email)} aria-label={`Stop sharing with ${s.email}`}>
                        Stop sharing
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
    </Stack>
  );
}
