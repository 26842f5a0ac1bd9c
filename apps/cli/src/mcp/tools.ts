import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import {
  analyzeListing,
  applicationInputSchema,
  idSchema,
  interviewInputSchema,
  isUserError,
  MAX_LISTING_BYTES,
  noteCheckContextSchema,
  NOTE_MAX_CHARS,
  stageEventInputSchema,
  type ApplicationSummary,
  storyMatcher,
  type Story,
  type StoryTerms,
} from '@secondround/core';
import { describeApiError, type ApiCall } from './api-types';

export interface ToolDeps {
  api: ApiCall;
  /**
   * The person's story bank, for matching a listing that is not stored, with the terms kept with
   * each story by id (`prep.listStoriesWithTerms`): matched as the Diagnosis matches them.
   */
  stories: () => Promise<{ stories: Story[]; terms: ReadonlyMap<string, StoryTerms> }>;
  /** Resolves once the language detector is loaded, before a listing is read (left out: the word-count fallback reads it). */
  languageReady?: () => Promise<unknown>;
}

/** Applications the search tool reads at most (ten pages of the API's 500). */
const MAX_SEARCHED = 5_000;
/** Matches a search returns: an assistant's context is not the place for a whole board. */
const MAX_MATCHES = 50;

const ok = (value: unknown): CallToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] });
const failure = (message: string): CallToolResult => ({ content: [{ type: 'text', text: message }], isError: true });

/** Call the API and turn its answer into a tool result: the JSON body, or the API's error as a tool error. */
async function viaApi(api: ApiCall, method: 'GET' | 'POST', path: string, body?: unknown, pick?: (b: unknown) => unknown): Promise<CallToolResult> {
  const answer = await api(method, path, body);
  if (answer.status >= 400) return failure(describeApiError(answer));
  return ok(pick ? pick(answer.body) : answer.body);
}

/** A user's mistake from the domain as a tool error; anything else is a bug and is thrown. */
function domain(fn: () => unknown): CallToolResult {
  try {
    return ok(fn());
  } catch (e) {
    if (isUserError(e)) return failure(`${e.code}: ${e.message}`);
    throw e;
  }
}

