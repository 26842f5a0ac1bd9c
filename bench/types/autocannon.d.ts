// autocannon ships no types; the benchmark uses only this much of it.
declare module 'autocannon' {
  interface Result {
    latency: { p50: number; p99: number };
    requests: { average: number };
  }
  function autocannon(options: { url: string; connections?: number; duration?: number; headers?: Record<string, string> }): Promise<Result>;
  export default autocannon;
}
