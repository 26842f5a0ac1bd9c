import { UserError, type SocialFinding, type SocialPlatform, type SocialScanReport } from '@secondround/core';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SocialImportOptions } from '../import';
import type { ScanWorkerData, WorkerMessage } from './protocol';

/**
 * The heap of the scan worker. The live data of a scan is small (a chunk, a record, the capped
 * findings); without a cap V8 lets the garbage of a multi-GB read pile up to 300+ MB (issue 6:
 * memory under 256 MB for the whole import). 64 MB of old generation keeps a 2 GB archive well
 * inside that, with room for the lexicon and the 5000 reported findings.
 */
export const SCAN_WORKER_HEAP_MB = 64;
const YOUNG_GENERATION_MB = 8;

export interface WorkerSocialScan {
  platform: SocialPlatform;
  files: string[];
  bytesTotal: number;
  /** The report of the whole export; rejects with the worker's UserError (same code, message, status). */
  report(): Promise<SocialScanReport>;
  /** Stop the worker (when the caller gives up); harmless after the report. */
  close(): void;
}

export interface WorkerScanOptions extends SocialImportOptions {
  /** Old-generation heap of the worker, in MB. */
  heapMb?: number;
  /**
   * Receive every finding, in batches as the scan goes, instead of the first 5,000 in the report
   * (whose `findings` is then empty): all of them without holding them in memory.
   */
  onFindings?: (findings: SocialFinding[]) => void;
}

let bundled: Promise<string> | undefined;

/**
 * The worker's code as one CommonJS script, built once per process with esbuild (tsx's compiler)
 * and run with `eval`, so no file is written. A worker does not inherit tsx's loader, and
 * registering tsx inside it costs a second hooks thread (~30 MB); the bundle also swaps
 * `@secondround/core` for core-slim.ts, so the worker does not load the whole domain (~30 MB).
 */
function workerCode(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const slim = fileURLToPath(new URL('./core-slim.ts', import.meta.url));
    const out = await build({
      entryPoints: [fileURLToPath(new URL('./scan-worker-body.ts', import.meta.url))],
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
      plugins: [{ name: 'slim-core', setup: (b) => b.onResolve({ filter: /^@secondround\/core$/ }, () => ({ path: slim })) }],
    });
    return out.outputFiles[0]!.text;
  })();
  // A failed build is retried by the next scan rather than remembered.
  bundled.catch(() => (bundled = undefined));
  return bundled;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  // Whoever never asks for it (the open failed) must not see an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Open and scan a social export in a worker thread with a small heap, so the import's garbage is
 * bounded without capping the heap of the whole process. Resolves once the platform is known
 * (or rejects with the same UserError `openSocialExport` throws); progress arrives through
 * `onProgress`, the report through `report()`.
 * @example const scan = await openSocialExportInWorker('twitter.zip'); const report = await scan.report();
 */
export async function openSocialExportInWorker(path: string, options: WorkerScanOptions = {}): Promise<WorkerSocialScan> {
  const heapMb = options.heapMb ?? SCAN_WORKER_HEAP_MB;
  const data: ScanWorkerData = { path, ...(options.limits ? { limits: options.limits } : {}), ...(options.onFindings ? { streamFindings: true } : {}) };
  const worker = new Worker(await workerCode(), {
    eval: true,
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const opened = deferred<Extract<WorkerMessage, { type: 'opened' }>>();
  const done = deferred<SocialScanReport>();
  let settled = false;
  const fail = (e: unknown) => {
    if (settled) return;
    settled = true;
    opened.reject(e);
    done.reject(e);
    void worker.terminate();
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'opened') opened.resolve(m);
    else if (m.type === 'progress') options.onProgress?.({ bytesRead: m.bytesRead, bytesTotal: m.bytesTotal });
    else if (m.type === 'findings') options.onFindings?.(m.findings);
    else if (m.type === 'done') {
      settled = true;
      done.resolve(m.report);
      void worker.terminate();
    } else if ('userError' in m) fail(new UserError(m.userError.code, m.userError.message, m.userError.status, m.userError.details));
    else fail(Object.assign(new Error(m.bug.message), { name: m.bug.name, stack: m.bug.stack }));
  });
  worker.on('error', (e: Error & { code?: string }) => {
    if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      fail(new UserError('OUT_OF_MEMORY', `${basename(path)} needed more memory than the scan may use (${heapMb} MB of heap); if one of its files is unusually large, scan that file on its own`, 422));
    } else fail(e);
  });
  worker.on('exit', (code) => fail(new Error(`the social scan worker stopped (exit code ${code}) before it finished`)));
  const head = await opened.promise;
  return {
    platform: head.platform,
    files: head.files,
    bytesTotal: head.bytesTotal,
    report: () => done.promise,
    close: () => fail(new Error('the social scan was stopped')),
  };
}
