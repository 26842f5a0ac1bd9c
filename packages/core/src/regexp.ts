/** Text made safe to put inside a `RegExp` source: every pattern character taken literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Where a word starts and ends, for letters of any script. Under the `u` flag `\b` still knows only
// the ASCII word characters, so `\bà`, `\bécha…` or `allá\b` never match beside a space: a rule that
// opens or closes on an accented letter must use these instead (mail/kinds18.test.ts holds the cases).

/** Before a word: no letter or digit of any script just before. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** After a word: no letter or digit of any script just after. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;
