import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION } from '../listing/stored';
import { matchStories, storyMatcher } from './match';
import type { Story } from './schema';
import { readStoredStoryTerms } from './stored-terms';
import { storyTerms } from './terms';

const story: Story = { id: 's1', title: 'Faster month-end reports', situation: 'Finance waited days for numbers.', task: '', action: 'I rewrote the queries in Postgres and added indexes.', result: 'Reports ran in minutes.', skills: ['postgres'], tags: ['reporting'] };
const listing = { isManagerRole: false, requirements: [{ text: 'Experience with PostgreSQL reporting', kind: 'required' as const, skills: ['PostgreSQL'] }] };

describe('story terms kept with a story', () => {
  it('are read back only when written by this ANALYSER_VERSION and of the kept shape', () => {
    const terms = storyTerms(story);
    expect(terms.tf).toContainEqual(['skill:postgresql', 3]);
    const json = JSON.stringify(terms);
    expect(readStoredStoryTerms(json, ANALYSER_VERSION)).toEqual(terms);
    expect(readStoredStoryTerms(json, ANALYSER_VERSION - 1)).toBeUndefined();
    expect(readStoredStoryTerms(json, null)).toBeUndefined();
    expect(readStoredStoryTerms(null, ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('{"tf":', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('{"tf":[["sql",0]],"length":1}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('{"tf":[["sql"]],"length":1}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('{"tf":[],"length":-1}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('null', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('"stale"', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredStoryTerms('{"tf":[],"length":0}', ANALYSER_VERSION)).toEqual({ tf: [], length: 0 });
  });

  it('match as the story itself does, and are what the matcher reads', () => {
    const kept = new Map([[story.id, storyTerms(story)]]);
    expect(storyMatcher(kept)(listing, [story])).toEqual(matchStories(listing, [story]));
    expect(matchStories(listing, [story]).coverage[0]!.storyIds).toEqual(['s1']);
    // Terms kept for another text win over the story's own: nothing of them meets the requirement.
    const other = new Map([[story.id, storyTerms({ ...story, action: 'I baked bread.', skills: [], title: 'Bread', situation: '', result: '', tags: [] })]]);
    expect(storyMatcher(other)(listing, [story]).coverage[0]!.storyIds).toEqual([]);
  });
});
