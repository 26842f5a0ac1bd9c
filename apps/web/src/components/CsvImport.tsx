import { Alert, Button, Checkbox, Code, FileButton, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { acceptedJobId, followJob, jobFraction, type SpreadsheetJob } from '../api/jobs';
import { todayLocal } from '../board-columns';

type Report = NonNullable<SpreadsheetJob['result']>;

/** Send the file; the server stores it and imports it as a background job, followed here until it ends. */
async function upload(file: File, skipInvalid: boolean, onProgress: (fraction: number | null) => void): Promise<Report> {
  // The typed client cannot stream a file body, so this one call uses fetch.
  const url = `/api/import/csv?${new URLSearchParams({ skipInvalid: skipInvalid ? 'true' : 'false', today: todayLocal() })}`;
  const id = await acceptedJobId(await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file }));
  const job = await followJob(id, (j) => onProgress(j.status === 'running' ? jobFraction(j) : null));
  if (job.kind !== 'import-spreadsheet') throw new Error('the server answered with another kind of job');
  if (job.status === 'failed' || !job.result) throw new Error(job.error?.message ?? 'the import failed');
  return job.result;
}

/** Upload a spreadsheet: columns mapped, bad rows listed by line, nothing half imported. */
export function CsvImport() {
  const qc = useQueryClient();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState<number | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function onFile(file: File | null) {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    setFraction(null);
    try {
      const r = await upload(file, skipInvalid, setFraction);
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
      {busy && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">{fraction === null ? 'Importing…' : `Importing: ${Math.round(fraction * 100)}%`}</Text>
          <Progress value={fraction === null ? 100 : Math.round(fraction * 100)} animated={fraction === null} aria-label="Import progress" data-testid="import-progress" />
        </Stack>
      )}
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
