import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { isUserError, loadLanguageDetector } from '@secondround/core';
import type { ApiCall } from '../mcp/api-types';
import { createMcpServer } from '../mcp/server';

/**
 * The action of `secondround mcp`, loaded when the command runs. The protocol answers first (an
 * assistant lists the tools as soon as it starts us); the database and the HTTP app open in the
 * meantime and the first tool call waits for them. Stdout carries the protocol, so anything else a
 * library prints goes to stderr. The server runs until the assistant closes stdin.
 */
export async function runMcp(_opts: unknown, cmd: Command): Promise<void> {
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  const version = (JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const ready = openRecords(cmd, version);
  // A database that cannot be opened ends the server with one clear line, as any other command.
  ready.catch((e: unknown) => {
    process.stderr.write(`secondround: ${isUserError(e) || e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
  const api: ApiCall = async (...args) => (await ready).api(...args);
  const server = createMcpServer({ api, stories: async () => (await ready).stories(), version });
  await server.connect(new StdioServerTransport());
  await new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.close();
  await (await ready).close();
}

async function openRecords(cmd: Command, version: string) {
  const [{ openCliStore }, { inProcessApi }, { LOCAL_OWNER_ID }] = await Promise.all([import('../context'), import('../mcp/api'), import('@secondround/store')]);
  // Listings read before it is loaded fall back to counting function words, as in the web server.
  void loadLanguageDetector().catch(() => undefined);
  const store = await openCliStore(cmd);
  return { api: inProcessApi(store, version), stories: () => store.prep.listStories(LOCAL_OWNER_ID), close: () => store.close() };
}
