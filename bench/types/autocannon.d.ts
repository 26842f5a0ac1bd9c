// autocannon ships no types; the benchmarks use only this much of it.
declare module 'autocannon' {
  interface Result {
    latency: { p50: number; p99: number };
    requests: { average: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  /** A run in progress: a promise of its result that also reports each answer as it comes. */
  interface Instance extends Promise<Result> {
    on(event: 'response', listener: (client: object, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    /** A request that failed without an answer (connection error or timeout). */
    on(event: 'reqError', listener: (error: Error & { code?: string }) => void): Instance;
  }
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  function autocannon(options: { url: string; connections?: number; duration?: number; timeout?: number; headers?: Record<string, string>; requests?: Request[] }): Instance;
  export default autocannon;
}
