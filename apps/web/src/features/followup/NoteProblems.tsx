import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isInline, problemAt, problemKind } from './NoteEditor';
import { checkNoteText, type CheckContext, type NoteCheckResult } from './queries';

export type Problem = NoteCheckResult['problems'][number];

/** Wait this long after the last keystroke before proofreading again. */
const CHECK_DEBOUNCE_MS = 350;

/**
 * The checker's problems for a text as the person edits it: checked again a moment after the
 * last keystroke (`POST /api/notes/check`), the older answer dropped if the text changed since.
 * With no context (no interview has ended yet) nothing is checked.
 */
export function useNoteCheck(text: string, context: CheckContext | null, initial: readonly Problem[] = []): { problems: Problem[]; checking: boolean } {
  const [problems, setProblems] = useState<Problem[]>(() => [...initial]);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!context) return;
    let live = true;
    setChecking(true);
    const t = setTimeout(() => {
      checkNoteText(text, context)
        .then((r) => live && setProblems(r.problems))
        .catch(() => undefined)
        .finally(() => live && setChecking(false));
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, context]);
  return { problems: context ? problems : [], checking };
}

/** "Checking…", "No problems found" or "2 problems", announced politely. */
export function CheckStatus({ checking, problems }: { checking: boolean; problems: readonly Problem[] }) {
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {checking ? 'Checking…' : problems.length === 0 ? 'No problems found' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}
    </Text>
  );
}

/** The problem the caret sits in, in words: keyboard users get what a mouse user reads on hover. */
export function CaretProblem({ problems, caret }: { problems: readonly Problem[]; caret: number }) {
  const here = caret >= 0 ? problemAt(problems, caret) : null;
  return <Text size="sm" mih={20} aria-live="polite" data-testid="caret-problem">{here ? `${problemKind(here.code)}: ${here.message}` : ''}</Text>;
}

/** Every problem in plain words, with a one-click fix where the checker has a suggestion. */
export function ProblemList({ problems, text, onFix, id }: { problems: readonly Problem[]; text: string; onFix: (p: Problem) => void; id: string }) {
  if (problems.length === 0) return null;
  return (
    <Stack gap={4} id={id} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Problems found">
      {problems.map((p, i) => (
        <Group key={`${p.code}-${p.start}-${i}`} component="li" gap="xs" wrap="wrap" align="flex-start">
          <Badge color={isInline(p) ? 'red' : 'gray'} variant="light" style={{ flexShrink: 0 }} tt="none">{problemKind(p.code)}</Badge>
          <Text size="sm" style={{ flex: '1 1 220px' }}>
            {p.message}
            {isInline(p) && <Text span c="dimmed"> (“{text.slice(p.start, Math.min(p.end, p.start + 40))}”)</Text>}
          </Text>
          {p.suggestion && <Button size="compact-xs" variant="subtle" onClick={() => onFix(p)}>Use “{p.suggestion}”</Button>}
        </Group>
      ))}
    </Stack>
  );
}

/** The text with a problem's words replaced by the checker's suggestion. */
export function applySuggestion(text: string, p: Problem): string {
  return p.suggestion ? text.slice(0, p.start) + p.suggestion + text.slice(p.end) : text;
}
