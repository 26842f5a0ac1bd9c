import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { usePatchApplication } from '../api/queries';
import type { AppProps } from './types';

/** Paste the listing's text (and link) so later steps can read it. */
export function ListingPanel({ app }: AppProps) {
  const [text, setText] = useState(app.listingText ?? '');
  const [url, setUrl] = useState(app.listingUrl ?? '');
  const patch = usePatchApplication(app.id);
  const dirty = text !== (app.listingText ?? '') || url !== (app.listingUrl ?? '');
  return (
    <Stack>
      <Text size="sm" c="dimmed">Paste the whole listing: listings disappear once the role is filled, and its words are what your stories and notes should answer.</Text>
      <TextInput label="Listing URL" type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} placeholder="https://…" />
      <Textarea label="Listing text" autosize minRows={8} maxRows={30} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={200_000} />
      {patch.error && <Alert color="red" role="alert">{patch.error.message}</Alert>}
      <Group>
        <Button disabled={!dirty} loading={patch.isPending} onClick={() => patch.mutate({ json: { listingText: text, listingUrl: url } })}>Save listing</Button>
        {patch.isSuccess && !dirty && <Text size="sm" role="status">Saved.</Text>}
      </Group>
    </Stack>
  );
}
