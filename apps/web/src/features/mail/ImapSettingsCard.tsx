import { Alert, Button, Card, Group, NativeSelect, NumberInput, PasswordInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ImapView } from '@secondround/core';
import { useState } from 'react';
import { MailScheduleField } from './MailScheduleField';
import { useImapSettings, useRemoveImap, useSaveImap } from './queries';

const SECURITY = [
  { value: 'tls', label: 'TLS (port 993)' },
  { value: 'starttls', label: 'STARTTLS (port 143)' },
  { value: 'none', label: 'None (a server on this machine only)' },
];
const DEFAULT_PORT: Record<string, number> = { tls: 993, starttls: 143, none: 143 };

/** The IMAP account the Mail inbox syncs from, beside the SMTP settings. */
export function ImapSettingsCard() {
  const { data, isLoading, error } = useImapSettings();
  // Held here: the form starts afresh from what was saved, and still says "Saved.".
  const save = useSaveImap();
  const remove = useRemoveImap();
  if (isLoading) return null;
  if (error) return <Alert color="red" role="alert">{error.message}</Alert>;
  return <ImapForm key={JSON.stringify(data ?? null)} imap={data ?? null} save={save} remove={remove} />;
}

function ImapForm({ imap, save, remove }: { imap: ImapView | null; save: ReturnType<typeof useSaveImap>; remove: ReturnType<typeof useRemoveImap> }) {
  const [host, setHost] = useState(imap?.host ?? '');
  const [security, setSecurity] = useState<string>(imap?.security ?? 'tls');
  const [port, setPort] = useState<number>(imap?.port ?? 993);
  const [user, setUser] = useState(imap?.user ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(imap?.folder ?? '');
  const [ca, setCa] = useState('');
  function changeSecurity(next: string) {
    // A port still at the old default follows the new choice.
    if (port === DEFAULT_PORT[security]) setPort(DEFAULT_PORT[next] ?? port);
    setSecurity(next);
  }
  return (
    <Card withBorder id="imap">
      <Title order={3} size="h4">Read mail (IMAP)</Title>
      <Text size="sm" mb="sm">Optional. With your mail provider's IMAP server and an app password, "Sync now" in the Mail inbox reads new messages and proposes what they mean for your applications. The password is kept on this server and never shown again, nor written into backups.</Text>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate({ host, port, security: security as 'tls', user, folder: folder.trim() || null, ...(password ? { password } : {}), ...(ca.trim() ? { ca } : {}) }); setPassword(''); setCa(''); }}>
        <Stack gap="sm">
          <Group grow wrap="wrap">
            <TextInput label="IMAP server" placeholder="imap.example.com" required value={host} onChange={(e) => setHost(e.currentTarget.value)} />
            <NumberInput label="Port" min={1} max={65535} required value={port} onChange={(v) => setPort(Number(v) || 993)} />
          </Group>
          <NativeSelect label="Security" data={SECURITY} value={security} onChange={(e) => changeSecurity(e.currentTarget.value)} />
          <TextInput label="User name" required value={user} onChange={(e) => setUser(e.currentTarget.value)} autoComplete="username" />
          <PasswordInput label="App password" description={imap?.hasPassword ? 'A password is set; leave empty to keep it.' : 'No password set.'} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
          <TextInput label="Folder" description="Leave empty to read every folder (Sent, Drafts, Trash and Junk are skipped)." placeholder="All folders" value={folder} onChange={(e) => setFolder(e.currentTarget.value)} />
          <Textarea label="Trusted certificate (optional)" description={imap?.hasCertificate ? 'A certificate is trusted; leave empty to keep it.' : 'Only for your own server with a self-signed certificate: paste its PEM certificate.'} placeholder="-----BEGIN CERTIFICATE-----" autosize minRows={2} maxRows={6} value={ca} onChange={(e) => setCa(e.currentTarget.value)} />
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          {remove.error && <Alert color="red" role="alert">{remove.error.message}</Alert>}
          {save.isSuccess && <Text size="sm" c="teal" role="status">Saved.</Text>}
          <Group>
            <Button type="submit" loading={save.isPending}>Save</Button>
            {imap && <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>Remove</Button>}
          </Group>
        </Stack>
      </form>
      {imap && (
        <Stack mt="md">
          <MailScheduleField hasPassword={imap.hasPassword} takeFocus={save.isSuccess} />
        </Stack>
      )}
    </Card>
  );
}
