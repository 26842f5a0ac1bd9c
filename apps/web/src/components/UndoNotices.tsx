import { Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { api, unwrap } from '../api/client';

/** How long "Undo" is offered (the server keeps the deleted rows a little longer). */
export const UNDO_SHOWN_MS = 8_000;

export interface UndoTicket {
  id: string;
  kind: string;
  label: string;
  expiresAt: string;
}

type Notice = { key: number; ticket: UndoTicket; state: 'offered' | 'undoing' | 'undone' | 'failed'; message?: string };

// A tiny store outside React: a deletion made anywhere (even on a page that then goes away,
// such as the application page) offers its undo here.
let notices: Notice[] = [];
let nextKey = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const set = (next: Notice[]) => {
  notices = next;
  emit();
};
const update = (key: number, patch: Partial<Notice>) => set(notices.map((n) => (n.key === key ? { ...n, ...patch } : n)));
const dismiss = (key: number) => set(notices.filter((n) => n.key !== key));

/** Offer to undo a deletion the server just made (the `undo` of its answer). */
export function offerUndo(ticket: UndoTicket | undefined): void {
  if (!ticket) return;
  set([...notices.slice(-2), { key: nextKey++, ticket, state: 'offered' }]);
}

function useNotices(): Notice[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notices,
  );
}

const WHAT: Record<string, string> = { application: 'Application', interview: 'Round', interviewer: 'Interviewer', contact: 'Contact', event: 'Step', story: 'Story', reference: 'Reference', reference_use: 'Reference given', follow_up: 'Follow-up', material_item: 'Item', material_file: 'File' };

/** The undo notices, bottom of the screen; the newest takes focus so the keyboard can undo at once. */
export function UndoNotices() {
  const list = useNotices();
  return (
    <div className="undo-notices" aria-live="polite">
      {list.map((n, i) => (
        <UndoNotice key={n.key} notice={n} isNewest={i === list.length - 1} />
      ))}
    </div>
  );
}

function UndoNotice({ notice, isNewest }: { notice: Notice; isNewest: boolean }) {
  const qc = useQueryClient();
  const undoButton = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [paused, setPaused] = useState(false);
  const { ticket, state } = notice;
  const close = () => {
    // Focus leaves with the notice: hand it to the page, never to the body.
    if (box.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    dismiss(notice.key);
  };
  useEffect(() => {
    if (isNewest && state === 'offered') undoButton.current?.focus();
    // Only when the notice appears.
  }, []);
  const remaining = useRef(UNDO_SHOWN_MS);
  useEffect(() => {
    // The time to undo runs while the notice is neither hovered nor focused (WCAG 2.2.1).
    if (paused || state === 'undoing') return;
    const started = Date.now();
    const t = setTimeout(close, state === 'offered' ? remaining.current : 4_000);
    return () => {
      clearTimeout(t);
      remaining.current = Math.max(1_000, remaining.current - (Date.now() - started));
    };
    // `close` only reads refs and the notice's key.
  }, [paused, state]);
  async function undo() {
    update(notice.key, { state: 'undoing' });
    try {
      await unwrap(await api.undo[':id'].$post({ param: { id: ticket.id }, json: {} }));
      update(notice.key, { state: 'undone' });
      await qc.invalidateQueries();
    } catch (e) {
      update(notice.key, { state: 'failed', message: (e as Error).message });
    }
  }
  const text =
    state === 'undone' ? `Restored ${ticket.label}.` : state === 'failed' ? notice.message : `${WHAT[ticket.kind] ?? 'Record'} deleted: ${ticket.label}.`;
  return (
    <Paper
      ref={box}
      className="undo-notice"
      role={state === 'failed' ? 'alert' : 'status'}
      shadow="md"
      withBorder
      p="sm"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setPaused(false)}
    >
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Text size="sm">{text}</Text>
        <Group gap={4} wrap="nowrap">
          {(state === 'offered' || state === 'undoing') && (
            <Button ref={undoButton} size="compact-sm" variant="filled" loading={state === 'undoing'} onClick={() => void undo()}>
              Undo
            </Button>
          )}
          <CloseButton size="sm" aria-label="Dismiss" onClick={close} />
        </Group>
      </Group>
    </Paper>
  );
}
