import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ALL_STAGES, stageLabel, type ApplicationSummary, type Stage } from '@secondround/core';
import { todayLocal } from '../board-columns';

const CLOSING = ['rejected', 'withdrawn', 'position_closed', 'no_answer', 'offer_declined'];

/** Move an application to any stage, with a date and, for a closing outcome, a reason. */
export function MoveDialog({ app, initialStage, closing, onClose, onMove }: { app: ApplicationSummary; initialStage?: Stage | undefined; closing?: boolean; onClose: () => void; onMove: (stage: Stage, date: string, reason: string | null) => void }) {
  const options = (closing ? CLOSING : ALL_STAGES).map((s) => ({ value: s, label: stageLabel(s as Stage) }));
  const [stage, setStage] = useState<string>(initialStage ?? (closing ? 'rejected' : app.stage ?? 'applied'));
  const [date, setDate] = useState(todayLocal());
  const [reason, setReason] = useState('');
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!validDate) return;
    onMove(stage as Stage, date, reason.trim() ? reason.trim() : null);
  }
  return (
    <Modal opened onClose={onClose} title={`Move ${app.company} — ${app.role}`} centered>
      <form onSubmit={submit}>
        <Stack>
          <Select label={closing ? 'Outcome' : 'Stage'} data={options} value={stage} onChange={(v) => setStage(v ?? stage)} allowDeselect={false} data-autofocus />
          <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={validDate ? undefined : 'Pick a date'} />
          {CLOSING.includes(stage) && (
            <TextInput label="Reason (optional)" description="What they said, e.g. “position on hold”, “went with another candidate”" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit">Move</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
