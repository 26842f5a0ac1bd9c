import type { McpManifest } from './manifest';

/** What the full server must read first when it takes over stdin from the front. */
export interface HandOff {
  /** The raw lines the front read, in order, that the full server must see: the `initialize` the front answered (so the SDK knows the client) and every line it did not answer. */
  replay: Buffer;
  /** Ids of replayed requests the front already answered: the full server's answers to them are not sent again. */
  answeredIds: Array<string | number>;
  /** Bytes after the last complete line (a message still arriving). */
  rest: Buffer;
  /** Stdin had ended before the hand-off. */
  ended: boolean;
}

export interface FrontOptions {
  manifest: McpManifest;
  version: string;
  stdin: NodeJS.ReadableStream;
  write: (text: string) => void;
  /** Called once, synchronously, when the full server must take over; the front stops reading. */
  handOff: (h: HandOff) => void;
}

type Id = string | number;
interface Message {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is Id => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));

/** An `initialize` request of the shape the SDK accepts (anything else is left to the SDK). */
function isPlainInitialize(m: Message): m is Message & { id: Id; params: { protocolVersion: string } } {
  if (m.jsonrpc !== '2.0' || m.method !== 'initialize' || !isId(m.id) || !isObject(m.params)) return false;
  const { protocolVersion, capabilities, clientInfo } = m.params;
  return typeof protocolVersion === 'string' && isObject(capabilities) && Object.values(capabilities).every(isObject) && isObject(clientInfo) && typeof clientInfo.name === 'string' && typeof clientInfo.version === 'string';
}

/** A `tools/list` request for the first page (a cursor is left to the SDK). */
function isFirstToolsList(m: Message): m is Message & { id: Id } {
  if (m.jsonrpc !== '2.0' || m.method !== 'tools/list' || !isId(m.id)) return false;
  return m.params === undefined || (isObject(m.params) && !('cursor' in m.params));
}

/**
 * The first moments of `secondround mcp`: an assistant starts the server and at once sends
 * `initialize` and `tools/list`. Loading the SDK, zod, the domain and the database takes several
 * hundred milliseconds, so this front answers exactly those two, from the answers the real server
 * gave at build time, and hands stdin to the real server for anything else, once `tools/list` is
 * answered, or when stdin ends. Whatever it is not sure about (a malformed line, a cursor, a
 * request before `initialize`) goes to the real server unread, so the answers stay the SDK's own.
 */
export function startFront({ manifest, version, stdin, write, handOff }: FrontOptions): void {
  let buffer: Buffer = Buffer.alloc(0);
  const replay: Buffer[] = [];
  const answeredIds: Id[] = [];
  let initialized = false;
  let done = false;

  const finish = (ended: boolean): void => {
    if (done) return;
    done = true;
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    handOff({ replay: Buffer.concat(replay), answeredIds, rest: buffer, ended });
  };

  const answer = (response: Record<string, unknown>, id: Id): void => write(`${JSON.stringify({ ...response, id })}\n`);

  /** Handle one line; false when the full server must take over from this line on. */
  const take = (line: Buffer): boolean => {
    let message: Message;
    try {
      message = JSON.parse(line.toString('utf8').replace(/\r$/, '')) as Message;
    } catch {
      return false;
    }
    if (!isObject(message)) return false;
    if (!initialized) {
      if (!isPlainInitialize(message)) return false;
      const requested = message.params.protocolVersion;
      const protocolVersion = manifest.supportedProtocolVersions.includes(requested) ? requested : manifest.latestProtocolVersion;
      const result = { ...manifest.initialize.result, protocolVersion, serverInfo: { ...manifest.initialize.result.serverInfo, version } };
      answer({ ...manifest.initialize, result }, message.id);
      initialized = true;
      answeredIds.push(message.id);
      replay.push(line, Buffer.from('\n'));
      return true;
    }
    if (message.method === 'notifications/initialized' && message.id === undefined) {
      replay.push(line, Buffer.from('\n'));
      return true;
    }
    if (!isFirstToolsList(message)) return false;
    answer(manifest.toolsList, message.id);
    // The assistant now knows the tools; load the rest while it decides what to call.
    setImmediate(() => finish(false));
    return true;
  };

  const onData = (chunk: Buffer | string): void => {
    buffer = Buffer.concat([buffer, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    let index: number;
    while (!done && (index = buffer.indexOf(10)) !== -1) {
      const line = buffer.subarray(0, index);
      if (!take(line)) {
        finish(false);
        return;
      }
      buffer = buffer.subarray(index + 1);
    }
  };
  const onEnd = (): void => finish(true);
  stdin.on('data', onData);
  stdin.on('end', onEnd);
}
