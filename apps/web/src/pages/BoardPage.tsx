import { DndContext, PointerSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Alert, Group, Loader, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ApplicationSummary } from '@secondround/core';
import { keys, useAddEvent, useApplications } from '../api/queries';
import { BOARD_COLUMNS, todayLocal, type BoardColumn } from '../board-columns';
import { BoardColumnView } from '../components/BoardColumn';
import { MoveDialog } from '../components/MoveDialog';

export function BoardPage() {
  const { data, isLoading, error } = useApplications();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const [moving, setMoving] = useState<{ app: ApplicationSummary; column?: BoardColumn } | null>(null);
  const addEvent = useAddEvent();
  const qc = useQueryClient();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }));

  const byColumn = useMemo(() => {
    const needle = deferredFilter.trim().toLowerCase();
    const groups = new Map<string, ApplicationSummary[]>(BOARD_COLUMNS.map((c) => [c.id, []]));
    for (const app of data ?? []) {
      if (needle && !`${app.company} ${app.role}`.toLowerCase().includes(needle)) continue;
      const col = BOARD_COLUMNS.find((c) => c.holds(app.stage));
      if (col) groups.get(col.id)!.push(app);
    }
    return groups;
  }, [data, deferredFilter]);

  function record(app: ApplicationSummary, stage: NonNullable<BoardColumn['dropStage']>, date = todayLocal(), reason: string | null = null) {
    // Move the card at once; the server's answer replaces the guess.
    qc.setQueryData<ApplicationSummary[]>(keys.applications, (old) => old?.map((a) => (a.id === app.id ? { ...a, stage, stageSince: date } : a)));
    addEvent.mutate({ applicationId: app.id, event: { stage, date, reason } });
  }

  function onDragEnd(e: DragEndEvent) {
    const app = e.active.data.current?.app as ApplicationSummary | undefined;
    const column = BOARD_COLUMNS.find((c) => c.id === e.over?.id);
    if (!app || !column || column.holds(app.stage)) return;
    if (column.dropStage === null) setMoving({ app, column });
    else record(app, column.dropStage);
  }

  useEffect(() => {
    // Marks for the board benchmark: data arrived → board painted (two frames later).
    if (!data) return;
    performance.mark('board:data');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('board:painted')));
  }, [data]);

  if (isLoading) return <Loader aria-label="Loading your applications" />;
  if (error) return <Alert color="red" role="alert" title="Could not load your applications">{error.message}</Alert>;

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2}>Your search</Title>
        <TextInput placeholder="Filter by company or role" aria-label="Filter by company or role" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={260} />
      </Group>
      {data && data.length === 0 && (
        <Alert mb="md" title="No applications yet">
          <Text size="sm">Press <b>n</b> or “Add application” to record one in seconds, import a spreadsheet on the Import page, or run <code>npx secondround demo</code> to look around with a sample search.</Text>
        </Alert>
      )}
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: 'To move an application with the keyboard, use its Move button.' } }}>
        <div className="board" role="list" aria-label="Stages">
          {BOARD_COLUMNS.map((col) => (
            <BoardColumnView key={col.id} column={col} apps={byColumn.get(col.id) ?? []} onMove={(app) => setMoving({ app })} />
          ))}
        </div>
      </DndContext>
      {moving && (
        <MoveDialog
          app={moving.app}
          initialStage={moving.column?.dropStage ?? undefined}
          closing={moving.column?.id === 'closed'}
          onClose={() => setMoving(null)}
          onMove={(stage, date, reason) => {
            record(moving.app, stage, date, reason);
            setMoving(null);
          }}
        />
      )}
    </>
  );
}
