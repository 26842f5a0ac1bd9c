import { Alert, Button, Group, MultiSelect, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { REFERENCE_RELATIONSHIPS, REFERENCE_RELATIONSHIP_LABELS, type ReferenceRecord, type ReferenceRelationship } from '@secondround/core';
import { useStories } from '../prep/queries';
import { useCreateReference, usePatchReference } from './queries';

const KNOWS = [
  { value: '1', label: '1 barely' },
  { value: '2', label: '2 a little' },
  { value: '3', label: '3 fairly well' },
  { value: '4', label: '4 well' },
  { value: '5', label: '5 closely, for years' },
];

/** Add or edit one reference. */
export function ReferenceForm({ reference, onDone }: { reference?: ReferenceRecord; onDone: () => void }) {
  const create = useCreateReference();
  const patch = usePatchReference();
  const { data: stories } = useStories();
  const [name, setName] = useState(reference?.name ?? '');
  const [relationship, setRelationship] = useState<ReferenceRelationship>(reference?.relationship ?? 'colleague');
  const [context, setContext] = useState(reference?.context ?? '');
  const [knowsWork, setKnowsWork] = useState(reference ? String(reference.knowsWork) : '');
  const [email, setEmail] = useState(reference?.email ?? '');
  const [phone, setPhone] = useState(reference?.phone ?? '');
  const [witnessed, setWitnessed] = useState<string[]>(reference?.witnessedStoryIds ?? []);
  const [lastContactOn, setLastContactOn] = useState(reference?.lastContactOn ?? '');
  const [notes, setNotes] = useState(reference?.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const pending = create.isPending || patch.isPending;
  const error = create.error ?? patch.error;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem('Give the reference’s name.');
    if (!knowsWork) return setProblem('Say how well this person knows your work (1 to 5).');
    setProblem(null);
    const json = { name: name.trim(), relationship, context: context || null, knowsWork: Number(knowsWork), email: email.trim() || null, phone: phone || null, witnessedStoryIds: witnessed, lastContactOn: lastContactOn || null, notes: notes || null };
    if (reference) patch.mutate({ id: reference.id, json }, { onSuccess: onDone });
    else create.mutate(json, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-label={reference ? `Edit ${reference.name}` : 'Add a reference'}>
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} data-autofocus autoFocus />
          <Select label="Relationship" data={REFERENCE_RELATIONSHIPS.map((r) => ({ value: r, label: REFERENCE_RELATIONSHIP_LABELS[r] }))} value={relationship} onChange={(v) => v && setRelationship(v as ReferenceRelationship)} allowDeselect={false} />
        </Group>
        <TextInput label="Where you worked together" placeholder="Team lead at Acme, 2019–2022" value={context} onChange={(e) => setContext(e.currentTarget.value)} maxLength={300} />
        <Radio.Group label="How well do they know your work?" required value={knowsWork} onChange={setKnowsWork}>
          <Group gap="md" mt={6} wrap="wrap">{KNOWS.map((k) => <Radio key={k.value} value={k.value} label={k.label} />)}</Group>
        </Radio.Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="E-mail" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} maxLength={320} />
          <TextInput label="Phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} maxLength={50} />
          <TextInput label="Last in touch" type="date" value={lastContactOn} onChange={(e) => setLastContactOn(e.currentTarget.value)} />
        </Group>
        <MultiSelect
          label="Stories of yours they witnessed"
          description={stories && stories.length === 0 ? 'Your story bank is empty: add stories there first.' : 'They go into the brief, so the reference remembers the work.'}
          data={(stories ?? []).map((s) => ({ value: s.id, label: s.title }))}
          value={witnessed}
          onChange={setWitnessed}
          searchable
        />
        <Textarea label="Notes" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} maxLength={5000} autosize minRows={2} />
        {(problem || error) && <Alert color="red" role="alert">{problem ?? error?.message}</Alert>}
        <Group>
          <Button type="submit" loading={pending}>{reference ? 'Save' : 'Add reference'}</Button>
          <Button variant="default" onClick={onDone}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
