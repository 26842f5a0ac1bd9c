import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, api, unwrap } from '../api/client';
import { ForgotPasswordForm, ResetPasswordPage, resetTokenFromLocation } from '../features/account/ResetPassword';

/**
 * Hosted mode asks who you are before anything else; personal mode (one person, this machine)
 * goes straight in.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const me = useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.auth.me.$get()), retry: false });
  const resetToken = resetTokenFromLocation();
  if (resetToken) return <ResetPasswordPage token={resetToken} />;
  if (me.isLoading) return null;
  if (me.error instanceof ApiError && me.error.status === 401) return <SignIn />;
  return <>{children}</>;
}

function SignIn() {
  const qc = useQueryClient();
  const [isNew, setIsNew] = useState(false);
  const [isForgotten, setForgotten] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(`${isNew ? 'Create an account' : 'Sign in'} — secondround`);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const json = { email, password };
      if (isNew) await unwrap(await api.auth.signup.$post({ json }));
      else await unwrap(await api.auth.login.$post({ json }));
      await qc.invalidateQueries();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  if (isForgotten) {
    return (
      <Center mih="100vh" p="md">
        <Paper withBorder p="xl" w={380} maw="100%">
          <ForgotPasswordForm onBack={() => setForgotten(false)} />
        </Paper>
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={380} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-label={isNew ? 'Create an account' : 'Sign in'}>
          <Stack>
            <Text fw={700} size="xl">secondround</Text>
            <Title order={1} size="h2">{isNew ? 'Create an account' : 'Sign in'}</Title>
            <Text size="sm" c="dimmed">{isNew ? 'Create your account.' : 'Sign in to your job search.'}</Text>
            <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
            <PasswordInput label="Password" description={isNew ? 'At least 10 characters' : undefined} required value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete={isNew ? 'new-password' : 'current-password'} />
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <Button type="submit" loading={busy}>{isNew ? 'Create account' : 'Sign in'}</Button>
            <Anchor component="button" type="button" size="sm" onClick={() => setIsNew(!isNew)}>
              {isNew ? 'I already have an account' : 'New here? Create an account'}
            </Anchor>
            {!isNew && (
              <Anchor component="button" type="button" size="sm" onClick={() => setForgotten(true)}>
                Forgot your password?
              </Anchor>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
