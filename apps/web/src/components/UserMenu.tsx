import { Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { AccountMenu } from '../features/account/AccountMenu';

/** In hosted mode: who is signed in, and a way out. Personal mode shows nothing. */
export function UserMenu() {
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.auth.me.$get()), retry: false });
  if (me.data?.mode !== 'hosted') return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">{me.data.email}</Text>
      <AccountMenu />
      <Button
        variant="subtle"
        size="xs"
        onClick={async () => {
          await api.auth.logout.$post();
          // Nothing of this person's may stay in memory: start the page afresh.
          qc.clear();
          window.location.assign('/');
        }}
      >
        Sign out
      </Button>
    </Group>
  );
}
