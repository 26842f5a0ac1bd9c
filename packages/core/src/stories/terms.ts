import { canonicalSkill, findSkillsInTokens, getSkillIndex } from '../taxonomy/matcher';
import { STOPWORDS, tokenize } from '../taxonomy/normalize';
import type { Story } from './schema';
import { skillTerm } from './skill-term';

// What story matching reads of a text, worked out with the tokeniser, the stemmer and the skill
// index. Apart from `match.ts` so that a reader of terms kept with the stories and listings
// (`secondround diagnose`) loads none of them; `stored-terms.ts` reads kept terms back.

/** The words (stems, without stopwords) and canonical skills of a requirement's text. */
export interface MatchTerms {
  words: string[];
  /** `skill:NAME` in lower case, once per mention. */
  skills: string[];
}

/** A story as BM25 reads it: how often each term occurs, and its length in words. */
export interface StoryTerms {
  /** [term, count] in order of first occurrence. */
  tf: Array<[string, number]>;
  length: number;
}

// Words every listing uses that say nothing about the topic.
const GENERIC = new Set(
  'experi year abil skill strong knowledg work demonstr proven excel good great solid understand familiar profici relev prefer requir plus minimum least must have bonus ideal candid role posit'.split(' '),
);

/**
 * The matching terms of a text (a requirement, or a story's parts joined).
 * @example textTerms('Strong SQL reporting').skills // ['skill:sql']
 */
export function textTerms(text: string): MatchTerms {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.norm).filter((w) => !STOPWORDS.has(w) && !GENERIC.has(w) && w.length > 1);
  const skills = findSkillsInTokens(text, tokens, getSkillIndex()).map((m) => skillTerm(m.skill));
  return { words, skills };
}

/**
 * A story's terms: the words and skills of its title, STAR parts, tags and skills, and each skill
 * it is labelled with under its canonical name (so "Postgres" meets "PostgreSQL").
 * @example storyTerms({ id: 's1', title: 'Cut report time', situation: '', task: '', action: 'Rewrote the SQL', result: '', skills: ['postgres'], tags: [] }).tf.some(([t]) => t === 'skill:postgresql') // true
 */
export function storyTerms(story: Story): StoryTerms {
  const text = [story.title, story.situation, story.task, story.action, story.result, story.tags.join(', ')].join('\n');
  const { words, skills } = textTerms(`${text}\n${story.skills.join(', ')}`);
  const labelled = story.skills.map((s) => skillTerm(canonicalSkill(s) ?? s));
  const tf = new Map<string, number>();
  for (const t of [...words, ...skills, ...labelled]) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf: [...tf], length: words.length };
}
