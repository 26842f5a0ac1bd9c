import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState, type RefObject } from 'react';
import type { ApplicationSummary } from '@secondround/core';
import type { BoardColumn } from '../board-columns';

/**
 * A visible cue for columns scrolled out of the board's view, each a button that brings it in.
 * Without it, a 1280 px screen hid four of nine columns with nothing to say they were there.
 */
export function OffscreenColumns({ boardRef, columns, counts }: { boardRef: RefObject<HTMLDivElement | null>; columns: readonly BoardColumn[]; counts: Map<string, ApplicationSummary[]> }) {
  const [hidden, setHidden] = useState<{ left: string[]; right: string[] }>({ left: [], right: [] });
  useEffect(() => {
    const board = boardRef.current;
    if (!board) return;
    const measure = () => {
      const view = board.getBoundingClientRect();
      const left: string[] = [];
      const right: string[] = [];
      for (const el of board.querySelectorAll<HTMLElement>('section[data-column]')) {
        const box = el.getBoundingClientRect();
        // A column cut at the edge counts as out of view: part of each card cannot be read.
        if (box.left < view.left - 1) left.push(el.dataset.column!);
        else if (box.right > view.right + 1) right.push(el.dataset.column!);
      }
      setHidden((old) => (old.left.join() === left.join() && old.right.join() === right.join() ? old : { left, right }));
    };
    measure();
    board.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(board);
    return () => {
      board.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [boardRef, columns, counts]);

  if (hidden.left.length + hidden.right.length === 0) return null;
  const show = (id: string) => boardRef.current?.querySelector(`section[data-column="${id}"]`)?.scrollIntoView({ behavior: 'smooth', inline: 'center', block: 'nearest' });
  const label = (id: string) => {
    const col = columns.find((c) => c.id === id);
    return `${col?.title ?? id} (${counts.get(id)?.length ?? 0})`;
  };
  return (
    <Group gap="xs" mb="xs" className="offscreen" aria-label="Columns out of view" role="group">
      <Text size="sm" c="dimmed">Out of view:</Text>
      {hidden.left.map((id) => (
        <Button key={id} size="compact-sm" variant="light" onClick={() => show(id)}>← {label(id)}</Button>
      ))}
      {hidden.right.map((id) => (
        <Button key={id} size="compact-sm" variant="light" onClick={() => show(id)}>{label(id)} →</Button>
      ))}
    </Group>
  );
}
