import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { leadershipWeight } from './leadership';
import { matchStories, storyMatcher, type MatchableListing } from './match';
import { parseStories } from './parse';
import type { Story } from './schema';

const MD = `# My stories

## Fixed slow dispatch queries
skills: Postgres, Python
**Situation:** The dispatch API timed out at peak load.
**Task:** Bring p95 latency under 200 ms.
**Action:** I profiled the queries, added indexes and rewrote N+1 calls.
**Result:** p95 fell from 1.2 s to 150 ms.

## Grew the support team
### Situation
As the team lead I had a team of 5 and a growing backlog.
### Action
I hired three agents and ran weekly one-on-ones and performance reviews.
### Result
The backlog cleared in a month.
`;

function story(id: string, text: string, skills: string[] = []): Story {
  return { id, title: id, situation: text, task: '', action: '', result: '', skills, tags: [] };
}

describe('parseStories', () => {
  it('reads Markdown stories and says which parts are missing', () => {
    const { stories, problems } = parseStories(MD);
    expect(stories.map((s) => s.id)).toEqual(['fixed-slow-dispatch-queries', 'grew-the-support-team']);
    expect(stories[0]?.skills).toEqual(['Postgres', 'Python']);
    expect(stories[1]?.action).toMatch(/hired three agents/);
    expect(problems.map((p) => p.message)).toEqual(['story 2 "Grew the support team" is missing its task']);
  });

  it('reads JSON, makes ids unique and skips empty stories with a message', () => {
    const json = JSON.stringify({ stories: [{ id: 'a', title: 'A', situation: 's', task: 't', action: 'a', result: 'r' }, { id: 'a', title: 'B', action: 'x' }, {}] });
    const { stories, problems } = parseStories(json);
    expect(stories.map((s) => s.id)).toEqual(['a', 'a-2']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/repeats the id "a"[\s\S]*story 3 has no title/);
  });

  it('refuses files with no usable story, clearly', () => {
    for (const bad of ['', '{not json', '[]', 'just some text', '[{"title": 3}]']) {
      try {
        parseStories(bad);
        expect.unreachable(`accepted ${bad}`);
      } catch (e) {
        expect(isUserError(e)).toBe(true);
      }
    }
  });
});

describe('leadershipWeight', () => {
  it('is high for managing people and low for individual work', () => {
    expect(leadershipWeight('As the team lead I hired two engineers and ran performance reviews for my team.')).toBeGreaterThanOrEqual(0.5);
    expect(leadershipWeight('I wrote a parser and cut build time by half.')).toBe(0);
    expect(leadershipWeight('I managed twelve direct reports across two sites; under my leadership churn fell by a third.')).toBeGreaterThanOrEqual(0.8);
  });
});

describe('matchStories', () => {
  const listing: MatchableListing = {
    isManagerRole: false,
    requirements: [
      { text: 'Experience tuning PostgreSQL queries', kind: 'required', skills: ['PostgreSQL'] },
      { text: 'Fluent Japanese', kind: 'preferred', skills: [] },
    ],
  };
  const stories = [
    story('db', 'I tuned slow Postgres queries with indexes.', ['Postgres']),
    story('lead1', 'As the manager of a team of 6 I hired two engineers and ran performance reviews; my team tuned PostgreSQL queries.'),
    story('cake', 'I baked a cake for the office party.'),
  ];

  it('covers requirements through skill synonyms and lists the uncovered ones', () => {
    const m = matchStories(listing, stories);
    expect(m.coverage[0]?.storyIds[0]).toBe('db');
    expect(m.coverage[0]?.score).toBeGreaterThan(0);
    expect(m.uncovered).toEqual(['Fluent Japanese']);
  });

  it('warns when a non-manager listing is matched mostly by leadership stories', () => {
    const m = matchStories(listing, [stories[1]!, story('lead2', 'I managed a team of 4 nurses and hired two; Postgres queries too.')]);
    expect(m.leadershipWarning).toBe(true);
    expect(matchStories({ ...listing, isManagerRole: true }, [stories[1]!]).leadershipWarning).toBe(false);
  });

  it('warns from the whole bank when no story covers a requirement of a role with no direct reports', () => {
    const ic: MatchableListing = { isManagerRole: false, requirements: [{ text: 'Fluent Japanese', kind: 'required', skills: [] }] };
    const bank = [story('m1', 'I managed twelve direct reports; under my leadership the team shipped on time.'), story('m2', 'As the team lead I hired three engineers and ran one-on-ones with my team.')];
    expect(matchStories(ic, bank).leadershipWarning).toBe(true);
    expect(matchStories(ic, [...bank, story('c1', 'I baked a cake.'), story('c2', 'I wrote a parser.'), story('c3', 'I fixed a bug.')]).leadershipWarning).toBe(false);
    expect(matchStories({ ...ic, isManagerRole: true }, bank).leadershipWarning).toBe(false);
    expect(matchStories(ic, []).leadershipWarning).toBe(false);
  });

  it('does not depend on the order of the stories', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(stories, { minLength: 1 }), (subset) => {
        const reversed = [...subset].reverse();
        expect(matchStories(listing, reversed)).toEqual(matchStories(listing, subset));
      }),
    );
  });

  it('gives the same results through one reused matcher as one call at a time', () => {
    const listings: MatchableListing[] = [
      listing,
      { isManagerRole: false, requirements: [{ text: 'Fluent Japanese', kind: 'required', skills: [] }] },
      { isManagerRole: true, requirements: [{ text: 'Experience tuning PostgreSQL queries', kind: 'preferred', skills: [] }, { text: 'Baking for large events', kind: 'required', skills: [] }] },
    ];
    const bank = [...stories, story('m1', 'I managed twelve direct reports; under my leadership the team shipped on time.')];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...listings), fc.subarray(bank)), { minLength: 1, maxLength: 8 }), (calls) => {
        const match = storyMatcher();
        for (const [l, picked] of calls) expect(match(l, picked)).toEqual(matchStories(l, picked));
      }),
    );
  });
});
