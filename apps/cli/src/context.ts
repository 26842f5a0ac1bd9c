import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openStore, type Store } from '@secondround/store';

export const DEFAULT_DATA_FILE = './data/secondround.db';

/** Where the database is: `--data FILE`, else `DATABASE_URL`, else `SECONDROUND_DATA`, else ./data/secondround.db. */
export function databaseConfig(cmd: Command): { databaseUrl?: string; file?: string } {
  const data = cmd.optsWithGlobals<{ data?: string }>().data;
  if (data) return { file: resolve(data) };
  if (process.env.DATABASE_URL) return { databaseUrl: process.env.DATABASE_URL };
  return { file: resolve(process.env.SECONDROUND_DATA ?? DEFAULT_DATA_FILE) };
}

/** Open the store a command was pointed at; the caller closes it. */
export async function openCliStore(cmd: Command): Promise<Store> {
  return openStore(databaseConfig(cmd));
}

/** Run `fn` with an open store and always close it. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(cmd);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
