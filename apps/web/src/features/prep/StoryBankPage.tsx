import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { StoryView } from '@secondround/core';
import { StoryForm } from './StoryForm';
import { useDeleteStory, useImportStories, useStoryPages } from './queries';
import './prep.css';

const EXAMPLE = `## Cut checkout errors by 40%
skills: Python, PostgreSQL
Situation: Checkout failed for 2% of orders.
Task: Bring failures under 1% before the peak.
Action: I traced failed orders and rewrote the retry logic.
Result: Failures fell to 1.2% within a week.`;

/** Leadership weight as a person reads it. */
function leadershipLabel(w: number): { text: string; color: string } {
  if (w >= 0.5) return { text: `Leadership story (${w.toFixed(1)})`, color: 'grape' };
  if (w > 0) return { text: `Some leadership (${w.toFixed(1)})`, color: 'violet' };
  return { text: 'Own work (0)', color: 'gray' };
}

/**
 * The story bank: STAR stories to match to listings, added one by one or pasted in bulk; a page at
 * a time, with "Show more" while there are more.
 */
export function StoryBankPage() {
  const pages = useStoryPages();
  const stories = pages.data?.pages.flatMap((p) => p.stories);
  const { isLoading, error } = pages;
  const [adding, add] = useDisclosure(false);
  useEffect(() => {
    // Links from the analysis point at one story: bring it into view once the list is there.
    if (stories && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [stories]);
  if (isLoading) return <Loader aria-label="Loading your stories" />;
  if (error || !stories) return <Alert color="red" role="alert">{error?.message ?? 'Could not load your stories'}</Alert>;
  return (
    <Stack maw={960} gap="md">
      <Title order={1} size="h2">Story bank</Title>
      <Text size="sm" c="dimmed">
        Your STAR stories (situation, task, action, result). Each listing’s analysis shows which of them cover its requirements. Stories about leading people are marked: keep them for manager roles.
      </Text>
      {adding ? (
        <Card withBorder><StoryForm onDone={add.close} /></Card>
      ) : (
        <Group><Button onClick={add.open}>Add a story</Button></Group>
      )}
      {stories.length === 0 && !adding && <Text c="dimmed">No stories yet. Add one, or paste several below.</Text>}
      <Stack gap="sm">
        {stories.map((s) => <StoryCard key={s.id} story={s} />)}
      </Stack>
      {pages.hasNextPage && (
        <Group>
          <Button variant="subtle" size="xs" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()} aria-label="Show more stories">
            Show more
          </Button>
        </Group>
      )}
      <ImportBox />
    </Stack>
  );
}

function StoryCard({ story }: { story: StoryView }) {
  const [editing, edit] = useDisclosure(false);
  const remove = useDeleteStory();
  const lead = leadershipLabel(story.leadershipWeight);
  if (editing) return <Card withBorder id={`story-${story.id}`} className="story-card"><StoryForm story={story} onDone={edit.close} /></Card>;
  return (
    <Card withBorder id={`story-${story.id}`} className="story-card" component="article" aria-label={story.title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>{story.title}</Title>
        <Group gap={6}>
          <Tooltip label="Read from the text: managing a team, hiring, performance reviews, “my team”…">
            <Badge color={lead.color} variant="light" data-leadership={story.leadershipWeight}>{lead.text}</Badge>
          </Tooltip>
          {story.missing.length > 0 && <Badge color="orange" variant="light">Missing: {story.missing.join(', ')}</Badge>}
        </Group>
      </Group>
      <div className="story-text" style={{ marginTop: 6 }}>
        {(['situation', 'task', 'action', 'result'] as const).filter((k) => story[k]).map((k) => (
          <Text key={k} size="sm" component="div"><span className="star-label">{k[0]!.toUpperCase() + k.slice(1)}:</span> {story[k]}</Text>
        ))}
      </div>
      {(story.skills.length > 0 || story.tags.length > 0) && (
        <Group gap={4} mt={6}>
          {story.skills.map((s) => <Badge key={`s-${s}`} size="sm" variant="dot">{s}</Badge>)}
          {story.tags.map((t) => <Badge key={`t-${t}`} size="sm" variant="outline" color="gray">#{t}</Badge>)}
        </Group>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" onClick={edit.open} aria-label={`Edit ${story.title}`}>Edit</Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(story.id)} aria-label={`Delete ${story.title}`}>Delete</Button>
      </Group>
    </Card>
  );
}

function ImportBox() {
  const [text, setText] = useState('');
  const run = useImportStories();
  return (
    <Card withBorder component="section" aria-labelledby="import-title">
      <Title order={3} size="h5" id="import-title">Paste stories (Markdown or JSON)</Title>
      <Text size="sm" c="dimmed" mb="xs">
        Start each story with a “## Title” line, then “Situation:”, “Task:”, “Action:”, “Result:” (and optionally “skills:” and “tags:”), or paste a JSON array. The format is in the README.
      </Text>
      <Textarea label="Stories to import" autosize minRows={5} maxRows={20} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={EXAMPLE} maxLength={1_000_000} />
      {run.error && <Alert mt="xs" color="red" role="alert">{run.error.message}</Alert>}
      {run.data && (
        <Alert mt="xs" color={run.data.problems.length ? 'yellow' : 'teal'} role="status" title={`Imported ${run.data.stories.length} ${run.data.stories.length === 1 ? 'story' : 'stories'}`}>
          {run.data.problems.length > 0 && (
            <List size="sm">{run.data.problems.map((p, i) => <List.Item key={i}>{p.message}</List.Item>)}</List>
          )}
        </Alert>
      )}
      <Group mt="xs">
        <Button disabled={!text.trim()} loading={run.isPending} onClick={() => run.mutate(text, { onSuccess: () => setText('') })}>Import stories</Button>
        <Anchor size="sm" component="button" type="button" onClick={() => setText(EXAMPLE)}>Fill in an example</Anchor>
      </Group>
    </Card>
  );
}
