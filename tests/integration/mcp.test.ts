// `secondround mcp` driven by the SDK's own client over a real stdio process: the bundled CLI the
// binary runs, on a fresh SQLite file. Writes go through the API's validation, so what the API
// refuses (a date of 1901, a 201-character company, an unknown id) is a tool error and nothing is saved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMcpServer } from '../../apps/cli/src/mcp/manifest';
// @ts-expect-error: a plain ES module script without types
import { buildCli, isBundleFresh } from '../../apps/cli/scripts/build.mjs';

const LISTING = `Senior Backend Engineer
Acme Logistics GmbH · Berlin (hybrid)

About the role
You will design and run the services that plan our delivery routes.

Requirements
- 5+ years of experience with TypeScript and Node.js
- Experience with PostgreSQL and query tuning
- You communicate clearly with product managers

Nice to have
- Experience with Kubernetes
`;

let client: Client;
let startedToListMs = 0;
const stderr: string[] = [];

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}
function text(r: CallToolResult): string {
  const first = r.content[0];
  return first && first.type === 'text' ? first.text : '';
}
async function value<T = Record<string, unknown>>(name: string, args: Record<string, unknown>): Promise<T> {
  const r = await call(name, args);
  expect(r.isError, text(r)).toBeFalsy();
  return JSON.parse(text(r)) as T;
}
async function applicationCount(): Promise<number> {
  return (await value<{ applications: unknown[] }>('list_applications', {})).applications.length;
}

