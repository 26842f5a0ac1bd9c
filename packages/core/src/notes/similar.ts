import { foldWord, tokenize } from './text';
import type { NoteProblem } from './types';

/** From this share of shared word triples on, two notes read as one text with the names swapped; drafts to two people with their own topics share about 0.7. */
export const SIMILAR_NOTE_THRESHOLD = 0.85;

function shingles(text: string, names: ReadonlySet<string>): Set<string> {
  const words = tokenize(text).map((t) => foldWord(t.text)).filter((w) => w !== '' && !names.has(w));
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/**
 * How alike two notes are once people's names are set aside: the share of word triples they have
 * in common (Jaccard, 0 to 1). Interviewers at one company compare notes, so a copy with only the
 * name changed reads as no note at all.
 * @example noteSimilarity('Hi Ann, thank you for the chat about SQL', 'Hi Bob, thank you for the chat about SQL', ['Ann', 'Bob']) // 1
 */
export function noteSimilarity(a: string, b: string, names: readonly string[] = []): number {
  const skip = new Set(names.flatMap((n) => tokenize(n).map((t) => foldWord(t.text))));
  const x = shingles(a, skip);
  const y = shingles(b, skip);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * SIMILAR_NOTE when this note is almost the same as a note to another interviewer at the company.
 * @example checkSimilar(text, [{ to: 'Bob Lee', text: other }], ['Ann Wu', 'Bob Lee'], { start: 0, end: 7 })
 */
export function checkSimilar(text: string, others: ReadonlyArray<{ to: string; text: string }>, names: readonly string[], anchor: { start: number; end: number }): NoteProblem[] {
  let best: { to: string; score: number } | null = null;
  for (const o of others) {
    if (!o.text || o.text.trim() === '') continue;
    const score = noteSimilarity(text, o.text, [...names, o.to]);
    if (score >= SIMILAR_NOTE_THRESHOLD && (best === null || score > best.score)) best = { to: o.to, score };
  }
  if (!best) return [];
  return [{
    code: 'SIMILAR_NOTE',
    message: `this note is almost the same as your note to ${best.to}; people at one company compare notes, so say something only this person talked about`,
    ...anchor,
  }];
}