function matchesQuery(a: ApplicationSummary, words: string[]): boolean {
  const hay = [a.company, a.role, a.location, a.source, a.stage, ...(a.tags ?? [])].filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function registerTools(server: McpServer, { api, stories: loadStories, languageReady = async () => undefined }: ToolDeps): void {
  server.registerTool(
    'list_applications',
    {
      description: 'The applications of the job search, newest first, with each one\'s current stage, furthest stage and interview count. One page of at most `limit` (default 100); pass `nextCursor` back as `cursor` for the next page.',
      inputSchema: { cursor: z.string().max(200).optional(), limit: z.number().int().min(1).max(500).optional() },
    },
    async ({ cursor, limit }) => {
      const query = new URLSearchParams({ limit: String(limit ?? 100), ...(cursor ? { cursor } : {}) });
      return viaApi(api, 'GET', `/applications?${query}`);
    },
  );

  server.registerTool(
    'search_applications',
    {
      description: 'Find applications whose company, role, location, source, stage or tags contain every word of `query` (case does not matter). At most 50 matches.',
      inputSchema: { query: z.string().trim().min(1).max(200) },
    },
    async ({ query }) => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const matches: ApplicationSummary[] = [];
      let cursor: string | null = null;
      let read = 0;
      do {
        const answer = await api('GET', `/applications?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        if (answer.status >= 400) return failure(describeApiError(answer));
        const page = answer.body as { applications: ApplicationSummary[]; nextCursor: string | null };
        read += page.applications.length;
        for (const a of page.applications) if (matchesQuery(a, words)) matches.push(a);
        cursor = page.nextCursor;
      } while (cursor && read < MAX_SEARCHED && matches.length < MAX_MATCHES);
      return ok({ applications: matches.slice(0, MAX_MATCHES), truncated: matches.length > MAX_MATCHES || cursor !== null });
    },
  );

  server.registerTool(
    'get_application',
    {
      description: 'One application with its listing, notes, stage history (events), interview rounds with their interviewers, and contacts.',
      inputSchema: { id: idSchema },
    },
    async ({ id }) => viaApi(api, 'GET', `/applications/${encodeURIComponent(id)}`),
  );

  server.registerTool(
    'add_application',
    {
      description: 'Add an application: company and role are required; `stage` (default "saved") and `stageDate` (YYYY-MM-DD, default today) record where it stands.',
      inputSchema: applicationInputSchema,
    },
    async (input) => viaApi(api, 'POST', '/applications', input),
  );

  server.registerTool(
    'record_round',
    {
      description: 'Record an interview round of an application: `round` 0 is the recruiter screen, 1 the first interview, and so on; times are ISO 8601 instants, `timeZone` the IANA zone the time was agreed in.',
      inputSchema: interviewInputSchema.safeExtend({ applicationId: idSchema }),
    },
    async ({ applicationId, ...round }) => viaApi(api, 'POST', `/applications/${encodeURIComponent(applicationId)}/interviews`, round),
  );

  server.registerTool(
    'record_stage_event',
    {
      description: 'Record that an application reached a stage on a date (YYYY-MM-DD): applied, screen, round1…, offer, rejected, withdrawn…; a rejection or closing can carry the reason given.',
      inputSchema: stageEventInputSchema.safeExtend({ applicationId: idSchema }),
    },
    async ({ applicationId, ...event }) => viaApi(api, 'POST', `/applications/${encodeURIComponent(applicationId)}/events`, event),
  );

  server.registerTool(
    'run_diagnosis',
    {
      description: 'Where the search stalls compared with typical rates (with the honest range and source), whether it is too early to tell, and the reasons the records point to, strongest first, each with its evidence and fix.',
      inputSchema: { waitingDays: z.number().int().min(1).max(365).optional() },
    },
    async ({ waitingDays }) => viaApi(api, 'GET', `/diagnosis${waitingDays ? `?waitingDays=${waitingDays}` : ''}`),
  );

  server.registerTool(
    'analyze_listing',
    {
      description: 'Read a job listing (text or HTML): title, company, language, whether it is a manager role, workplace, requirements (required or preferred, with skills), culture signals and requested materials. Nothing is saved.',
      inputSchema: { text: z.string().min(1).max(MAX_LISTING_BYTES) },
    },
    async ({ text }) => {
      await languageReady();
      return domain(() => analyzeListing(text));
    },
  );

  server.registerTool(
    'match_stories',
    {
      description: "How the person's story bank covers a listing's requirements: give `applicationId` (its stored listing) or `listingText`. Returns coverage per requirement, the uncovered ones, and a warning when leadership stories are picked for a role that is not a manager role.",
      inputSchema: { applicationId: idSchema.optional(), listingText: z.string().min(1).max(MAX_LISTING_BYTES).optional() },
    },
    async ({ applicationId, listingText }) => {
      if ((applicationId === undefined) === (listingText === undefined)) return failure('BAD_ARGUMENTS: give exactly one of applicationId or listingText');
      if (applicationId !== undefined) return viaApi(api, 'GET', `/applications/${encodeURIComponent(applicationId)}/analysis`, undefined, (b) => ({ ...(b as { match: object }).match, stories: (b as { stories: unknown }).stories }));
      const { stories, terms } = await loadStories();
      await languageReady();
      return domain(() => ({ ...storyMatcher(terms)(analyzeListing(listingText!), stories), stories: stories.map((s) => ({ id: s.id, title: s.title })) }));
    },
  );

  server.registerTool(
    'check_note',
    {
      description: 'Proofread a thank-you note before it is sent: misspelled interviewer or company names, a wrong company, a generic or copied note, sent more than 24 hours after the interview. Problems come with a code, a message and character offsets.',
      inputSchema: { text: z.string().min(1).max(NOTE_MAX_CHARS), context: noteCheckContextSchema },
    },
    async (input) => viaApi(api, 'POST', '/notes/check', input),
  );
}

