import { Button, Collapse, Group, MultiSelect, NumberInput, Popover, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { PRIORITIES, type ApplicationSummary, type BoardFilter, type Priority } from '@secondround/core';
import { BOARD_COLUMNS } from '../board-columns';

export interface BoardView {
  filter: BoardFilter;
  showArchived: boolean;
}

const PRIORITY_LABELS: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High' };

/** How many of the filter's fields are set (the text box aside), for the Filters button. */
export function activeFilters(f: BoardFilter): number {
  return [f.stages?.length, f.sources?.length, f.tags?.length, f.priorities?.length, f.since, f.until].filter(Boolean).length;
}

/** The board's filter bar: text always, the rest behind a Filters button so a phone keeps its screen. */
export function BoardFilters({ apps, view, onChange, archivedCount, hasMoreClosed = false, archiveAfterDays, onArchiveAfterDays }: {
  apps: readonly ApplicationSummary[];
  view: BoardView;
  onChange: (v: BoardView) => void;
  archivedCount: number;
  /** Closed cards not loaded yet: the archived count is then a lower bound. */
  hasMoreClosed?: boolean;
  archiveAfterDays: number;
  onArchiveAfterDays: (days: number) => void;
}) {
  const [open, panel] = useDisclosure(activeFilters(view.filter) > 0);
  const f = view.filter;
  const set = (patch: Partial<BoardFilter>) => onChange({ ...view, filter: { ...f, ...patch } });
  const sources = uniqueSorted(apps.map((a) => a.source?.trim() ?? '').filter(Boolean));
  const tags = uniqueSorted(apps.flatMap((a) => a.tags));
  const n = activeFilters(f);
  return (
    <Stack gap="xs" mb="sm">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput placeholder="Filter by company, role or tag" aria-label="Filter by company, role or tag" value={f.text ?? ''} onChange={(e) => set({ text: e.currentTarget.value })} w={260} maw="100%" />
        <Button variant="default" onClick={panel.toggle} aria-expanded={open} aria-controls="board-filters">
          Filters{n > 0 ? ` (${n})` : ''}
        </Button>
        {n > 0 && <Button variant="subtle" onClick={() => onChange({ ...view, filter: { text: f.text } })}>Clear filters</Button>}
        <Switch label={`Show archived (${archivedCount}${hasMoreClosed ? '+' : ''})`} checked={view.showArchived} onChange={(e) => onChange({ ...view, showArchived: e.currentTarget.checked })} />
        <ArchiveSetting days={archiveAfterDays} onSave={onArchiveAfterDays} />
      </Group>
      <Collapse expanded={open}>
        <Group id="board-filters" gap="sm" wrap="wrap" align="flex-end" role="group" aria-label="Filters">
          <MultiSelect label="Stage" data={BOARD_COLUMNS.map((c) => ({ value: c.id, label: c.title }))} value={[...(f.stages ?? [])]} onChange={(v) => set({ stages: v })} clearable w={220} />
          <MultiSelect label="Source" data={sources} value={[...(f.sources ?? [])]} onChange={(v) => set({ sources: v })} clearable searchable w={200} nothingFoundMessage="No source recorded" />
          <MultiSelect label="Tags" data={tags} value={[...(f.tags ?? [])]} onChange={(v) => set({ tags: v })} clearable searchable w={200} nothingFoundMessage="No tags yet" />
          <MultiSelect label="Priority" data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))} value={[...(f.priorities ?? [])]} onChange={(v) => set({ priorities: v as Priority[] })} clearable w={200} />
          <TextInput type="date" label="In this stage since" value={f.since ?? ''} onChange={(e) => set({ since: e.currentTarget.value || undefined })} w={170} />
          <TextInput type="date" label="… and until" value={f.until ?? ''} onChange={(e) => set({ until: e.currentTarget.value || undefined })} w={170} />
        </Group>
      </Collapse>
    </Stack>
  );
}

/** The per-person setting: after how many days a closed card leaves the board. */
function ArchiveSetting({ days, onSave }: { days: number; onSave: (days: number) => void }) {
  const [value, setValue] = useState<number | string>(days);
  useEffect(() => setValue(days), [days]);
  return (
    <Popover position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button variant="subtle">Archive: {days} days</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label="Archive setting"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(value);
            if (Number.isInteger(n) && n >= 1 && n <= 3650) onSave(n);
          }}
        >
          <Stack gap="xs" w={240}>
            <NumberInput label="Archive closed cards after (days)" min={1} max={3650} value={value} onChange={setValue} />
            <Text size="xs" c="dimmed">Archived cards leave the board; “Show archived” brings them back.</Text>
            <Button type="submit" size="xs">Save</Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function uniqueSorted(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const v of values) if (!byKey.has(v.toLowerCase())) byKey.set(v.toLowerCase(), v);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
