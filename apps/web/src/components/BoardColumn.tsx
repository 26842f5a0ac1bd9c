import { useDroppable } from '@dnd-kit/core';
import { Button } from '@mantine/core';
import type { ApplicationSummary } from '@secondround/core';
import type { BoardColumn } from '../board-columns';
import { BoardCard } from './BoardCard';

/**
 * One stage of the board. An empty column collapses to a narrow strip (still a drop target) so
 * the columns that hold cards fit a 1280 px screen.
 */
export function BoardColumnView({ column, apps, onMove, more }: { column: BoardColumn; apps: ApplicationSummary[]; onMove: (app: ApplicationSummary) => void; more?: { isLoading: boolean; onShowMore: () => void } | undefined }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const headingId = `col-${column.id}`;
  const isEmpty = apps.length === 0 && !more;
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' column-over' : ''}${isEmpty ? ' column-empty' : ''}`} role="listitem" aria-labelledby={headingId} data-column={column.id}>
      <h2 id={headingId} className="column-title">
        <span className="column-name">{column.title}</span> <span className="count" aria-label={more ? `${apps.length} applications shown, more to load` : `${apps.length} applications`}>{apps.length}{more ? '+' : ''}</span>
      </h2>
      {apps.length > 0 && (
        <ul className="cards" aria-label={column.title}>
          {apps.map((app) => (
            <BoardCard key={app.id} app={app} onMove={onMove} />
          ))}
        </ul>
      )}
      {/* Closed cards grow without end: they come a page at a time. */}
      {more && (
        <Button variant="subtle" size="xs" fullWidth mt="xs" loading={more.isLoading} onClick={more.onShowMore} aria-label={`Show more ${column.title.toLowerCase()} applications`}>
          Show more
        </Button>
      )}
    </section>
  );
}
