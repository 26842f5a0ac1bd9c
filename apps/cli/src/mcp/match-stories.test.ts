import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyzeListing, matchStories, storyFormSchema } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createMcpServer } from './server';

const LISTING = `Data Engineer
Requirements
- Experience with PostgreSQL and query tuning
- You communicate clearly with product managers
`;

/** `match_stories` on a listing text matches the story bank by the terms kept with each story, as the Diagnosis does. */
describe('match_stories on a listing text', () => {
  let store: Store;
  let client: Client;
  beforeAll(async () => {
    store = await openStore({ file: ':memory:' });
    await store.prep.createStories(LOCAL_OWNER_ID, [
      storyFormSchema.parse({ title: 'Quarter-end close', action: 'Moved the ledger checks into Postgres and tuned the slow queries', skills: ['postgres'] }),
      storyFormSchema.parse({ title: 'Sourdough', action: 'Taught the team to bake bread' }),
    ]);
    const server = createMcpServer({ api: async () => ({ status: 500, body: null }), stories: () => store.prep.listStoriesWithTerms(LOCAL_OWNER_ID), version: '9.9.9' });
    const [inClient, inServer] = InMemoryTransport.createLinkedPair();
    await server.connect(inServer);
    client = new Client({ name: 'test', version: '1' });
    await client.connect(inClient);
  });
  afterAll(async () => {
    await client?.close();
    await store?.close();
  });

  const match = async () => {
    const r = (await client.callTool({ name: 'match_stories', arguments: { listingText: LISTING } })) as CallToolResult;
    const first = r.content[0];
    return JSON.parse(first && first.type === 'text' ? first.text : 'null') as ReturnType<typeof matchStories> & { stories: Array<{ id: string; title: string }> };
  };

  it('gives the answer the story texts give', async () => {
    const stories = await store.prep.listStories(LOCAL_OWNER_ID);
    const expected = { ...matchStories(analyzeListing(LISTING), stories), stories: stories.map((s) => ({ id: s.id, title: s.title })) };
    expect(expected.coverage.some((c) => c.storyIds.length > 0)).toBe(true);
    expect(await match()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads the kept terms instead of working them out, and works out stale ones again', async () => {
    const before = await match();
    await store.db.updateTable('stories').set({ matchTerms: '{"tf":[],"length":0}', matchTermsVersion: ANALYSER_VERSION }).execute();
    const planted = await match();
    expect(planted.coverage.every((c) => c.storyIds.length === 0)).toBe(true);
    expect(planted.stories).toEqual(before.stories);
    await store.db.updateTable('stories').set({ matchTermsVersion: ANALYSER_VERSION - 1 }).execute();
    expect(await match()).toEqual(before);
  });
});
