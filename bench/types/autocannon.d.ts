// autocannon ships no types; the benchmarks use only this much of it.
declare module 'autocannon' {
  interface Result {
    latency: { p50: number; p99: number };
    requests: { average: number; total: number };
    errors: number;
    non2xx: number;
  }
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  function autocannon(options: { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[] }): Promise<Result>;
  export default autocannon;
}
