import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useLetGo, useToday, type TodayData } from './queries';
import './followup.css';

type Item = TodayData['dueToday'][number];

const KIND: Record<Item['kind'], { label: string; color: string }> = {
  thank_you: { label: 'Thank-you note', color: 'teal' },
  follow_up: { label: 'Follow-up', color: 'blue' },
  feedback: { label: 'Feedback request', color: 'grape' },
  prep: { label: 'Prep', color: 'indigo' },
  debrief: { label: 'Debrief', color: 'orange' },
  let_go: { label: 'Let it go', color: 'gray' },
};

function when(item: Item, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(item.due)) return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${item.due}T12:00:00Z`));
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(item.due));
}

/** Today: what is overdue, what falls in the next 24 hours, and the rest of the week, in the person's zone. */
export function TodayPage() {
  const { data, isLoading, error } = useToday();
  if (isLoading) return <Loader aria-label="Loading today" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load today'}</Alert>;
  return (
    <Stack gap="lg" maw={820}>
      <div>
        <Title order={1} size="h2">Today</Title>
        <Text c="dimmed" size="sm">{new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: data.timeZone }).format(new Date(data.now))} · {data.timeZone}</Text>
      </div>
      {data.overdue.length > 0 && <Section title="Overdue" items={data.overdue} timeZone={data.timeZone} empty="" />}
      <Section title="Next 24 hours" items={data.next24Hours} timeZone={data.timeZone} empty="Nothing due in the next 24 hours." />
      <Section title="This week" items={data.thisWeek} timeZone={data.timeZone} empty="Nothing planned for the rest of the week." />
      <Text size="sm" c="dimmed">Want these in your calendar? <Anchor component={Link} to="/settings/mail">Subscribe to your calendar feed</Anchor>.</Text>
    </Stack>
  );
}

function Section({ title, items, timeZone, empty }: { title: string; items: Item[]; timeZone: string; empty: string }) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h4" mb="xs">{title} {items.length > 0 && <Badge variant="light">{items.length}</Badge>}</Title>
      {items.length === 0 ? <Text c="dimmed">{empty}</Text> : (
        <ul className="today-list">
          {items.map((i) => <TodayRow key={`${i.kind}-${i.interviewerId ?? i.followUpId ?? i.interviewId ?? i.applicationId}`} item={i} timeZone={timeZone} />)}
        </ul>
      )}
    </section>
  );
}

function TodayRow({ item, timeZone }: { item: Item; timeZone: string }) {
  const letGo = useLetGo();
  const k = KIND[item.kind];
  return (
    <li className={`today-item${item.overdue ? ' overdue' : ''}`} data-kind={item.kind}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={k.color} variant="light" className="today-kind">{k.label}</Badge>
          <Anchor component={Link} to={item.href} fw={600} miw={0}>{item.title}</Anchor>
        </Group>
        <Text size="sm" c={item.overdue ? 'orange.8' : 'dimmed'}>{item.overdue ? 'overdue · ' : ''}{when(item, timeZone)}</Text>
      </Group>
      <Text size="sm" mt={4}>{item.detail}</Text>
      {item.kind === 'let_go' && (
        <Button size="xs" variant="light" mt="xs" loading={letGo.isPending} onClick={() => letGo.mutate({ applicationId: item.applicationId, date: new Date().toLocaleDateString('en-CA', { timeZone }) })}>
          Move to “no answer”
        </Button>
      )}
    </li>
  );
}
