import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { describeApiError, type ApiCall } from './api-types';
import { registerTools, type ToolDeps } from './tools';

/** The two views an assistant may read without asking: the Diagnosis and Today. */
const RESOURCES = [
  { name: 'diagnosis', uri: 'secondround://diagnosis', path: '/diagnosis', description: 'Where the search stalls, compared with typical rates, and why: the same Diagnosis as the web app.' },
  { name: 'today', uri: 'secondround://today', path: '/today', description: 'What is due today and this week: thank-you notes, follow-ups, prep, debriefs, applications to let go.' },
] as const;

/**
 * The Model Context Protocol server of a search: tools for reading and recording (every write through
 * the HTTP API's own validation) and the Diagnosis and Today as resources.
 */
export function createMcpServer(deps: ToolDeps & { version: string }): McpServer {
  const server = new McpServer(
    { name: 'secondround', version: deps.version },
    { instructions: 'secondround keeps the record of a job search (applications, their stage history and interview rounds) and reads it like a coach: the Diagnosis says where the search stalls after first interviews and why. Dates are YYYY-MM-DD; instants are ISO 8601 in UTC.' },
  );
  registerTools(server, deps);
  for (const r of RESOURCES) {
    server.registerResource(r.name, r.uri, { description: r.description, mimeType: 'application/json' }, async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'application/json', text: await readJson(deps.api, r.path) }],
    }));
  }
  return server;
}

async function readJson(api: ApiCall, path: string): Promise<string> {
  const answer = await api('GET', path);
  if (answer.status >= 400) throw new Error(describeApiError(answer));
  return JSON.stringify(answer.body, null, 2);
}
