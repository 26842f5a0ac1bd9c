import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { createMcpServer } from './server';

/**
 * What the MCP server answers to `initialize` and `tools/list`, as the SDK itself wrote it: the
 * raw JSON-RPC responses, captured from the real server at build time so that `secondround mcp`
 * can answer those two first requests before it has loaded the SDK, zod and the domain.
 */
export interface McpManifest {
  latestProtocolVersion: string;
  supportedProtocolVersions: string[];
  /** The response to an `initialize` asking for the latest version (its id and version are set per request). */
  initialize: { result: Record<string, unknown> & { protocolVersion: string; serverInfo: { name: string; version: string } } } & Record<string, unknown>;
  /** The response to `tools/list` without a cursor (its id is set per request). */
  toolsList: { result: Record<string, unknown> } & Record<string, unknown>;
}

const unavailable = async (): Promise<never> => {
  throw new Error('describing the server reads no records');
};

/**
 * Run the real server in memory, send it `initialize` and `tools/list`, and keep its answers.
 * @example (await describeMcpServer()).toolsList.result.tools
 */
export async function describeMcpServer(version = '0.0.0'): Promise<McpManifest> {
  const server = createMcpServer({ api: unavailable, stories: unavailable, version });
  const [client, inServer] = InMemoryTransport.createLinkedPair();
  const answers = new Map<unknown, JSONRPCMessage>();
  let answered: () => void = () => undefined;
  const both = new Promise<void>((resolve) => (answered = resolve));
  client.onmessage = (message) => {
    if ('id' in message) answers.set(message.id, message);
    if (answers.has(1) && answers.has(2)) answered();
  };
  await server.connect(inServer);
  await client.start();
  await client.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'secondround-build', version: version } } });
  await client.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  await client.send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
  await both;
  await server.close();
  const initialize = answers.get(1) as unknown as McpManifest['initialize'];
  const toolsList = answers.get(2) as unknown as McpManifest['toolsList'];
  if (!initialize.result || !toolsList.result) throw new Error(`the server did not answer: ${JSON.stringify([...answers.values()])}`);
  return { latestProtocolVersion: LATEST_PROTOCOL_VERSION, supportedProtocolVersions: [...SUPPORTED_PROTOCOL_VERSIONS], initialize, toolsList };
}
