import { readFile, stat } from 'node:fs/promises';
import { isUserError, UserError } from '@secondround/core';

/** Thrown to stop a command with an exit code after its output is written. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * Wrap a command's action: a user's mistake (UserError) prints one clear line on stderr and exits
 * 1; anything else is a bug and prints its stack with exit 2.
 */
export function runAction<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      if (e instanceof ExitCode) {
        process.exitCode = e.code;
        return;
      }
      if (isUserError(e)) {
        process.stderr.write(`secondround: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`secondround: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    }
  };
}

/** Print one JSON value on its own line (the `--json` contract: one object per input). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/**
 * Read a whole text file a person named, with a size cap, as UTF-8 (BOM removed).
 * Missing files, folders and oversize files are user errors with a clear message.
 */
export async function readTextFile(path: string, maxBytes = 10 * 1024 * 1024): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError('NOT_FOUND', `no such file: ${path}`, 404);
  }
  if (info.isDirectory()) throw new UserError('NOT_A_FILE', `${path} is a folder, not a file`, 400);
  if (info.size > maxBytes) throw new UserError('TOO_LARGE', `${path} is ${mb(info.size)}; the limit is ${mb(maxBytes)}`, 413);
  const text = await readFile(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
