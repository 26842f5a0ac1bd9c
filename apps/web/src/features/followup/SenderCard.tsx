import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { keys, useSettings } from '../../api/queries';

/** The person's name and signature, which close every draft: thank-you notes, follow-ups, feedback requests. */
export function SenderCard() {
  const qc = useQueryClient();
  const settings = useSettings();
  const [name, setName] = useState('');
  const [signature, setSignature] = useState('');
  useEffect(() => {
    const s = settings.data?.sender;
    if (!s) return;
    setName(s.name ?? '');
    setSignature(s.signature ?? '');
  }, [settings.data]);
  const save = useMutation({
    mutationFn: async () => unwrap(await api.settings.$patch({ json: { sender: { name: name.trim(), signature } } })),
    onSuccess: () => void qc.invalidateQueries(),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h4">Your name and signature</Title>
      <Text size="sm" mb="sm">Every draft ends with these: thank-you notes, follow-ups and feedback requests. The checker also knows your name is not a typo.</Text>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Stack gap="sm">
          <TextInput label="Your name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} autoComplete="name" />
          <Textarea label="Signature (lines under your name)" description="For example your phone number or a profile link." value={signature} onChange={(e) => setSignature(e.currentTarget.value)} autosize minRows={2} maxLength={1000} />
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group>
            <Button type="submit" loading={save.isPending}>Save name and signature</Button>
            {save.isSuccess && <Text size="sm" role="status">Saved. New drafts use it.</Text>}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
