import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { TAG_LIMITS, type Priority } from '@secondround/core';
import { useState } from 'react';
import { usePatchApplication, type ApplicationPatch } from '../api/queries';
import type { AppProps } from './types';

const WORKPLACES = [
  { value: 'remote', label: 'Remote' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'On site' },
];

const PRIORITY_OPTIONS = [
  { value: 'high', label: 'High' },
  { value: 'normal', label: 'Normal' },
  { value: 'low', label: 'Low' },
];

export function DetailsForm({ app }: AppProps) {
  const [v, setV] = useState({
    company: app.company,
    role: app.role,
    source: app.source ?? '',
    location: app.location ?? '',
    workplace: app.workplace as string | null,
    salaryMin: app.salaryMin as number | string | null,
    salaryMax: app.salaryMax as number | string | null,
    salaryCurrency: app.salaryCurrency ?? '',
    notes: app.notes ?? '',
    tags: app.tags,
    priority: app.priority as string,
  });
  const patch = usePatchApplication(app.id);
  // The version these values were loaded from; a refetch on focus must not hide another tab's save.
  const [version, setVersion] = useState(app.updatedAt);
  const set = (k: keyof typeof v) => (value: unknown) => setV((old) => ({ ...old, [k]: value }));
  const num = (x: number | string | null) => (x === '' || x === null ? null : Number(x));
  function save() {
    const body: ApplicationPatch = {
      company: v.company,
      role: v.role,
      source: v.source,
      location: v.location,
      workplace: (v.workplace as 'remote' | 'hybrid' | 'onsite' | null) ?? null,
      salaryMin: num(v.salaryMin),
      salaryMax: num(v.salaryMax),
      salaryCurrency: v.salaryCurrency ? v.salaryCurrency.toUpperCase() : null,
      notes: v.notes,
      tags: v.tags,
      priority: v.priority as Priority,
    };
    patch.mutate({ json: body, version }, { onSuccess: (saved) => setVersion(saved.updatedAt) });
  }
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Company" required value={v.company} onChange={(e) => set('company')(e.currentTarget.value)} />
        <TextInput label="Role" required value={v.role} onChange={(e) => set('role')(e.currentTarget.value)} />
        <TextInput label="Source" description="Where you found it" value={v.source} onChange={(e) => set('source')(e.currentTarget.value)} />
        <TextInput label="Location" value={v.location} onChange={(e) => set('location')(e.currentTarget.value)} />
        <Select label="Workplace" data={WORKPLACES} value={v.workplace} onChange={set('workplace')} clearable />
        <TextInput label="Currency" placeholder="USD" maxLength={3} value={v.salaryCurrency} onChange={(e) => set('salaryCurrency')(e.currentTarget.value)} />
        <NumberInput label="Salary from" min={0} thousandSeparator="," value={v.salaryMin ?? ''} onChange={set('salaryMin')} />
        <NumberInput label="Salary to" min={0} thousandSeparator="," value={v.salaryMax ?? ''} onChange={set('salaryMax')} />
        <TagsInput label="Tags" description={`Up to ${TAG_LIMITS.count}, press Enter after each`} maxTags={TAG_LIMITS.count} value={v.tags} onChange={(tags) => set('tags')(tags.map((t) => t.slice(0, TAG_LIMITS.length)))} clearable />
        <Select label="Priority" data={PRIORITY_OPTIONS} value={v.priority} onChange={(p) => set('priority')(p ?? 'normal')} allowDeselect={false} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={3} value={v.notes} onChange={(e) => set('notes')(e.currentTarget.value)} />
      {patch.error && <Alert color="red" role="alert">{patch.error.message}</Alert>}
      <Group>
        <Button onClick={save} loading={patch.isPending}>Save details</Button>
      </Group>
    </Stack>
  );
}
