import { Alert, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';

type Person = { id: string; name: string; title: string | null; notes: string | null };

/**
 * Per interviewer, what they talked about: each thank-you draft draws on its own person's topic
 * (and title), so no two notes are the same text with the name changed.
 */
export function InterviewerTopics({ interviewers }: { interviewers: readonly Person[] }) {
  if (interviewers.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={3} size="h4">What each interviewer talked about</Title>
      <Text size="sm" mb="sm">One line each. Their thank-you draft mentions it, so every note is their own.</Text>
      <Stack gap="sm">
        {interviewers.map((p) => <Topic key={p.id} person={p} />)}
      </Stack>
    </Card>
  );
}

function Topic({ person }: { person: Person }) {
  const qc = useQueryClient();
  const [text, setText] = useState(person.notes ?? '');
  const save = useMutation({
    mutationFn: async (notes: string) => unwrap(await api.interviewers[':id'].$patch({ param: { id: person.id }, json: { notes: notes.trim() === '' ? null : notes } })),
    onSuccess: () => void qc.invalidateQueries(),
  });
  return (
    <div>
      <Textarea
        label={`What did ${person.name}${person.title ? ` (${person.title})` : ''} talk about?`}
        placeholder="e.g. the move of the finance reports to dbt"
        value={text}
        autosize
        minRows={1}
        maxLength={2000}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => text !== (person.notes ?? '') && save.mutate(text)}
      />
      {save.isSuccess && <Text size="xs" c="dimmed" role="status">Saved.</Text>}
      {save.error && <Alert color="red" role="alert" mt={4}>{save.error.message}</Alert>}
    </div>
  );
}
