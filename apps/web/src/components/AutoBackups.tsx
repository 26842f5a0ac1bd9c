import { Alert, Button, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';

const AUTO_BACKUPS_KEY = ['auto-backups'] as const;

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'long', day: 'numeric' });
}

/**
 * The automatic daily copies of the database (personal mode), each restorable in one click; the
 * server copies the current state first, so a restore can itself be undone from this list.
 */
export function AutoBackups() {
  const qc = useQueryClient();
  const list = useQuery({ queryKey: AUTO_BACKUPS_KEY, queryFn: async () => unwrap(await api['auto-backups'].$get()) });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function restore(name: string, day: string) {
    setBusy(name);
    setMessage(null);
    try {
      const result = await unwrap(await api['auto-backups'].restore.$post({ json: { name } }));
      setMessage({ ok: true, text: `Restored the copy of ${dayLabel(day)}. What was here just before is kept as ${result.before.name}, at the top of this list.` });
      await qc.invalidateQueries();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4" mt="md">Automatic backups</Title>
      {list.isError && <Alert color="red" role="alert">{(list.error as Error).message}</Alert>}
      {list.data && !list.data.available && <Text size="sm">{list.data.message}</Text>}
      {list.data?.available && (
        <>
          <Text size="sm">
            A copy of the whole database is made on each day you use the app, in <Code>{list.data.directory}</Code>; the last {list.data.keep} are kept. Restoring one first copies what is here now, so you can go back.
          </Text>
          {list.data.backups.length === 0 ? (
            <Text size="sm" c="dimmed">No copy yet: the first one is made today.</Text>
          ) : (
            <Table striped withTableBorder aria-label="Automatic backups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Day</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th><span className="visually-hidden">Action</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.backups.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td>{dayLabel(b.day)}</Table.Td>
                    <Table.Td>{b.kind === 'daily' ? 'daily copy' : 'taken before a restore'}</Table.Td>
                    <Table.Td>{size(b.bytes)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" loading={busy === b.name} disabled={busy !== null && busy !== b.name} onClick={() => void restore(b.name, b.day)} aria-label={`Restore ${b.name}`}>
                        Restore
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
