import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { isUserError, loadLanguageDetector } from '@secondround/core';
import type { ApiCall } from './api-types';
import { createMcpServer } from './server';

// API paths whose answers read a listing's language (the Diagnosis reads every listing, the analysis
// one, people their listings): the detector is loaded before them, not at start.
const READS_LANGUAGE = /^\/(diagnosis|people)\b|\/analysis\b/;

/**
 * The real MCP server over stdio: the SDK's server with the tools, reading `stdin` (the process's
 * own, or what the front handed over). The database and the HTTP app open at once and the first
 * tool call waits for them; the language detector loads when a tool first needs it. Requests the
 * front already answered (`answeredIds`) are not answered twice. Runs until stdin ends.
 */
export async function serveMcp(cmd: Command, version: string, io: { stdin: Readable; answeredIds: Array<string | number> }): Promise<void> {
  const ready = openRecords(cmd, version);
  // A database that cannot be opened ends the server with one clear line, as any other command.
  ready.catch((e: unknown) => {
    process.stderr.write(`secondround: ${isUserError(e) || e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
  // Until it is loaded, listings would be read by counting function words; a tool waits for it instead.
  const languageReady = () => loadLanguageDetector().catch(() => 0);
  const api: ApiCall = async (method, path, body) => {
    if (READS_LANGUAGE.test(path)) await languageReady();
    return (await ready).api(method, path, body);
  };
  const server = createMcpServer({ api, stories: async () => (await ready).stories(), languageReady, version });
  const transport = new StdioServerTransport(io.stdin, process.stdout);
  const answered = new Set(io.answeredIds);
  const send = transport.send.bind(transport);
  transport.send = async (message: JSONRPCMessage) => {
    if ('id' in message && message.id !== undefined && ('result' in message || 'error' in message) && answered.delete(message.id)) return;
    await send(message);
  };
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    io.stdin.once('end', resolve);
  });
  await server.connect(transport);
  await closed;
  await server.close();
  await (await ready).close();
}

async function openRecords(cmd: Command, version: string) {
  const [{ openCliStore }, { inProcessApi }, { LOCAL_OWNER_ID }] = await Promise.all([import('../context'), import('./api'), import('@secondround/store')]);
  const store = await openCliStore(cmd);
  return { api: inProcessApi(store, version), stories: () => store.prep.listStoriesWithTerms(LOCAL_OWNER_ID), close: () => store.close() };
}
