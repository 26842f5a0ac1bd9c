import { beforeAll, describe, expect, it } from 'vitest';
import type { NoteContext, Speller } from './index';
import { isDerivedTerm } from './derived';
import { foreignSpans } from './foreign';
import { tokenize } from './text';
import { noteContext, ruleSpeller, wordProblems } from './test-support';

let speller: Speller;
beforeAll(() => {
  speller = ruleSpeller();
});

// A lighting company's product marketing role; the person writes from a background in animation.
const ctx = (extra: Partial<NoteContext> = {}): NoteContext =>
  noteContext({ interviewers: ['Saoirse Mulcahy'], company: 'Lumenhall', role: 'Product Marketing Manager', otherCompanies: [], otherPeople: [], listingTerms: ['HubSpot'], speller }, extra);
const note = (body: string, signOff = 'Best,') => `Hi Saoirse,\n\n${body}\n\n${signOff}\nRuairí`;

describe('terms of other trades, built from ordinary words', () => {
  it('a prefix before a dictionary word, or the agent suffix after one, is a term', () => {
    for (const w of ['retargeting', 'texturer', 'storyboarder', 'reindexing', 'unmerged']) expect(isDerivedTerm(w, speller), w).toBe(true);
  });

  it('a slip of a frequent word is still a typo, even when it looks built the same way', () => {
    for (const w of ['untill', 'funders', 'recieve', 'becuase', 'interveiwer']) expect(isDerivedTerm(w, speller), w).toBe(false);
  });

  it('in a note: the terms pass, a typo beside them does not', () => {
    const text = note('Thank you for the conversation about the launch. The retargeting campaign and the way your texturer works with the lighting team stayed with me.');
    expect(wordProblems(text, ctx())).toEqual([]);
    expect(wordProblems(text.replace('campaign', 'campagin'), ctx())).toEqual([['SPELLING', 'campagin']]);
  });
});

describe('a sentence in another language', () => {
  it('is found by its function words among words English does not know', () => {
    const text = 'Thank you again.\nHerzliche Grüße und bis bald,\nRuairí';
    const spans = foreignSpans(text, tokenize(text), speller);
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['Herzliche Grüße und bis bald']);
    // English with a typo or two is not another language
    const typo = 'Thnak yuo for the chat.';
    expect(foreignSpans(typo, tokenize(typo), speller)).toEqual([]);
  });

  it('is not spell-checked as English, while the English around it is, and a name in it still is', () => {
    const text = note('Thank you for the conversation about the launch and HubSpot. Un grand merci à toute l’équipe pour l’accueil.', 'Bien à vous,');
    expect(wordProblems(text, ctx())).toEqual([]);
    expect(wordProblems(text.replace('launch', 'lanuch'), ctx())).toEqual([['SPELLING', 'lanuch']]);
    expect(wordProblems(text.replace('toute l’équipe', 'Saorise'), ctx())).toEqual([['NAME_MISSPELLED', 'Saorise']]);
  });
});
