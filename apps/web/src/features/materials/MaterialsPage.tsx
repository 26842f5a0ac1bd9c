import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Badge, Button, Card, Checkbox, FileButton, Group, List, Loader, Modal, MultiSelect, NumberInput, Progress, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { MATERIAL_FORMAT_LABELS, MATERIAL_FORMATS, MATERIAL_KIND_LABELS, MATERIAL_KINDS, SEND_METHODS } from '@secondround/core';
import { useApplication } from '../../api/queries';
import { ApiError } from '../../api/client';
import { useMaterials, useMaterialsWrites, type ItemsBody, type MaterialsView } from './queries';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { SubmissionsList } from './SubmissionsList';

type Draft = ItemsBody['items'][number];

const KIND_OPTIONS = MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] }));
const FORMAT_OPTIONS = MATERIAL_FORMATS.map((f) => ({ value: f, label: MATERIAL_FORMAT_LABELS[f] }));
const VIA_OPTIONS = SEND_METHODS.map((v) => ({ value: v, label: v === 'upload' ? 'Upload' : v === 'email' ? 'E-mail' : 'Portal' }));
const MB = 1024 * 1024;

function draftsOf(view: MaterialsView): Draft[] {
  return view.items.map((i) => ({ id: i.id, kind: i.kind, label: i.label, required: i.required, formats: i.formats, maxBytes: i.maxBytes, via: i.via }));
}

/**
 * The list being edited after the saved one changed under it (an item deleted or brought back
 * with Undo): saved items in the saved order, each keeping its unsaved edits, then the new ones.
 * A saved item is only ever removed on the server (Delete), so one missing here came back.
 */
function reconcile(drafts: Draft[], view: MaterialsView): Draft[] {
  const saved = draftsOf(view).map((s) => drafts.find((d) => d.id === s.id) ?? s);
  return [...saved, ...drafts.filter((d) => d.id === undefined)];
}

const itemName = (d: Draft, i: number): string => (d.kind !== 'other' ? MATERIAL_KIND_LABELS[d.kind] : d.label ? `“${d.label}”` : `item ${i + 1}`);

