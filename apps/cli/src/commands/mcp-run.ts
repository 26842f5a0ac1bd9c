import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { startFront, type HandOff } from '../mcp/front';
import type { McpManifest } from '../mcp/manifest';

// The server's answers to `initialize` and `tools/list`, captured from the real server when the CLI
// is bundled (apps/cli/scripts/build.mjs); absent when the CLI runs from its TypeScript sources.
declare const SECONDROUND_MCP_MANIFEST: string | undefined;

/**
 * The action of `secondround mcp`, loaded when the command runs. With the bundle, a small front
 * answers the assistant's first `initialize` and `tools/list` at once, then hands stdin to the real
 * server (the SDK, the HTTP app, the database), which loads while the assistant decides what to
 * call. Stdout carries the protocol, so anything else a library prints goes to stderr.
 */
export async function runMcp(_opts: unknown, cmd: Command): Promise<void> {
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  const version = (JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const manifest = typeof SECONDROUND_MCP_MANIFEST === 'string' ? (JSON.parse(SECONDROUND_MCP_MANIFEST) as McpManifest) : null;
  if (!manifest) {
    await (await import('../mcp/session')).serveMcp(cmd, version, { stdin: process.stdin, answeredIds: [] });
    return;
  }
  const taken = new Promise<{ stdin: PassThrough; answeredIds: HandOff['answeredIds'] }>((resolve) =>
    startFront({ manifest, version, stdin: process.stdin, write: (text) => process.stdout.write(text), handOff: (h) => resolve(takeOver(h)) }),
  );
  const { stdin, answeredIds } = await taken;
  await (await import('../mcp/session')).serveMcp(cmd, version, { stdin, answeredIds });
}

/**
 * Stdin as the real server reads it: what the front read first, then the rest of stdin. Wired in
 * the same call as the hand-off, so no chunk arrives while nobody listens.
 */
function takeOver(h: HandOff): { stdin: PassThrough; answeredIds: HandOff['answeredIds'] } {
  const feed = new PassThrough();
  feed.write(h.replay);
  feed.write(h.rest);
  if (h.ended) feed.end();
  else {
    process.stdin.on('data', (chunk: Buffer) => feed.write(chunk));
    process.stdin.once('end', () => feed.end());
  }
  return { stdin: feed, answeredIds: h.answeredIds };
}
