import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">Nothing here</Title>
      <Text>This page does not exist, or the record was deleted.</Text>
      <Button component={Link} to="/">Back to the board</Button>
    </Stack>
  );
}