beforeAll(async () => {
  if (!(await isBundleFresh())) await buildCli();
  const db = join(mkdtempSync(join(tmpdir(), 'secondround-mcp-')), 'search.db');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['apps/cli/bin/secondround.js', '--data', db, 'mcp'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
  client = new Client({ name: 'secondround-test', version: '1.0.0' });
  const started = performance.now();
  await client.connect(transport);
  await client.listTools();
  startedToListMs = performance.now() - started;
}, 180_000);

afterAll(async () => {
  await client?.close();
});

describe('secondround mcp', () => {
  it('lists its tools and resources soon after start', async () => {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(tools).toEqual(['add_application', 'analyze_listing', 'check_note', 'get_application', 'list_applications', 'match_stories', 'record_round', 'record_stage_event', 'run_diagnosis', 'search_applications']);
    const resources = (await client.listResources()).resources.map((r) => r.uri).sort();
    expect(resources).toEqual(['secondround://diagnosis', 'secondround://today']);
    console.log(`mcp: spawn → initialize → tools/list answered in ${Math.round(startedToListMs)} ms`);
  });

  it('adds an application, records a stage event and a round, and reads them back', async () => {
    const app = await value<{ id: string; company: string }>('add_application', { company: 'Acme Logistics', role: 'Backend Engineer', stage: 'applied', stageDate: '2026-11-02', listingText: LISTING });
    expect(app.company).toBe('Acme Logistics');
    await value('record_stage_event', { applicationId: app.id, stage: 'round1', date: '2026-11-10' });
    await value('record_round', { applicationId: app.id, round: 1, kind: 'technical', startsAt: '2026-11-10T09:00:00Z', endsAt: '2026-11-10T10:00:00Z', timeZone: 'Europe/Berlin', format: 'video' });
    const detail = await value<{ stage: string; events: Array<{ stage: string }>; interviews: Array<{ round: number; kind: string }> }>('get_application', { id: app.id });
    expect(detail.stage).toBe('round1');
    expect(detail.events.map((e) => e.stage)).toEqual(['applied', 'round1']);
    expect(detail.interviews).toMatchObject([{ round: 1, kind: 'technical' }]);

    const found = await value<{ applications: Array<{ id: string }> }>('search_applications', { query: 'acme backend' });
    expect(found.applications.map((a) => a.id)).toEqual([app.id]);
    expect((await value<{ applications: unknown[] }>('search_applications', { query: 'globex' })).applications).toEqual([]);
  });

  it('refuses what the API refuses, with a clear tool error, and writes nothing', async () => {
    const before = await applicationCount();
    const old = await call('add_application', { company: 'Initech', role: 'Analyst', stage: 'applied', stageDate: '1901-01-01' });
    expect(old.isError).toBe(true);
    expect(text(old)).toMatch(/^DATE_OUT_OF_RANGE: .*1901/);
    const long = await call('add_application', { company: 'x'.repeat(201), role: 'Analyst' });
    expect(long.isError).toBe(true);
    expect(text(long)).toMatch(/company/);
    const malformed = await call('record_round', { applicationId: 'nope', round: 'first' });
    expect(malformed.isError).toBe(true);
    expect(text(malformed)).toMatch(/round/);
    const unknown = await call('record_stage_event', { applicationId: 'no-such-id', stage: 'rejected', date: '2026-11-20' });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toBe('NOT_FOUND: application not found');
    expect(text(await call('get_application', { id: 'no-such-id' }))).toBe('NOT_FOUND: application not found');
    expect(await applicationCount()).toBe(before);
  });

  it('runs the Diagnosis and reads the Diagnosis and Today resources', async () => {
    const diagnosis = await value<{ funnel: unknown[]; reasons: unknown[]; tooEarly: boolean }>('run_diagnosis', {});
    expect(diagnosis.funnel.length).toBeGreaterThan(0);
    expect(diagnosis.tooEarly).toBe(true);
    const resource = await client.readResource({ uri: 'secondround://diagnosis' });
    expect(JSON.parse((resource.contents[0] as { text: string }).text)).toMatchObject({ tooEarly: true });
    const today = await client.readResource({ uri: 'secondround://today' });
    expect(JSON.parse((today.contents[0] as { text: string }).text)).toBeTypeOf('object');
  });

  it('analyses a listing, matches stories and checks a note', async () => {
    const a = await value<{ title: string; skills: string[]; requirements: unknown[] }>('analyze_listing', { text: LISTING });
    expect(a.title).toBe('Senior Backend Engineer');
    expect(a.skills).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL']));
    const empty = await call('analyze_listing', { text: '   ' });
    expect(empty.isError).toBe(true);
    expect(text(empty)).toMatch(/^EMPTY_LISTING/);

    const match = await value<{ coverage: unknown[]; uncovered: unknown[] }>('match_stories', { listingText: LISTING });
    expect(match.coverage.length).toBeGreaterThan(0);
    expect(match.uncovered.length).toBe(match.coverage.length);
    expect(text(await call('match_stories', {}))).toMatch(/exactly one of applicationId or listingText/);

    const note = await value<{ ok: boolean; problems: Array<{ code: string }> }>('check_note', {
      text: 'Dear Ms. Schmdt,\n\nThank you for taking the time to talk with me about the Backend Engineer role at Acme Logistics.\n\nBest regards,\nAlex',
      context: { interviewers: ['Anna Schmidt'], company: 'Acme Logistics' },
    });
    expect(note.ok).toBe(false);
    expect(note.problems.map((p) => p.code)).toContain('NAME_MISSPELLED');
  });

  it('ends with one clear line when the database cannot be opened', () => {
    const notADatabase = join(mkdtempSync(join(tmpdir(), 'secondround-mcp-bad-')), 'notes.db');
    writeFileSync(notADatabase, 'this is a text file, not a database\n'.repeat(200));
    const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', notADatabase, 'mcp'], { input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^secondround: /);
  });

  it('answers initialize and tools/list from the bundle exactly as the SDK server does from the sources', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const init = { jsonrpc: '2.0', id: 'a', method: 'initialize', params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
    const list = { jsonrpc: '2.0', id: 7, method: 'tools/list', params: {} };
    const input = [init, { jsonrpc: '2.0', method: 'notifications/initialized' }, list].map((m) => JSON.stringify(m) + '\n').join('');
    const db = join(mkdtempSync(join(tmpdir(), 'secondround-mcp-raw-')), 'search.db');
    const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', db, 'mcp'], { input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status, r.stderr).toBe(0);
    const live = await describeMcpServer(version);
    expect(r.stdout).toBe(
      JSON.stringify({ ...live.initialize, result: { ...live.initialize.result, protocolVersion: '2025-03-26' }, id: 'a' }) + '\n' + JSON.stringify({ ...live.toolsList, id: 7 }) + '\n',
    );
  });

  it('prints nothing but the protocol on stdout and no stack traces on stderr', () => {
    expect(stderr.join('')).not.toMatch(/\bat .*\.js:\d+/);
  });
});