/** `/applications/:id/materials`: what the listing asks for, the files sent, the resume against the listing. */
export function MaterialsPage() {
  const { id = '' } = useParams();
  const app = useApplication(id);
  const materials = useMaterials(id);
  const writes = useMaterialsWrites(id);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [dirty, setDirty] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [asking, setAsking] = useState<string[] | null>(null);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);

  useEffect(() => {
    if (!materials.data) return;
    const view = materials.data;
    setDrafts((d) => (dirty ? reconcile(d, view) : draftsOf(view)));
  }, [materials.data, dirty]);

  const missing = [app.error, materials.error].some((e) => e instanceof ApiError && e.status === 404);
  if (missing) return <NotFoundPage />;
  if (materials.isLoading || app.isLoading) return <Loader aria-label="Loading" />;
  if (materials.error || !materials.data) return <Alert color="red" role="alert">{materials.error?.message ?? 'Could not load the materials'}</Alert>;
  const view = materials.data;
  const edit = (i: number, patch: Partial<Draft>) => {
    setDirty(true);
    setDrafts((d) => d.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  };
  const save = () => writes.saveItems.mutate(drafts, { onSuccess: () => setDirty(false) });
  const markSubmitted = (withReason?: string) =>
    writes.submit.mutate(withReason, {
      onSuccess: (r) => {
        setAsking(null);
        setReason('');
        setSubmitted(r.movedToApplied ? 'Marked as submitted; the application moved to Applied.' : 'Marked as submitted.');
      },
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'REASON_NEEDED') setAsking(view.check.items.flatMap((i) => i.problems));
      },
    });

  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to={`/applications/${id}`} size="sm">← {app.data ? `${app.data.company} — ${app.data.role}` : 'Application'}</Anchor>
      <Title order={1} size="h2">Materials</Title>

      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">What they ask for</Title>
          <Group gap="xs">
            <Button variant="light" disabled={!view.hasListing} loading={writes.fromListing.isPending} onClick={() => writes.fromListing.mutate()}>Read from the listing</Button>
            <Button variant="default" onClick={() => { setDirty(true); setDrafts((d) => [...d, { kind: 'other', label: null, required: true, formats: [], maxBytes: null, via: null }]); }}>Add item</Button>
          </Group>
        </Group>
        {!view.hasListing && <Text size="sm" c="dimmed">Paste the listing on the application to read what it asks for.</Text>}
        {view.listingSentences.length > 0 && (
          <List size="sm" mb="sm" aria-label="What the listing says">
            {view.listingSentences.map((s) => <List.Item key={s}>“{s}”</List.Item>)}
          </List>
        )}
        {writes.fromListing.error && <Alert color="red" role="alert">{writes.fromListing.error.message}</Alert>}
        {drafts.length === 0 ? <Text size="sm">No materials listed yet.</Text> : (
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Formats</Table.Th><Table.Th>Max MB</Table.Th><Table.Th>How</Table.Th><Table.Th>Required</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>
                {drafts.map((d, i) => (
                  <Table.Tr key={d.id ?? `new-${i}`}>
                    <Table.Td>
                      <Select aria-label={`Kind of item ${i + 1}`} data={KIND_OPTIONS} value={d.kind} onChange={(v) => v && edit(i, { kind: v as Draft['kind'] })} allowDeselect={false} />
                      {d.kind === 'other' && <TextInput mt={4} aria-label={`Name of item ${i + 1}`} placeholder="What" value={d.label ?? ''} onChange={(e) => edit(i, { label: e.currentTarget.value || null })} />}
                    </Table.Td>
                    <Table.Td><MultiSelect aria-label={`Formats of item ${i + 1}`} data={FORMAT_OPTIONS} value={d.formats} onChange={(v) => edit(i, { formats: v as Draft['formats'] })} placeholder="any" /></Table.Td>
                    <Table.Td><NumberInput aria-label={`Size limit of item ${i + 1} in MB`} w={90} min={0.1} step={1} value={d.maxBytes ? d.maxBytes / MB : ''} onChange={(v) => edit(i, { maxBytes: typeof v === 'number' && v > 0 ? Math.round(v * MB) : null })} /></Table.Td>
                    <Table.Td><Select aria-label={`How to send item ${i + 1}`} w={110} data={VIA_OPTIONS} value={d.via} onChange={(v) => edit(i, { via: (v as Draft['via']) ?? null })} clearable /></Table.Td>
                    <Table.Td><Checkbox aria-label={`Item ${i + 1} required`} checked={d.required} onChange={(e) => edit(i, { required: e.currentTarget.checked })} /></Table.Td>
                    <Table.Td>
                      {/* A saved item is deleted at once (Undo is offered); a new one is only dropped from the list. */}
                      {d.id === undefined ? (
                        <Button variant="subtle" color="red" size="xs" aria-label={`Remove ${itemName(d, i)}`} onClick={() => setDrafts((x) => x.filter((_, j) => j !== i))}>Remove</Button>
                      ) : (
                        <Button variant="subtle" color="red" size="xs" aria-label={`Delete ${itemName(d, i)}`} loading={writes.removeItem.isPending && writes.removeItem.variables === d.id} onClick={() => d.id && writes.removeItem.mutate(d.id)}>Delete</Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {dirty && <Group mt="sm"><Button onClick={save} loading={writes.saveItems.isPending}>Save list</Button><Button variant="default" onClick={() => { setDirty(false); setDrafts(draftsOf(view)); }}>Cancel</Button></Group>}
        {writes.removeItem.error && <Alert color="red" role="alert" mt="sm">{writes.removeItem.error.message}</Alert>}
        {writes.saveItems.error && <Alert color="red" role="alert" mt="sm">{writes.saveItems.error.message}</Alert>}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">Files sent</Title>
        {uploadError && <Alert color="red" role="alert" mb="sm" withCloseButton onClose={() => setUploadError(null)}>{uploadError}</Alert>}
        {view.check.items.length === 0 ? <Text size="sm">List what they ask for first; then attach a file to each item.</Text> : (
          <Stack gap="sm">
            {view.check.items.map((item) => (
              <Group key={item.itemId} justify="space-between" align="flex-start" wrap="nowrap" data-testid={`item-${item.kind}`}>
                <div>
                  <Text fw={600}>{item.label ?? MATERIAL_KIND_LABELS[item.kind]}{item.required ? '' : ' (optional)'}</Text>
                  {item.file ? (
                    <Group gap="xs" wrap="wrap">
                      {/* Each a touch target of 24 px at least, also when the line wraps on a phone. */}
                      {view.filesNotHere.includes(item.file.id) ? (
                        <Text size="sm" style={{ paddingBlock: 4 }}>
                          {item.file.name} <Text span size="xs" c="dimmed">(not on this machine: a backup keeps the name, not the file)</Text>
                        </Text>
                      ) : (
                        <Anchor href={`/api/materials/files/${item.file.id}`} size="sm" style={{ display: 'inline-block', paddingBlock: 4 }}>{item.file.name}</Anchor>
                      )}{' '}
                      <Badge size="sm" variant="light">{item.file.format ? MATERIAL_FORMAT_LABELS[item.file.format] : 'unknown type'}</Badge>
                      <Button variant="subtle" color="red" size="xs" loading={writes.removeFile.isPending && writes.removeFile.variables === item.file.id} onClick={() => item.file && writes.removeFile.mutate(item.file.id)} aria-label={`Remove the file ${item.file.name}`}>Remove file</Button>
                    </Group>
                  ) : <Text size="sm" c="dimmed">No file attached.</Text>}
                  {item.problems.map((p) => <Text key={p} size="sm" c="red">{p}</Text>)}
                  {item.file && item.problems.length === 0 && <Text size="sm" c="teal">As asked.</Text>}
                </div>
                <FileButton onChange={(file) => file && item.itemId && writes.upload.mutate({ file, itemId: item.itemId }, { onSuccess: () => setUploadError(null), onError: (e) => setUploadError(e.message) })}>
                  {(props) => <Button {...props} variant="light" loading={writes.upload.isPending && writes.upload.variables?.itemId === item.itemId} aria-label={`Attach a file for ${item.label ?? MATERIAL_KIND_LABELS[item.kind]}`}>Attach file</Button>}
                </FileButton>
              </Group>
            ))}
          </Stack>
        )}
      </Card>

      <ResumeCard view={view} />

      <Card withBorder>
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">Submit</Title>
            <Text size="sm">{view.check.ok ? 'Everything is as asked.' : 'Something is missing or not as asked.'}</Text>
          </div>
          <Button onClick={() => markSubmitted()} loading={writes.submit.isPending && !asking}>Mark as submitted</Button>
        </Group>
        {submitted && <Alert color="teal" mt="sm" role="status">{submitted}</Alert>}
        {writes.submit.error && !(writes.submit.error instanceof ApiError && writes.submit.error.code === 'REASON_NEEDED') && <Alert color="red" role="alert" mt="sm">{writes.submit.error.message}</Alert>}
        <SubmissionsList applicationId={id} view={view} loadedAt={materials.dataUpdatedAt} />
      </Card>

      <Modal opened={asking !== null} onClose={() => setAsking(null)} title="Something is not as asked">
        <Stack>
          <List size="sm">{(asking ?? []).map((p) => <List.Item key={p}>{p}</List.Item>)}</List>
          <Textarea label="Why is it going out like this?" description="Kept with the application; the Diagnosis reads it." value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>Go back and fix it</Button>
            <Button disabled={reason.trim() === ''} loading={writes.submit.isPending} onClick={() => markSubmitted(reason.trim())}>Submit anyway</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ResumeCard({ view }: { view: MaterialsView }) {
  const r = view.resume;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">Resume against the listing</Title>
      {!r ? <Text size="sm">{view.resumeNote ?? 'Attach a resume (PDF, Word or text) to see how it covers the listing’s skills.'}</Text> : (
        <Stack gap="xs">
          <Text size="sm">{r.fileName} <Text span c="dimmed" size="xs">({r.sha256.slice(0, 7)})</Text></Text>
          {r.matchRate !== null && (
            <>
              <Text fw={600} aria-label="Match rate">Match: {Math.round(r.matchRate * 100)}%</Text>
              <Progress value={r.matchRate * 100} aria-hidden />
            </>
          )}
          {r.warnings.map((w) => <Alert key={w} color="orange" role="alert">{w}</Alert>)}
          <Text size="sm"><b>Found:</b> {r.found.join(', ') || 'none'}</Text>
          <Text size="sm"><b>Missing:</b> {r.missing.map((s) => (r.missingRequired.includes(s) ? `${s} (required)` : s)).join(', ') || 'none'}</Text>
        </Stack>
      )}
    </Card>
  );
}
