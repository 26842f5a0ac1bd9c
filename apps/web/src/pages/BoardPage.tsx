import { DndContext, DragOverlay, PointerSensor, TouchSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Alert, Anchor, Loader, Text, Title } from '@mantine/core';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isArchived, matchesFilter, type ApplicationSummary } from '@secondround/core';
import { keys, useAddEvent, useApplications, useClosedApplications } from '../api/queries';
import { useBoardSettings } from '../board-settings';
import { BOARD_COLUMNS, columnOf, todayLocal, type BoardColumn } from '../board-columns';
import { CardBody } from '../components/BoardCard';
import { BoardColumnView } from '../components/BoardColumn';
import { BoardFilters, type BoardView } from '../components/BoardFilters';
import { OffscreenColumns } from '../components/OffscreenColumns';
import { MoveDialog } from '../components/MoveDialog';
import { BoardMailDrop } from '../features/mail/BoardMailDrop';

export function BoardPage() {
  const open = useApplications();
  const closed = useClosedApplications();
  const data = useMemo(() => mergeById(open.data, closed.data?.pages.flatMap((p) => p.applications)), [open.data, closed.data]);
  const isLoading = open.isLoading || closed.isLoading;
  const error = open.error ?? closed.error;
  const settings = useBoardSettings();
  const [view, setView] = useState<BoardView>({ filter: {}, showArchived: false });
  const deferredView = useDeferredValue(view);
  const [moving, setMoving] = useState<{ app: ApplicationSummary; column?: BoardColumn } | null>(null);
  const [dragged, setDragged] = useState<ApplicationSummary | null>(null);
  const [dropNote, setDropNote] = useState<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const addEvent = useAddEvent();
  const qc = useQueryClient();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }));

  const { byColumn, archivedCount } = useMemo(() => {
    const today = todayLocal();
    const groups = new Map<string, ApplicationSummary[]>(BOARD_COLUMNS.map((c) => [c.id, []]));
    let archived = 0;
    for (const app of data ?? []) {
      const col = columnOf(app.stage);
      if (!col) continue;
      if (!matchesFilter(app, deferredView.filter, (stages) => stages.includes(col.id))) continue;
      if (isArchived(app, today, settings.archiveAfterDays)) {
        archived++;
        if (!deferredView.showArchived) continue;
      }
      groups.get(col.id)!.push(app);
    }
    return { byColumn: groups, archivedCount: archived };
  }, [data, deferredView, settings.archiveAfterDays]);
  const stageFilter = deferredView.filter.stages ?? [];
  const columns = stageFilter.length ? BOARD_COLUMNS.filter((c) => stageFilter.includes(c.id)) : BOARD_COLUMNS;

  function record(app: ApplicationSummary, stage: NonNullable<BoardColumn['dropStage']>, date = todayLocal(), reason: string | null = null) {
    // Move the card at once; the server's answer replaces the guess.
    const moved = (a: ApplicationSummary) => (a.id === app.id ? { ...a, stage, stageSince: date } : a);
    qc.setQueryData<ApplicationSummary[]>(keys.applications, (old) => old?.map(moved));
    qc.setQueryData<InfiniteData<ClosedPage>>(keys.closedApplications, (old) => old && { ...old, pages: old.pages.map((p) => ({ ...p, applications: p.applications.map(moved) })) });
    addEvent.mutate({ applicationId: app.id, event: { stage, date, reason } });
  }

  useEffect(() => {
    if (!dropNote) return;
    const t = setTimeout(() => setDropNote(null), 6_000);
    return () => clearTimeout(t);
  }, [dropNote]);

  function onDragStart(e: DragStartEvent) {
    setDropNote(null);
    setDragged((e.active.data.current?.app as ApplicationSummary | undefined) ?? null);
  }

  function onDragEnd(e: DragEndEvent) {
    setDragged(null);
    const app = e.active.data.current?.app as ApplicationSummary | undefined;
    // Dropped outside every column (or back on its own): nothing changes.
    const column = BOARD_COLUMNS.find((c) => c.id === e.over?.id);
    if (app && !column) {
      // Said in words: a card that snaps back without a word looks like a lost change.
      setDropNote(`Dropped outside the columns: ${app.company} stays in ${columnOf(app.stage)?.title ?? 'its column'}. Drop it on a column, or use its Move button.`);
      return;
    }
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
      <BoardMailDrop heading={<Title order={1} size="h2">Your search</Title>} />
      <BoardFilters apps={data ?? []} view={view} onChange={setView} archivedCount={archivedCount} hasMoreClosed={closed.hasNextPage} archiveAfterDays={settings.archiveAfterDays} onArchiveAfterDays={settings.setArchiveAfterDays} />
      {data && data.length === 0 && (
        <Alert mb="md" title="No applications yet">
          <Text size="sm">Press <b>n</b> or “Add application” to record one in seconds, import a spreadsheet on <Anchor component={Link} to="/data">Import &amp; export</Anchor>, or run <code>npx secondround demo</code> to look around with a sample search.</Text>
        </Alert>
      )}
      {dropNote && <Alert mb="sm" color="gray" role="status" withCloseButton onClose={() => setDropNote(null)} closeButtonLabel="Dismiss">{dropNote}</Alert>}
      <OffscreenColumns boardRef={boardRef} columns={columns} counts={byColumn} />
      {/* The column under the pointer is the target (a collapsed column is narrower than the card). */}
      <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)} accessibility={{ screenReaderInstructions: { draggable: 'To move an application with the keyboard, use its Move button.' } }}>
        <div className="board" role="list" aria-label="Stages" ref={boardRef}>
          {columns.map((col) => (
            <BoardColumnView
              key={col.id}
              column={col}
              apps={byColumn.get(col.id) ?? []}
              onMove={(app) => setMoving({ app })}
              more={col.id === 'closed' && closed.hasNextPage ? { isLoading: closed.isFetchingNextPage, onShowMore: () => void closed.fetchNextPage() } : undefined}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className="card card-overlay" aria-hidden="true">
              <CardBody app={dragged} linked={false} />
            </div>
          )}
        </DragOverlay>
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

type ClosedPage = { applications: ApplicationSummary[]; nextCursor: string | null };

/**
 * Open and closed applications as one list. While the two refresh after a move, a card can be in
 * both for a moment: it is shown once, as the open list has it.
 */
function mergeById(open: ApplicationSummary[] | undefined, closed: ApplicationSummary[] | undefined): ApplicationSummary[] | undefined {
  if (!open && !closed) return undefined;
  const seen = new Set<string>();
  const out: ApplicationSummary[] = [];
  for (const app of [...(open ?? []), ...(closed ?? [])]) {
    if (seen.has(app.id)) continue;
    seen.add(app.id);
    out.push(app);
  }
  return out;
}
