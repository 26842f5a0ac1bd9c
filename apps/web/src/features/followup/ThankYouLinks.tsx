import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

/** On an interview card, once it is over: one composer link per interviewer. */
export function ThankYouLinks({ endsAt, people }: { endsAt: string; people: ReadonlyArray<{ id: string; name: string }> }) {
  if (people.length === 0 || Date.parse(endsAt) > Date.now() + 6 * 3_600_000) return null;
  return (
    <Group gap="xs" mt="xs" className="no-print">
      {people.map((p) => (
        <Button key={p.id} size="xs" variant="light" color="teal" component={Link} to={`/compose/${p.id}`}>
          Thank-you note to {p.name}
        </Button>
      ))}
    </Group>
  );
}
