import { createSpeller, type Speller } from '@secondround/core';

let cached: Promise<Speller> | null = null;

/**
 * The English speller (nspell over `dictionary-en`), built once per server process (about 250 ms
 * the first time, then shared by every note check). A failed load is retried on the next call.
 */
export function loadSpeller(): Promise<Speller> {
  if (!cached) {
    cached = import('dictionary-en').then((mod) => createSpeller(mod.default.aff, mod.default.dic));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
