import { Alert, Button, Card, Checkbox, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { keys, useSettings } from '../../api/queries';

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));

/**
 * The reminders that reach the phone by e-mail: a daily digest of Today at the hour the person
 * picks, in their zone, and a reminder two hours before each thank-you deadline. Off by default.
 */
export function DigestCard({ smtpAllowed, hasSmtp }: { smtpAllowed: boolean; hasSmtp: boolean }) {
  const settings = useSettings();
  // The form shows only once the saved settings are in, and starts from them: a save before that
  // would write the defaults over them.
  if (settings.isPending) return <Card withBorder><Loader size="sm" aria-label="Loading your reminder settings" /></Card>;
  if (settings.error) return <Card withBorder><Alert color="red" role="alert" title="Could not load your reminder settings">{settings.error.message}</Alert></Card>;
  return <DigestForm smtpAllowed={smtpAllowed} hasSmtp={hasSmtp} saved={settings.data} />;
}

type SavedSettings = NonNullable<ReturnType<typeof useSettings>['data']>;

function DigestForm({ smtpAllowed, hasSmtp, saved }: { smtpAllowed: boolean; hasSmtp: boolean; saved: SavedSettings }) {
  const qc = useQueryClient();
  const d = saved.digest;
  const [enabled, setEnabled] = useState(d?.enabled ?? false);
  const [hour, setHour] = useState(String(d?.hour ?? 7));
  const [to, setTo] = useState(d?.to ?? '');
  const [thankYou, setThankYou] = useState(d?.thankYouReminders ?? true);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = saved.timeZone ?? browserZone;
  const save = useMutation({
    // A person without a zone yet gets the browser's: the digest's hour means their own morning.
    mutationFn: async () => unwrap(await api.settings.$patch({ json: { digest: { enabled, hour: Number(hour), to: to.trim() || null, thankYouReminders: thankYou }, ...(saved.timeZone ? {} : { timeZone: browserZone }) } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.settings }),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h4">Reminders by e-mail</Title>
      <Text size="sm" mb="sm">A daily digest of what is due in the next 24 hours (overdue first), and a reminder two hours before each thank-you note's deadline, sent through your SMTP server to any address your phone reads. Each is sent once.</Text>
      {!smtpAllowed ? (
        <Alert color="yellow" mb="sm">Sending by SMTP is turned off on this server, so it cannot send reminders; use the calendar file instead.</Alert>
      ) : !hasSmtp && <Alert color="yellow" mb="sm">Set up sending by e-mail (SMTP) below first: the reminders go out through it.</Alert>}
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Stack gap="sm">
          <Checkbox label="Send me reminders by e-mail" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <NativeSelect label="Daily digest at" description={`Your time zone: ${zone}`} data={HOURS} value={hour} onChange={(e) => setHour(e.currentTarget.value)} />
          <TextInput label="Send to" description="Empty: your SMTP From address." type="email" placeholder="you@example.com" value={to} onChange={(e) => setTo(e.currentTarget.value)} maxLength={320} autoComplete="email" />
          <Checkbox label="Also remind me two hours before each thank-you deadline" checked={thankYou} onChange={(e) => setThankYou(e.currentTarget.checked)} />
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group>
            <Button type="submit" loading={save.isPending}>Save reminders</Button>
            {save.isSuccess && <Text size="sm" role="status">Saved.</Text>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Whether this page was opened at a loopback address, which no phone can reach. */
export function isLoopbackPage(hostname = window.location.hostname): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** What a phone can reach: said plainly, with the calendar file and the digest as the way round. */
export function PhoneReach() {
  const origin = window.location.origin;
  return (
    <Stack gap="xs" mb="sm" data-testid="phone-reach">
      {isLoopbackPage() ? (
        <Text size="sm">
          This app runs at <strong>{origin}</strong>, an address only this computer can open: <strong>a phone cannot subscribe to the feed</strong>, and neither can an online calendar. On your phone, import the calendar file below once (it does not update by itself), or turn on the e-mail reminders.
        </Text>
      ) : (
        <Text size="sm">
          A phone can subscribe to the feed only if it can open <strong>{origin}</strong>. Where it cannot, import the calendar file below (it does not update by itself) or turn on the e-mail reminders.
        </Text>
      )}
      <Group><Button component="a" href="/api/calendar.ics" download="secondround.ics" variant="light">Download the calendar file (.ics)</Button></Group>
    </Stack>
  );
}
