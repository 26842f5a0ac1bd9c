import { Alert, Button, Checkbox, Code, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, unwrap } from '../api/client';
import { CsvImport } from '../components/CsvImport';
import { AutoBackups } from '../components/AutoBackups';

/** Backups out and in, and (soon) spreadsheets. Everything runs against this server only. */
export function DataPage() {
  const qc = useQueryClient();
  const [replace, setReplace] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function restore(file: File | null) {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const body = await file.text();
      try {
        JSON.parse(body);
      } catch {
        throw new ApiError(400, 'BAD_JSON', `${file.name} is not a JSON backup`);
      }
      const res = await fetch(`/api/backup${replace ? '?replace=true' : ''}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const result = (await unwrap(res)) as { applications: number; interviews: number };
      setMessage({ ok: true, text: `Restored ${result.applications} applications and ${result.interviews} interviews.` });
      await qc.invalidateQueries();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">Import & export</Title>
      <Title order={3} size="h4">Back up your search</Title>
      <Text size="sm">A full JSON backup of your applications, rounds, interviewers and contacts. Keep it somewhere safe; restore it here or with <Code>npx secondround import FILE</Code>.</Text>
      <Group>
        <Button component="a" href="/api/backup" download>Download backup</Button>
      </Group>
      <Title order={3} size="h4" mt="md">Restore a backup</Title>
      <Text size="sm">All or nothing: if anything in the file is wrong, nothing changes.</Text>
      <Checkbox label="Replace what is here now" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
      <Group>
        <FileButton onChange={(f) => void restore(f)} accept="application/json,.json">
          {(props) => <Button {...props} variant="light" loading={busy}>Choose a backup file…</Button>}
        </FileButton>
      </Group>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <AutoBackups />
      <Title order={3} size="h4" mt="md">From a spreadsheet or another tracker</Title>
      <CsvImport />
    </Stack>
  );
}
