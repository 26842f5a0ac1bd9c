import { combineSpellers, createSpeller, type Speller } from '@secondround/core';

let cached: Promise<Speller> | null = null;

/**
 * The English speller (nspell over `dictionary-en` and `dictionary-en-gb`, so US and British
 * spellings are both right), built once per server process (a few hundred milliseconds the first
 * time, then shared by every note check). A failed load is retried on the next call.
 */
export function loadSpeller(): Promise<Speller> {
  if (!cached) {
    cached = Promise.all([import('dictionary-en'), import('dictionary-en-gb')]).then(([us, gb]) =>
      combineSpellers(createSpeller(us.default.aff, us.default.dic), createSpeller(gb.default.aff, gb.default.dic)),
    );
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
