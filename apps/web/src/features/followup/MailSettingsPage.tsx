import { Alert, Button, Card, Checkbox, CopyButton, Group, Loader, NumberInput, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNewFeed, useReminderSettings, useRemoveFeed, useRemoveSmtp, useSaveSmtp } from './queries';
import { SenderCard } from './SenderCard';
import { DigestCard, PhoneReach } from './DigestCard';
import { ImapSettingsCard } from '../mail/ImapSettingsCard';
import './followup.css';

/** Settings of issue 5: the SMTP server to send notes through, and the calendar feed. */
export function MailSettingsPage() {
  const { data, isLoading, error } = useReminderSettings();
  if (isLoading) return <Loader aria-label="Loading settings" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load settings'}</Alert>;
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} size="h2">Mail and calendar</Title>
      <SenderCard />
      <CalendarCard isOn={data.hasCalendarFeed} />
      <DigestCard smtpAllowed={data.smtpAllowed} hasSmtp={data.smtp !== null} />
      {data.smtpAllowed ? <SmtpCard key={JSON.stringify(data.smtp)} smtp={data.smtp} /> : <Alert color="gray">Sending by SMTP is turned off on this server; copy notes or download them as .eml.</Alert>}
      <ImapSettingsCard />
    </Stack>
  );
}

function CalendarCard({ isOn }: { isOn: boolean }) {
  const create = useNewFeed();
  const remove = useRemoveFeed();
  // Only the secret's hash is kept on the server: the address can be shown once, right after it is made.
  const path = isOn ? (create.data?.calendarPath ?? null) : null;
  const url = path ? `${window.location.origin}${path}` : null;
  return (
    <Card withBorder>
      <Title order={3} size="h4">Calendar feed</Title>
      <Text size="sm" mb="sm">Interviews, thank-you deadlines and planned follow-ups, with reminders, in any calendar that can subscribe to a web address (iCalendar). The address is a secret: anyone who has it can read these events.</Text>
      <PhoneReach />
      {url ? (
        <Stack gap="xs">
          <Text className="feed-url" data-testid="feed-url">{url}</Text>
          <Group gap="xs">
            <CopyButton value={url}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy address'}</Button>}</CopyButton>
            <Button variant="default" loading={create.isPending} onClick={() => window.confirm('Make a new address? The old one stops working.') && create.mutate()}>New address</Button>
            <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>Turn off</Button>
          </Group>
        </Stack>
      ) : isOn ? (
        <Stack gap="xs">
          <Text size="sm">Your feed is on. Its address was shown once, when it was made; make a new one to see an address again (the old one stops working).</Text>
          <Group gap="xs">
            <Button variant="default" loading={create.isPending} onClick={() => window.confirm('Make a new address? The old one stops working.') && create.mutate()}>New address</Button>
            <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>Turn off</Button>
          </Group>
        </Stack>
      ) : (
        <Group><Button loading={create.isPending} onClick={() => create.mutate()}>Make my calendar feed</Button></Group>
      )}
    </Card>
  );
}

type SmtpView = { host: string; port: number; secure: boolean; user: string | null; from: string; hasPassword: boolean } | null;

function SmtpCard({ smtp }: { smtp: SmtpView }) {
  const save = useSaveSmtp();
  const remove = useRemoveSmtp();
  const [host, setHost] = useState(smtp?.host ?? '');
  const [port, setPort] = useState<number>(smtp?.port ?? 587);
  const [secure, setSecure] = useState(smtp?.secure ?? false);
  const [user, setUser] = useState(smtp?.user ?? '');
  const [password, setPassword] = useState('');
  const [from, setFrom] = useState(smtp?.from ?? '');
  return (
    <Card withBorder>
      <Title order={3} size="h4">Send by email (SMTP)</Title>
      <Text size="sm" mb="sm">Optional. With your mail provider's SMTP server (an app password is best), notes and follow-ups can be sent from here and are recorded as sent. The password is kept on this server and never shown again, nor written into backups.</Text>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate({ host, port, secure, user: user || null, from, ...(password ? { password } : {}) }); setPassword(''); }}>
        <Stack gap="sm">
          <Group grow wrap="wrap">
            <TextInput label="SMTP server" placeholder="smtp.example.com" required value={host} onChange={(e) => setHost(e.currentTarget.value)} />
            <NumberInput label="Port" min={1} max={65535} required value={port} onChange={(v) => setPort(Number(v) || 587)} />
          </Group>
          <Checkbox label="TLS from the start (port 465); otherwise STARTTLS when offered (587)" checked={secure} onChange={(e) => setSecure(e.currentTarget.checked)} />
          <TextInput label="User name" value={user} onChange={(e) => setUser(e.currentTarget.value)} autoComplete="username" />
          <PasswordInput label="Password" description={smtp?.hasPassword ? 'A password is set; leave empty to keep it.' : 'No password set.'} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
          <TextInput label="From" placeholder="Your Name <you@example.com>" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          {save.isSuccess && <Text size="sm" c="teal" role="status">Saved.</Text>}
          <Group>
            <Button type="submit" loading={save.isPending}>Save</Button>
            {smtp && <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>Remove</Button>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
