import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { startServer } from '@secondround/server';
import { databaseConfig, openCliStore } from '../context';
import { printLine } from '../io';

export async function runServe(opts: { port?: string; host?: string; allowNetwork?: boolean }, cmd: Command): Promise<void> {
  const port = parsePort(opts.port ?? process.env.PORT ?? String(DEFAULT_PORT));
  const host = opts.host ?? process.env.HOST ?? DEFAULT_HOST;
  const store = await openCliStore(cmd);
  const mode = parseMode(process.env.SECONDROUND_MODE);
  const { file, databaseUrl } = databaseConfig(cmd);
  const running = await startServer({ store, port, host, allowNetwork: opts.allowNetwork === true, ...(mode ? { mode } : {}), ...(file && store.dialect === 'sqlite' ? { databaseFile: file } : {}), ...(databaseUrl ? { databaseUrl } : {}) }).catch(async (e: Error) => {
    await store.close();
    throw new UserError('LISTEN_FAILED', e.message, 1);
  });
  printLine(`secondround is running at ${running.url} (${store.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${mode ?? (store.dialect === 'postgres' ? 'hosted' : 'personal')} mode)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await store.close();
}

export const DEFAULT_PORT = 4870;
export const DEFAULT_HOST = '127.0.0.1';

/** SECONDROUND_MODE=hosted turns on accounts on SQLite too (for trying hosted mode locally). */
function parseMode(value: string | undefined): 'personal' | 'hosted' | undefined {
  if (!value) return undefined;
  if (value === 'personal' || value === 'hosted') return value;
  throw new UserError('BAD_MODE', `SECONDROUND_MODE must be personal or hosted (got "${value}")`, 1);
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError('BAD_PORT', `not a port number: ${value}`, 1);
  return n;
}
