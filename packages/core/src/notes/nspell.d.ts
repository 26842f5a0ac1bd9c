// nspell ships no types; this is the part of its API we use (https://github.com/wooorm/nspell).
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
    personal(dic: string): NSpell;
  }
  interface NSpellDictionary {
    aff: string | Uint8Array;
    dic?: string | Uint8Array;
  }
  function nspell(dictionary: NSpellDictionary | NSpellDictionary[]): NSpell;
  function nspell(aff: string | Uint8Array, dic?: string | Uint8Array): NSpell;
  export default nspell;
}
