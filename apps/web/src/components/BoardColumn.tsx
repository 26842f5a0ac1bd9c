import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { stageLabel, type ApplicationSummary } from '@secondround/core';
import type { BoardColumn } from '../board-columns';

export function BoardColumnView({ column, apps, onMove }: { column: BoardColumn; apps: ApplicationSummary[]; onMove: (app: ApplicationSummary) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const headingId = `col-${column.id}`;
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' column-over' : ''}`} role="listitem" aria-labelledby={headingId} data-column={column.id}>
      <h3 id={headingId} className="column-title">
        {column.title} <span className="count" aria-label={`${apps.length} applications`}>{apps.length}</span>
      </h3>
      <ul className="cards" aria-label={column.title}>
        {apps.map((app) => (
          <Card key={app.id} app={app} onMove={onMove} />
        ))}
      </ul>
    </section>
  );
}

const Card = memo(function Card({ app, onMove }: { app: ApplicationSummary; onMove: (app: ApplicationSummary) => void }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: app.id, data: { app } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  const next = app.nextInterviewAt ? new Date(app.nextInterviewAt) : null;
  return (
    <li ref={setNodeRef} style={style} className={`card${isDragging ? ' dragging' : ''}`} data-app-id={app.id} {...listeners} {...attributes} role="group" tabIndex={-1} aria-roledescription="application card">
      <Link to={`/applications/${app.id}`} className="card-link">
        <span className="card-company">{app.company}</span>
        <span className="card-role">{app.role}</span>
      </Link>
      <span className="card-meta">
        {app.outcome ? stageLabel(app.outcome) : app.stage ? stageLabel(app.stage) : ''}
        {app.stageSince ? ` · since ${app.stageSince}` : ''}
      </span>
      {next && <span className="card-next">Interview {next.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>}
      <button type="button" className="card-move" onClick={() => onMove(app)} onPointerDown={(e) => e.stopPropagation()} aria-label={`Move ${app.company}, ${app.role} to another stage`}>
        Move
      </button>
    </li>
  );
});
