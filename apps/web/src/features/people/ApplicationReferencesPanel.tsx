import { Alert, Anchor, Button, Card, CopyButton, Group, List, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { localToday, useBrief, useDeleteUse, useGiveReference, usePatchUse, useReferences, useReferenceUses, useSendBrief } from './queries';

type UseView = NonNullable<ReturnType<typeof useReferenceUses>['data']>[number];

/** Which references were given for this application, their briefs, and the reference checks. */
export function ApplicationReferencesPanel({ applicationId }: { applicationId: string }) {
  const { data: uses, error } = useReferenceUses(applicationId);
  const { data: refs } = useReferences();
  const give = useGiveReference(applicationId);
  const [pick, setPick] = useState<string | null>(null);
  const [givenOn, setGivenOn] = useState(localToday());
  if (error) return <Alert color="red" role="alert">{error.message}</Alert>;
  const available = (refs ?? []).filter((r) => !(uses ?? []).some((u) => u.referenceId === r.id));
  return (
    <Stack gap="md" maw={860}>
      {(uses ?? []).length === 0 && <Text c="dimmed">No reference given for this application yet.</Text>}
      {(uses ?? []).map((u) => <UseCard key={u.id} use={u} />)}
      {refs && refs.length === 0 ? (
        <Text size="sm">
          Your list of references is empty. <Anchor component={Link} to="/references">Add your references</Anchor> first.
        </Text>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); if (pick) give.mutate({ referenceId: pick, givenOn }, { onSuccess: () => setPick(null) }); }}>
          <Group align="flex-end" wrap="wrap">
            <Select label="Give a reference" placeholder="Choose a reference" data={available.map((r) => ({ value: r.id, label: `${r.name} (knows your work: ${r.knowsWork} of 5)` }))} value={pick} onChange={setPick} />
            <TextInput label="Given on" type="date" value={givenOn} onChange={(e) => setGivenOn(e.currentTarget.value)} required />
            <Button type="submit" disabled={!pick} loading={give.isPending}>Give</Button>
          </Group>
          {give.error && <Alert mt="xs" color="red" role="alert">{give.error.message}</Alert>}
        </form>
      )}
    </Stack>
  );
}

function UseCard({ use }: { use: UseView }) {
  const patch = usePatchUse();
  const remove = useDeleteUse();
  const [briefOpen, setBriefOpen] = useState(false);
  const [checkedOn, setCheckedOn] = useState(use.checkedOn ?? '');
  return (
    <Card withBorder component="article" aria-label={`Reference: ${use.reference.name}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5">{use.reference.name}</Title>
        <Text size="sm" c="dimmed">Given {use.givenOn}{use.briefedOn ? ` · briefed ${use.briefedOn}` : ' · not briefed yet'}{use.checkedOn ? ` · checked ${use.checkedOn}` : ''}</Text>
      </Group>
      {use.warnings.length > 0 && (
        <List size="sm" mt={6} c="orange.9">{use.warnings.map((w) => <List.Item key={w.code}>{w.message}</List.Item>)}</List>
      )}
      <Group gap="xs" mt="xs" wrap="wrap" align="flex-end">
        <Button size="xs" onClick={() => setBriefOpen((o) => !o)} aria-expanded={briefOpen}>{briefOpen ? 'Hide the brief' : 'Brief this reference'}</Button>
        {!use.briefedOn && <Button size="xs" variant="default" loading={patch.isPending} onClick={() => patch.mutate({ id: use.id, json: { briefedOn: localToday() } })}>Mark briefed today</Button>}
        <TextInput size="xs" label="Reference check on" type="date" value={checkedOn} onChange={(e) => setCheckedOn(e.currentTarget.value)} />
        <Button size="xs" variant="default" loading={patch.isPending} onClick={() => patch.mutate({ id: use.id, json: { checkedOn: checkedOn || null } })}>Save check</Button>
        <Button size="xs" variant="default" color="red" loading={remove.isPending} onClick={() => remove.mutate(use.id)}>Remove</Button>
      </Group>
      {patch.error && <Alert mt="xs" color="red" role="alert">{patch.error.message}</Alert>}
      {briefOpen && <BriefBox use={use} />}
    </Card>
  );
}

function BriefBox({ use }: { use: UseView }) {
  const { data, error, isLoading } = useBrief(use.id, true);
  const sendBrief = useSendBrief();
  const patch = usePatchUse();
  if (isLoading) return <Text size="sm" mt="xs">Drafting the brief…</Text>;
  if (error || !data) return <Alert mt="xs" color="red" role="alert">{error?.message ?? 'Could not draft the brief'}</Alert>;
  const text = `Subject: ${data.subject}\n\n${data.body}`;
  return (
    <Stack gap="xs" mt="sm">
      <Textarea label={`Brief for ${use.reference.name}`} value={text} readOnly autosize minRows={8} maxRows={24} />
      <Group gap="xs" wrap="wrap">
        <CopyButton value={text}>
          {({ copied, copy }) => <Button size="xs" onClick={() => { copy(); if (!use.briefedOn) patch.mutate({ id: use.id, json: { briefedOn: localToday() } }); }}>{copied ? 'Copied' : 'Copy and mark briefed'}</Button>}
        </CopyButton>
        <Button size="xs" variant="default" component="a" href={`/api/reference-uses/${use.id}/brief.eml`} download>Download .eml</Button>
        <Button size="xs" variant="default" loading={sendBrief.isPending} disabled={!data.to} title={data.to ? undefined : 'Add an e-mail address on the References page'} onClick={() => sendBrief.mutate(use.id)}>
          {data.to ? `Send to ${data.to}` : 'Send (no e-mail address)'}
        </Button>
      </Group>
      {sendBrief.error && <Alert color="red" role="alert">{sendBrief.error.message}</Alert>}
      {sendBrief.isSuccess && <Text size="sm" role="status">Sent, and recorded as briefed today.</Text>}
    </Stack>
  );
}
