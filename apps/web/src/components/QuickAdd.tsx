import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateApplication } from '../api/queries';
import { todayLocal } from '../board-columns';

const FIRST_STAGES = [
  { value: 'saved', label: 'Saved (not applied yet)' },
  { value: 'applied', label: 'Applied today' },
];

/** Company and role, Enter, done: the rest can wait. */
export function QuickAdd({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [stage, setStage] = useState<string>('applied');
  const create = useCreateApplication();
  const navigate = useNavigate();

  async function submit(e: FormEvent, open = false) {
    e.preventDefault();
    const app = await create.mutateAsync({ company, role, stage: stage as 'saved' | 'applied', stageDate: todayLocal() });
    setCompany('');
    setRole('');
    create.reset();
    onClose();
    if (open) navigate(`/applications/${app.id}`);
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Add an application" centered>
      <form onSubmit={(e) => void submit(e)} aria-label="Add an application">
        <Stack>
          <TextInput label="Company" required value={company} onChange={(e) => setCompany(e.currentTarget.value)} data-autofocus maxLength={200} />
          <TextInput label="Role" required value={role} onChange={(e) => setRole(e.currentTarget.value)} maxLength={200} />
          <Select label="Stage" data={FIRST_STAGES} value={stage} onChange={(v) => setStage(v ?? 'applied')} allowDeselect={false} />
          {create.error && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={(e) => void submit(e, true)} disabled={!company.trim() || !role.trim()} loading={create.isPending}>
              Add and open
            </Button>
            <Button type="submit" disabled={!company.trim() || !role.trim()} loading={create.isPending}>
              Add
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
