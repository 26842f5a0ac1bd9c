import { beforeAll, describe, expect, it } from 'vitest';
import { createWordListSpeller, type NoteContext, type Speller } from './index';
import { isLikelyTerm } from './check-text';
import { noteContext, ruleSpeller, scowl, wordProblems as checkWords } from './test-support';

// The app's speller without the software-terms list, so these tests show the rules, not the list.
let speller: Speller;
beforeAll(() => {
  speller = ruleSpeller();
});

const ctx = (extra: Partial<NoteContext> = {}): NoteContext => noteContext({ interviewers: ['Marguerite Oyelowo', 'Anders Holm'], company: 'Fenwick Maritime', role: 'Platform Engineer', otherCompanies: ['Quayside Freight'], otherPeople: [], listingTerms: ['Go', 'Kubernetes'], speller }, extra);
const wordProblems = (text: string, c: NoteContext = ctx()) => checkWords(text, c);

describe('unknown words that read as terms, not typos', () => {
  it('a word no single slip turns into a known word is a term; typos one slip from a word are not', () => {
    const known = (w: string) => speller.correct(w);
    expect(isLikelyTerm('pgbouncer', known, speller)).toBe(true);
    expect(isLikelyTerm('bientôt', known, speller)).toBe(true);
    for (const typo of ['recieve', 'definately', 'oppurtunity', 'knowlege', 'wich', 'foward']) expect(isLikelyTerm(typo, known, speller), typo).toBe(false);
  });

  it('a long word two slips from a frequent word is still a typo, and short unknown words are always flagged', () => {
    const known = (w: string) => speller.correct(w);
    expect(isLikelyTerm('tommorow', known, speller)).toBe(false);
    expect(isLikelyTerm('teh', known, speller)).toBe(false);
    // without the frequent-word index the long-word test cannot run, so the word is flagged
    expect(isLikelyTerm('tommorow', known, createWordListSpeller(scowl(70)))).toBe(false);
  });

  it('in a note: tool names and foreign words pass, the same note with a typo does not', () => {
    const text = 'Hi Marguerite,\n\nThank you for the chat today. I enjoyed hearing how the team runs pgbouncer in front of every database, and the story about the flaky protobuf schemas in the old simulator. À bientôt, I hope!\n\nBest,\nKit';
    expect(wordProblems(text)).toEqual([]);
    expect(wordProblems(text.replace('enjoyed', 'enjoied'))).toEqual([['SPELLING', 'enjoied']]);
    expect(wordProblems(text.replace('every', 'evrey'))).toEqual([['SPELLING', 'evrey']]);
  });

  it('greetings and sign-offs of other languages', () => {
    const text = 'Hola Marguerite,\n\nThank you for the interview today. Merci for the tour of the Kubernetes platform, too.\n\nSaludos,\nKit Ramírez';
    expect(wordProblems(text)).toEqual([]);
    expect(wordProblems(text.replace('Hola Marguerite', 'Hola Margeurite'))).toEqual([['NAME_MISSPELLED', 'Margeurite']]);
  });
});

describe('names and roles in everyday writing', () => {
  it('a short day or month is not a name', () => {
    const text = 'Thanks Anders! Fri 2pm works, and so does Mon if that is easier. See you on Zoom.\n\nKit';
    expect(wordProblems(text)).toEqual([]);
  });

  it('a lower-case name in a note written all in lower case is style; in a capitalised note it is a misspelling', () => {
    expect(wordProblems('hi anders - thanks for today, really enjoyed it. the part about the Go services was great. talk soon, kit')).toEqual([]);
    expect(wordProblems('Hi anders,\n\nThanks for today. I really enjoyed the part about the Go services. Talk soon.\n\nKit')).toEqual([['NAME_MISSPELLED', 'anders']]);
  });

  it('a role mention does not run over the end of a sentence, but a wrong title in one sentence is caught', () => {
    const text = 'Dear Anders,\n\nThank you for showing me the new mobile app.\n\nIn my current role I build Go services on Kubernetes.\n\nBest,\nKit';
    expect(wordProblems(text)).toEqual([]);
    expect(wordProblems('Dear Anders,\n\nThank you for the interview for the Sr. Data Analyst role. I build Go services on Kubernetes.\n\nBest,\nKit')).toEqual([
      ['ROLE_MISMATCH', expect.stringContaining('Data Analyst')],
    ]);
  });
});
