import { PassThrough } from 'node:stream';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFront, type HandOff } from './front';
import { describeMcpServer, type McpManifest } from './manifest';
import { createMcpServer } from './server';

let manifest: McpManifest;
beforeAll(async () => {
  manifest = await describeMcpServer();
});

const INIT = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: { roots: {} }, clientInfo: { name: 'assistant', version: '2.1' } } };
const INITIALIZED = { jsonrpc: '2.0', method: 'notifications/initialized' };
const LIST = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
const line = (m: unknown) => `${JSON.stringify(m)}\n`;

/** Run the front on `input` (written in the given chunks), and collect what it wrote and handed off. */
async function front(chunks: string[], { end = false } = {}): Promise<{ out: unknown[]; handOff: HandOff | null; after: string }> {
  const stdin = new PassThrough();
  const out: unknown[] = [];
  let handOff: HandOff | null = null;
  let after = '';
  // As the real server does: it reads stdin from the moment of the hand-off.
  const takeOver = (h: HandOff) => {
    handOff = h;
    stdin.on('data', (c: Buffer) => (after += c.toString()));
  };
  startFront({ manifest, version: '9.9.9', stdin, write: (t) => out.push(...t.trim().split('\n').map((l) => JSON.parse(l) as unknown)), handOff: takeOver });
  for (const c of chunks) stdin.write(c);
  if (end) stdin.end();
  await new Promise((r) => setTimeout(r, 20));
  return { out, handOff, after };
}

/** What the SDK's own server answers to the same messages, in memory. */
async function sdkAnswers(messages: JSONRPCMessage[]): Promise<unknown[]> {
  const server = createMcpServer({ api: async () => ({ status: 500, body: null }), stories: async () => ({ stories: [], terms: new Map() }), version: '9.9.9' });
  const [client, inServer] = InMemoryTransport.createLinkedPair();
  const out: unknown[] = [];
  client.onmessage = (m) => out.push(m);
  await server.connect(inServer);
  await client.start();
  for (const m of messages) await client.send(m);
  await new Promise((r) => setTimeout(r, 50));
  await server.close();
  return out;
}

describe('the MCP front', () => {
  it('answers initialize and tools/list exactly as the SDK server does, then hands off', async () => {
    const { out, handOff } = await front([line(INIT), line(INITIALIZED), line(LIST)]);
    expect(out).toEqual(await sdkAnswers([INIT, INITIALIZED, LIST] as JSONRPCMessage[]));
    expect(JSON.stringify(out[1])).toBe(JSON.stringify((await sdkAnswers([INIT, LIST] as JSONRPCMessage[]))[1]));
    expect(handOff).not.toBeNull();
    // The real server hears the initialize again (its answer is dropped) and the notification; not the list.
    expect(handOff!.replay.toString()).toBe(line(INIT) + line(INITIALIZED));
    expect(handOff!.answeredIds).toEqual([0]);
    expect(handOff!.ended).toBe(false);
  });

  it('negotiates the protocol version as the SDK does: an unknown one gets the latest', async () => {
    const old = { ...INIT, params: { ...INIT.params, protocolVersion: '2024-11-05' } };
    const future = { ...INIT, params: { ...INIT.params, protocolVersion: '2099-01-01' } };
    for (const init of [old, future]) {
      const { out } = await front([line(init)]);
      expect(out).toEqual(await sdkAnswers([init as JSONRPCMessage]));
    }
  });

  it('reads messages split across chunks and several in one chunk', async () => {
    const text = line(INIT) + line(INITIALIZED) + line(LIST);
    const { out } = await front([text.slice(0, 7), text.slice(7, 150), text.slice(150)]);
    expect(out).toHaveLength(2);
  });

  it('leaves to the real server, unread, whatever it is not sure of', async () => {
    const cases: Array<{ chunks: string[]; replay: string; rest: string; answered: number }> = [
      { chunks: ['{not json\n', line(INIT)], replay: '', rest: '{not json\n' + line(INIT), answered: 0 },
      { chunks: [line({ jsonrpc: '2.0', id: 5, method: 'ping' })], replay: '', rest: line({ jsonrpc: '2.0', id: 5, method: 'ping' }), answered: 0 },
      { chunks: [line({ ...INIT, params: { protocolVersion: '2025-06-18', capabilities: {} } })], replay: '', rest: line({ ...INIT, params: { protocolVersion: '2025-06-18', capabilities: {} } }), answered: 0 },
      { chunks: [line(INIT), line({ ...LIST, params: { cursor: 'abc' } })], replay: line(INIT), rest: line({ ...LIST, params: { cursor: 'abc' } }), answered: 1 },
      { chunks: [line(INIT), line({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'run_diagnosis', arguments: {} } }) + '{"jsonrpc":'], replay: line(INIT), rest: line({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'run_diagnosis', arguments: {} } }) + '{"jsonrpc":', answered: 1 },
    ];
    for (const c of cases) {
      const { out, handOff, after } = await front(c.chunks);
      expect(out).toHaveLength(c.answered);
      expect(handOff?.replay.toString()).toBe(c.replay);
      // Nothing is lost between the front and the real server: what it did not read, the server reads.
      expect(handOff!.rest.toString() + after).toBe(c.rest);
    }
  });

  it('hands off when stdin ends, so the records are still opened and checked', async () => {
    const { out, handOff } = await front([], { end: true });
    expect(out).toEqual([]);
    expect(handOff).toMatchObject({ ended: true, answeredIds: [] });
  });
});
