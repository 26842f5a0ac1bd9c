import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { StoryView } from '@secondround/core';
import { useCreateStory, usePatchStory } from './queries';

const STAR = [
  ['situation', 'Situation', 'Where and when; what was going on.'],
  ['task', 'Task', 'What you had to achieve.'],
  ['action', 'Action', 'What you did yourself ("I", not "we").'],
  ['result', 'Result', 'What changed, with a number if you have one.'],
] as const;

function splitList(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];
}

/** Add or edit one STAR story. */
export function StoryForm({ story, onDone }: { story?: StoryView; onDone: () => void }) {
  const [title, setTitle] = useState(story?.title ?? '');
  const [parts, setParts] = useState({ situation: story?.situation ?? '', task: story?.task ?? '', action: story?.action ?? '', result: story?.result ?? '' });
  const [skills, setSkills] = useState(story?.skills.join(', ') ?? '');
  const [tags, setTags] = useState(story?.tags.join(', ') ?? '');
  const create = useCreateStory();
  const patch = usePatchStory();
  const error = create.error ?? patch.error;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const json = { title, ...parts, skills: splitList(skills), tags: splitList(tags) };
    if (story) await patch.mutateAsync({ id: story.id, json });
    else await create.mutateAsync(json);
    onDone();
  }
  const label = story ? `Edit story ${story.title}` : 'Add a story';
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap="xs">
        <TextInput label="Title" description="A short name you will recognise, e.g. “Cut report time from a day to 20 minutes”" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {STAR.map(([key, name, hint]) => (
            <Textarea key={key} label={name} description={hint} autosize minRows={2} maxRows={10} maxLength={20_000} value={parts[key]} onChange={(e) => { const v = e.currentTarget.value; setParts((p) => ({ ...p, [key]: v })); }} />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Skills" description="Separated by commas: SQL, Tableau, negotiation" value={skills} onChange={(e) => setSkills(e.currentTarget.value)} />
          <TextInput label="Tags" description="Separated by commas: conflict, failure, customer" value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
        </SimpleGrid>
        {error && <Alert color="red" role="alert">{error.message}</Alert>}
        <Group>
          <Button type="submit" loading={create.isPending || patch.isPending} disabled={!title.trim()}>Save story</Button>
          <Button variant="default" onClick={onDone}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
