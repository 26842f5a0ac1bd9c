/**
 * People paced like people (issue 14): each person is one keep-alive connection that sends a
 * request, waits for the answer, and sends the next one a random gap after the last was SENT
 * (exponential, mean `meanGapMs`; at once if the answer took longer than the gap), so each person
 * sends about one request per `meanGapMs` whatever the latency. Starts are spread over the first
 * gap. autocannon's `connectionRate` was not used: it counts whole requests per one-second window
 * (a rate of 0.5 sends one a second) and every connection's window starts at the same instant, so
 * all people would click in the same millisecond each second.
 */
import http from 'node:http';

export interface PacedRequest {
  method: 'GET' | 'PATCH';
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface PacedResult {
  reads: number[];
  writes: number[];
  /** Connection errors and answers slower than the timeout. */
  errors: number;
  /** The same errors by their code (`ECONNRESET`, `timeout`, …). */
  errorCodes: Record<string, number>;
  /** Read latencies by the 10-second window of the run they were sent in (0: the first 10 s). */
  readWindows: number[][];
  non2xx: number;
  requests: number;
}

function send(agent: http.Agent, base: URL, r: PacedRequest, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: base.hostname, port: base.port, method: r.method, path: r.path, headers: r.body ? { ...r.headers, 'Content-Length': Buffer.byteLength(r.body) } : r.headers, timeout: timeoutMs }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(r.body);
  });
}

/** One request of the run, for a trace: when it was sent (epoch ms), how long it took, what it was and how it ended. */
export interface PacedAnswer {
  sentAt: number;
  ms: number;
  request: PacedRequest;
  outcome: number | string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * `people` persons against `url` for `seconds`; person `p`'s n-th request is `requestOf(p, n)`,
 * and `isWrite(n)` says which latencies are writes.
 */
export async function pacedPeople<P>(options: { url: string; people: P[]; meanGapMs: number; seconds: number; timeoutMs?: number; requestOf: (p: P, n: number) => PacedRequest; isWrite: (n: number) => boolean; onAnswer?: (a: PacedAnswer) => void }): Promise<PacedResult> {
  const base = new URL(options.url);
  const out: PacedResult = { reads: [], writes: [], errors: 0, errorCodes: {}, readWindows: [], non2xx: 0, requests: 0 };
  const start = performance.now();
  const end = start + options.seconds * 1000;
  const gap = () => -Math.log(1 - Math.random()) * options.meanGapMs;
  await Promise.all(
    options.people.map(async (person) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      let next = performance.now() + Math.random() * options.meanGapMs;
      for (let n = 0; ; n++) {
        await sleep(next - performance.now());
        const sent = performance.now();
        if (sent >= end) break;
        const request = options.requestOf(person, n);
        const sentAt = Date.now();
        try {
          const status = await send(agent, base, request, options.timeoutMs ?? 10_000);
          const ms = performance.now() - sent;
          options.onAnswer?.({ sentAt, ms, request, outcome: status });
          out.requests++;
          if (status < 200 || status > 299) out.non2xx++;
          if (options.isWrite(n)) out.writes.push(ms);
          else {
            out.reads.push(ms);
            (out.readWindows[Math.floor((sent - start) / 10_000)] ??= []).push(ms);
          }
        } catch (e) {
          out.errors++;
          const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
          options.onAnswer?.({ sentAt, ms: performance.now() - sent, request, outcome: code });
          out.errorCodes[code] = (out.errorCodes[code] ?? 0) + 1;
        }
        next = sent + gap();
      }
      agent.destroy();
    }),
  );
  return out;
}
