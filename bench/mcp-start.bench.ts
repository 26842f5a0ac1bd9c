/**
 * How soon `secondround mcp` answers `tools/list` after an assistant starts it (issue 15: within
 * 300 ms of start), next to `node -e 0` measured in the same run so a busy machine shows as a
 * ratio. Each run spawns the real binary (the bundle, rebuilt first if a source changed) over stdio
 * with the SDK's own client, on an existing database, and times spawn → initialize → tools/list.
 * Run: npm run bench mcp-start
 *
 * Measured on 2026-11-30. Before (load 1.3): node -e 0 146 ms, tools/list 493 ms (3.4×). With the
 * front that answers initialize and tools/list from the answers captured at build time (load 12-18,
 * so bare Node's spawnSync itself took 451-530 ms): tools/list 341-344 ms (0.6-0.8× bare Node).
 * The day's first bundle and the new one interleaved 7 times (load 22-28, node -e 0 1,329 ms wall):
 * 3,394 -> 764 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const BIN = 'apps/cli/bin/secondround.js';

const build = spawnSync(process.execPath, ['apps/cli/scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const db = join(mkdtempSync(join(tmpdir(), 'secondround-mcp-bench-')), 'demo.db');
const seeded = spawnSync(process.execPath, [BIN, '--data', db, 'demo'], { encoding: 'utf8' });
if (seeded.status !== 0) throw new Error(`seeding the demo failed: ${seeded.stderr}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function toolsListed(): Promise<number> {
  const client = new Client({ name: 'bench', version: '1' });
  const t0 = performance.now();
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, '--data', db, 'mcp'], env: { PATH: process.env.PATH ?? '' }, stderr: 'ignore' }));
  const { tools } = await client.listTools();
  const ms = performance.now() - t0;
  if (tools.length === 0) throw new Error('no tools listed');
  await client.close();
  return ms;
}

function bareNode(): number {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}

await toolsListed(); // warm the file cache
const mcp: number[] = [];
const node: number[] = [];
for (let i = 0; i < RUNS; i++) {
  node.push(bareNode());
  mcp.push(await toolsListed());
}
const m = median(mcp);
const n = median(node);
console.log(`node -e 0: median ${n.toFixed(0)} ms`);
console.log(`secondround mcp, spawn → tools/list: median ${m.toFixed(0)} ms (min ${Math.min(...mcp).toFixed(0)}, max ${Math.max(...mcp).toFixed(0)}; ${(m / n).toFixed(1)}× bare Node; target 300 ms: ${m <= 300 ? 'met' : 'missed'})`);
