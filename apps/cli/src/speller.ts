import type { Speller } from '@secondround/core';
import { createSpeller } from '@secondround/core';

let cached: Promise<Speller> | null = null;

/**
 * The English speller (nspell over `dictionary-en`), built once per process: about 250 ms the
 * first time, then shared. The server and the CLI both use it.
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
