import { Alert, NativeSelect, Stack, Text } from '@mantine/core';
import { MAIL_CHECK_HOURS, type MailCheckHours } from '@secondround/core';
import { useEffect, useRef } from 'react';
import { useMailSchedule, useSaveMailSchedule } from './queries';

const CHOICES = [{ value: '', label: 'Never (only when I press "Sync now")' }, ...MAIL_CHECK_HOURS.map((h) => ({ value: String(h), label: h === 1 ? 'Every hour' : `Every ${h} hours` }))];

/** When the next periodic check is due, in the person's own zone. */
export function nextCheckText(nextCheckAt: string | null): string | null {
  return nextCheckAt ? new Date(nextCheckAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null;
}

/**
 * "Check for new mail": off by default, or every 1 to 24 hours; saved as soon as it is chosen.
 * `takeFocus` right after the account was saved: this is the next thing to set.
 */
export function MailScheduleField({ hasPassword, takeFocus = false }: { hasPassword: boolean; takeFocus?: boolean }) {
  const schedule = useMailSchedule();
  const save = useSaveMailSchedule();
  const ref = useRef<HTMLSelectElement>(null);
  const isLoading = schedule.isLoading;
  useEffect(() => {
    if (takeFocus && !isLoading) ref.current?.focus();
  }, [takeFocus, isLoading]);
  if (schedule.isLoading) return null;
  const value = schedule.data?.everyHours ? String(schedule.data.everyHours) : '';
  const next = nextCheckText(schedule.data?.nextCheckAt ?? null);
  return (
    <Stack gap={4}>
      <NativeSelect
        ref={ref}
        label="Check for new mail"
        description={hasPassword ? 'This server syncs your mailbox by itself, as "Sync now" does.' : 'Set the app password first.'}
        data={CHOICES}
        value={value}
        disabled={!hasPassword || save.isPending}
        onChange={(e) => save.mutate({ everyHours: e.currentTarget.value ? (Number(e.currentTarget.value) as MailCheckHours) : null })}
      />
      {next && <Text size="sm" role="status">Next check: {next}.</Text>}
      {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
      {schedule.error && <Alert color="red" role="alert">{schedule.error.message}</Alert>}
    </Stack>
  );
}
