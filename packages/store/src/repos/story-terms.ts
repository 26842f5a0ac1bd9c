import { ANALYSER_VERSION, readStoredStoryTerms, readList, type Story, type StoryTerms } from '@secondround/core';
import type { StoriesTable } from '../schema-prep';
import type { RepoContext } from './executor';

type StoryText = Pick<StoriesTable, 'id' | 'title' | 'situation' | 'task' | 'action' | 'result' | 'skills' | 'tags'>;

/**
 * The columns that keep a story's matching terms with it, written wherever a story is saved. The
 * term rules are loaded on the first write, not with the store: a reader of current terms
 * (`secondround diagnose`, run once per call) never loads the skill index.
 */
export async function storyTermsColumns(row: StoryText): Promise<{ matchTerms: string; matchTermsVersion: number }> {
  return (await keptStoryTerms(row)).columns;
}

/** A story's terms as worked out now, and the columns that keep them. */
async function keptStoryTerms(row: StoryText): Promise<{ terms: StoryTerms; columns: { matchTerms: string; matchTermsVersion: number } }> {
  const { storyTerms } = await import('./story-terms-writer');
  const story: Story = { id: row.id, title: row.title, situation: row.situation, task: row.task, action: row.action, result: row.result, skills: readList(row.skills), tags: readList(row.tags) };
  const terms = storyTerms(story);
  return { terms, columns: { matchTerms: JSON.stringify(terms), matchTermsVersion: ANALYSER_VERSION } };
}

/** Stale stories worked out per round trip: a restored bank can hold hundreds. */
const REFRESH_BATCH = 100;
const TEXT_COLUMNS = ['id', 'title', 'situation', 'task', 'action', 'result', 'skills', 'tags', 'updatedAt'] as const;

/**
 * The terms kept with each story of the bank (`stories.match_terms`). Every method takes the owner's id.
 */
export function storyTermsRepo({ db }: RepoContext) {
  /** Work out one story's terms and keep them, unless the story was edited since it was read. */
  async function keep(ownerId: string, row: StoryText & Pick<StoriesTable, 'updatedAt'>): Promise<StoryTerms> {
    const { terms, columns } = await keptStoryTerms(row);
    await db.updateTable('stories').set(columns).where('ownerId', '=', ownerId).where('id', '=', row.id).where('updatedAt', '=', row.updatedAt).execute();
    return terms;
  }

  /**
   * Work out and keep the terms of the stories whose terms are missing (restored, imported, or
   * saved before terms were kept) or were written by another ANALYSER_VERSION. Returns how many
   * were done. `updated_at` is left alone (derived data, not an edit), and a story edited
   * meanwhile is not given the terms of its old text.
   */
  async function refresh(ownerId: string): Promise<number> {
    let done = 0;
    for (;;) {
      const stale = await db
        .selectFrom('stories')
        .select(TEXT_COLUMNS)
        .where('ownerId', '=', ownerId)
        .where((eb) => eb.or([eb('matchTermsVersion', 'is', null), eb('matchTermsVersion', '!=', ANALYSER_VERSION)]))
        .orderBy('id')
        .limit(REFRESH_BATCH)
        .execute();
      for (const row of stale) await keep(ownerId, row);
      done += stale.length;
      if (stale.length < REFRESH_BATCH) return done;
    }
  }

  return {
    refresh,

    /**
     * The terms of stories already read with their kept columns (`matchTerms`, `matchTermsVersion`),
     * by story id: the kept ones as read back, the stale or missing ones worked out and kept first.
     */
    async ofRows(ownerId: string, rows: ReadonlyArray<StoryText & Pick<StoriesTable, 'updatedAt' | 'matchTerms' | 'matchTermsVersion'>>): Promise<Map<string, StoryTerms>> {
      const out = new Map<string, StoryTerms>();
      for (const row of rows) out.set(row.id, readStoredStoryTerms(row.matchTerms ?? null, row.matchTermsVersion ?? null) ?? (await keep(ownerId, row)));
      return out;
    },

    /**
     * The owner's kept story terms by story id, current ones only (stale ones are worked out
     * first): what the Diagnosis matches stories with instead of running each through the rules.
     */
    async byStory(ownerId: string): Promise<Map<string, StoryTerms>> {
      await refresh(ownerId);
      const rows = await db.selectFrom('stories').select(['id', 'matchTerms', 'matchTermsVersion']).where('ownerId', '=', ownerId).where('matchTermsVersion', '=', ANALYSER_VERSION).execute();
      const out = new Map<string, StoryTerms>();
      for (const row of rows) {
        const terms = readStoredStoryTerms(row.matchTerms ?? null, row.matchTermsVersion ?? null);
        if (terms !== undefined) out.set(row.id, terms);
      }
      return out;
    },
  };
}
