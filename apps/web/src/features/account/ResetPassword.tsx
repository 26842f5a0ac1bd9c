import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';

/** The reset link's token, from `/reset-password#token=…` (a fragment never reaches a server log). */
export function resetTokenFromLocation(): string | null {
  if (window.location.pathname !== '/reset-password') return null;
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

/** Set a new password with the one-time token from a reset or invitation link. */
export function ResetPasswordPage({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(await api.auth.reset.$post({ json: { token, password } }));
      // Signed in now: drop the token from the address bar and history.
      window.location.replace('/');
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={380} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-label="Set a new password">
          <Stack>
            <Title order={1} size="h2">Set a new password</Title>
            <PasswordInput label="New password" description="At least 10 characters" required minLength={10} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <Button type="submit" loading={busy}>Set password and sign in</Button>
            <Anchor href="/" size="sm">Back to sign-in</Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

/** "Forgot your password?": asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordForm({ onBack }: { onBack: () => void }) {
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.auth['reset-request'].$post({ json: { email } });
      if (!res.ok) await unwrap(res);
      setAnswer(((await res.json()) as { message: string }).message);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Reset your password">
      <Stack>
        <Title order={1} size="h2">Reset your password</Title>
        {answer ? (
          <Text role="status">{answer}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">We e-mail a link that lets you set a new password.</Text>
            <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <Button type="submit" loading={busy}>Send me a reset link</Button>
          </>
        )}
        <Anchor component="button" type="button" size="sm" onClick={onBack}>Back to sign-in</Anchor>
      </Stack>
    </form>
  );
}
