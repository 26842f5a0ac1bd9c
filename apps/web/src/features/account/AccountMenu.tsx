import { Alert, Button, Menu, Modal, PasswordInput, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';

/** Hosted mode's account actions: change the password, and sign out on every device. */
export function AccountMenu() {
  const qc = useQueryClient();
  const [changing, change] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="xs">Account</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={change.open}>Change password</Menu.Item>
          <Menu.Item
            color="red"
            onClick={async () => {
              await unwrap(await api.auth['logout-everywhere'].$post());
              // Nothing of this person's may stay in memory: start the page afresh.
              qc.clear();
              window.location.assign('/');
            }}
          >
            Sign out everywhere
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={change.close} title="Change password">
        {changing && <ChangePasswordForm onDone={change.close} />}
      </Modal>
    </>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(await api.auth.password.$post({ json: { currentPassword, newPassword } }));
      setDone(true);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  if (isDone) {
    return (
      <Stack>
        <Alert color="teal" role="status">Password changed. You are signed out on every other device.</Alert>
        <Button onClick={onDone}>Close</Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Change password">
      <Stack>
        <PasswordInput label="Current password" required value={currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" data-autofocus />
        <PasswordInput label="New password" description="At least 10 characters. Every other session ends." required minLength={10} value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} autoComplete="new-password" />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Button type="submit" loading={busy}>Change password</Button>
      </Stack>
    </form>
  );
}
