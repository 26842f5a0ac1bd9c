// wink-eng-lite-web-model ships its Porter2 stemmer as a CommonJS file without types.
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  /** The Porter2 stem of a word (lower-cased inside). */
  const stem: (word: string) => string;
  export default stem;
}
