import { Alert, Button, Checkbox, Code, FileButton, Group, List, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { todayLocal } from '../board-columns';

type Report = Awaited<ReturnType<typeof upload>>;

async function upload(file: File, skipInvalid: boolean) {
  // The typed client cannot stream a file body, so this one call uses fetch; its response type
  // still comes from the route definition.
  const url = `/api/import/csv?${new URLSearchParams({ skipInvalid: skipInvalid ? 'true' : 'false', today: todayLocal() })}`;
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file });
  return unwrap(res as unknown as Awaited<ReturnType<typeof api.import.csv.$post>>);
}

/** Upload a spreadsheet: columns mapped, bad rows listed by line, nothing half imported. */
export function CsvImport() {
  const qc = useQueryClient();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function onFile(file: File | null) {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const r = await upload(file, skipInvalid);
      setReport(r);
      if (r.imported > 0) await qc.invalidateQueries();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack>
      <Text size="sm">
        Columns: <Code>company, role, applied_on, stage_reached, outcome, outcome_on, outcome_reason, listing_url, notes</Code>, or a Huntr or Teal export. If any row is invalid, nothing is imported unless you choose to skip invalid rows.
      </Text>
      <Checkbox label="Skip invalid rows (import the rest)" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} />
      <Group>
        <FileButton onChange={(f) => void onFile(f)} accept=".csv,.tsv,.txt,text/csv">
          {(props) => <Button {...props} variant="light" loading={busy}>Choose a spreadsheet (.csv)…</Button>}
        </FileButton>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {report && (
        <Alert color={report.blocked ? 'orange' : 'teal'} role="status" title={report.blocked ? `Nothing imported: ${report.invalidRows} invalid rows` : `Imported ${report.imported} applications`}>
          <Text size="sm">{report.rows} rows read as {report.format} ({report.encoding}).</Text>
          {report.unknownColumns.length > 0 && <Text size="sm">Columns not imported: {report.unknownColumns.join(', ')}</Text>}
          {report.invalid.length > 0 && (
            <Table mt="xs" withTableBorder>
              <Table.Thead><Table.Tr><Table.Th>Line</Table.Th><Table.Th>Problem</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {report.invalid.slice(0, 100).map((p, i) => (
                  <Table.Tr key={i}><Table.Td>{p.line}</Table.Td><Table.Td>{p.message}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {report.invalid.length > 100 && <List size="sm"><List.Item>… and {report.invalid.length - 100} more</List.Item></List>}
        </Alert>
      )}
    </Stack>
  );
}
