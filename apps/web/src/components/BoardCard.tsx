import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { stageLabel, type ApplicationSummary } from '@secondround/core';

/** What a card shows; used on the board and, while dragged, in the drag overlay. */
export function CardBody({ app, linked = true }: { app: ApplicationSummary; linked?: boolean }) {
  const next = app.nextInterviewAt ? new Date(app.nextInterviewAt) : null;
  const names = (
    <>
      <span className="card-company">{app.company}</span>
      <span className="card-role">{app.role}</span>
    </>
  );
  return (
    <>
      {app.priority !== 'normal' && <span className={`card-priority card-priority-${app.priority}`}>{app.priority === 'high' ? 'High priority' : 'Low priority'}</span>}
      {linked ? <Link to={`/applications/${app.id}`} className="card-link">{names}</Link> : <span className="card-link">{names}</span>}
      <span className="card-meta">
        {app.outcome ? stageLabel(app.outcome) : app.stage ? stageLabel(app.stage) : ''}
        {app.stageSince ? ` · since ${app.stageSince}` : ''}
      </span>
      {next && <span className="card-next">Interview {next.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>}
      {app.tags.length > 0 && (
        <span className="card-tags" aria-label={`Tags: ${app.tags.join(', ')}`}>
          {app.tags.map((t) => (
            <span key={t} className="card-tag">{t}</span>
          ))}
        </span>
      )}
    </>
  );
}

/**
 * A card on the board. The list item stays a plain list item; the draggable part is the card
 * inside it, so the list keeps its semantics. While dragged, the card stays in place dimmed and a
 * copy follows the pointer in the drag overlay (above every column).
 */
export const BoardCard = memo(function BoardCard({ app, onMove }: { app: ApplicationSummary; onMove: (app: ApplicationSummary) => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: app.id, data: { app } });
  return (
    <li className="card-item" data-app-id={app.id}>
      <div ref={setNodeRef} className={`card${isDragging ? ' card-placeholder' : ''}`} {...listeners} {...attributes} role="group" tabIndex={-1} aria-roledescription="application card" aria-label={`${app.company}, ${app.role}`}>
        <CardBody app={app} />
        <button type="button" className="card-move" onClick={() => onMove(app)} onPointerDown={(e) => e.stopPropagation()} aria-label={`Move ${app.company}, ${app.role} to another stage`}>
          Move
        </button>
      </div>
    </li>
  );
});
