import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Loader, Radio, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { DEAL_BREAKERS, DEAL_BREAKER_LABELS, WORK_STYLE_AXES, isProfileEmpty, type DealBreaker, type WorkStyleProfileData } from '@secondround/core';
import { useProfile, useSaveProfile } from './queries';

type Answer = 'none' | '-2' | '-1' | '0' | '1' | '2';

function choices(left: string, right: string): Array<{ value: Answer; label: string }> {
  return [
    { value: '-2', label: left },
    { value: '-1', label: `Rather ${left.toLowerCase()}` },
    { value: '0', label: 'Either suits me' },
    { value: '1', label: `Rather ${right.toLowerCase()}` },
    { value: '2', label: right },
    { value: 'none', label: 'No answer' },
  ];
}

const EMPTY: WorkStyleProfileData = { place: null, team: null, social: null, structure: null, pace: null, wontDo: [], wontDoOther: [] };

/** The work-style profile: where, how and at what pace the person works best, and what they will not do. */
export function ProfilePage() {
  const { data, isLoading, error } = useProfile();
  const save = useSaveProfile();
  const [draft, setDraft] = useState<WorkStyleProfileData>(EMPTY);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (data) setDraft({ place: data.place, team: data.team, social: data.social, structure: data.structure, pace: data.pace, wontDo: data.wontDo, wontDoOther: data.wontDoOther });
  }, [data]);
  if (isLoading) return <Loader aria-label="Loading your work-style profile" />;
  if (error || !data) return <Alert color="red" role="alert">{error?.message ?? 'Could not load your profile'}</Alert>;
  const empty = isProfileEmpty(draft);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(draft, { onSuccess: () => setSaved(true) });
  };
  return (
    <Stack maw={820} gap="md">
      <Title order={1} size="h2">Work-style profile</Title>
      <Text size="sm" c="dimmed">
        How you work best. Each listing you paste is held against it, so a poor fit shows on the application and on its prep sheet before you apply, not after the first round. The Diagnosis compares the fit of first rounds that stalled with those that went on.
      </Text>
      <form onSubmit={submit}>
        <Stack gap="md">
          {WORK_STYLE_AXES.map((axis) => (
            <Radio.Group
              key={axis.id}
              label={axis.question}
              value={draft[axis.id] === null ? 'none' : String(draft[axis.id])}
              onChange={(v) => setDraft({ ...draft, [axis.id]: v === 'none' ? null : Number(v) })}
            >
              <Group gap="md" mt={6} wrap="wrap">
                {choices(axis.left, axis.right).map((c) => <Radio key={c.value} value={c.value} label={c.label} />)}
              </Group>
            </Radio.Group>
          ))}
          <Fieldset legend="What you will not do">
            <Checkbox.Group value={draft.wontDo} onChange={(v) => setDraft({ ...draft, wontDo: v as DealBreaker[] })} aria-label="Things you will not do">
              <Group gap="md" wrap="wrap">
                {DEAL_BREAKERS.map((d) => <Checkbox key={d} value={d} label={DEAL_BREAKER_LABELS[d]} />)}
              </Group>
            </Checkbox.Group>
            <TagsInput
              mt="sm"
              label="Anything else, in your words"
              description="Press Enter after each, e.g. cold calling. Looked for word for word in each listing."
              value={draft.wontDoOther}
              onChange={(v) => setDraft({ ...draft, wontDoOther: v })}
              maxTags={20}
              splitChars={[',']}
            />
          </Fieldset>
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <div role="status">
            {saved && !save.isPending && (empty
              ? <Alert color="yellow">Saved, but your profile is empty: answer at least one question so listings can be checked for fit.</Alert>
              : <Text size="sm">Saved. Each application’s listing is now checked against it.</Text>)}
          </div>
          <Group>
            <Button type="submit" loading={save.isPending}>Save profile</Button>
            <Anchor component={Link} to="/diagnosis">See the Diagnosis</Anchor>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
