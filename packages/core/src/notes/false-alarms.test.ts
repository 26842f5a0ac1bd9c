import { beforeAll, describe, expect, it } from 'vitest';
import { createWordListSpeller, type NoteContext, type Speller } from './index';
import { isOneSlipFromWord } from './check-text';
import { noteLayout } from './layout';
import { hunspellSpeller, noteContext, ruleSpeller, wordProblems as checkWords } from './test-support';

// The speller the app builds (apps/server/src/speller.ts) without its software terms: Hunspell
// US + GB and SCOWL up to size 70, with sizes 10–20 as the frequent words.
let speller: Speller;
let hunspellOnly: Speller;
beforeAll(() => {
  hunspellOnly = hunspellSpeller();
  speller = ruleSpeller(hunspellOnly);
});

const ctx = (extra: Partial<NoteContext> = {}): NoteContext => noteContext({ interviewers: ['Wilhelmina Ashcroft'], company: 'Bramblecote Insurance', role: 'Pricing Analyst', otherCompanies: ['Thistledown Mutual'], otherPeople: ['Osvaldo Ferreira'], listingTerms: ['GLMs', 'SQL'], speller }, extra);
const wordProblems = (text: string, c: NoteContext = ctx()) => checkWords(text, c);

describe('what is never a spelling mistake', () => {
  it('tool and skill names of the taxonomy, in any case, and the plural of a listing term', () => {
    const text = 'Hi Wilhelmina,\n\nThank you for the talk on claims models. I fit our GLMs in R, orchestrate the refresh with Airflow and dbt, ship containers to Kubernetes and publish the rating tables to Power BI and Looker.\n\nBest,\nKit';
    expect(wordProblems(text)).toEqual([]);
    expect(wordProblems(text.replace('orchestrate', 'orchestrat'))).toEqual([['SPELLING', 'orchestrat']]);
  });

  it('URLs, e-mail addresses, bare domains, hashtags and handles, whatever their letters', () => {
    const text = 'Hi Wilhelmina,\n\nThanks for today. The notebook is at https://gitlab.example.org/kqzv/xwplm-rates?tab=qqxz and a copy on qzwx.dev/rates; write to kit.qzvw@mailbox.example if it fails. #pricingqz and @qzvxw have the slides.\n\nBest,\nKit';
    expect(wordProblems(text)).toEqual([]);
  });

  it('e-mail abbreviations and common software words the dictionaries lack', () => {
    const text = 'Hi Wilhelmina,\n\nFyi, the backtest and the dedupe step are idempotent now; tbh the upsert was the hard part. Lmk if the walkthrough helps.\n\nThanks,\nKit';
    expect(wordProblems(text)).toEqual([]);
  });

  it('a lower-case proper noun the dictionary knows capitalised is a matter of case, not spelling', () => {
    expect(wordProblems('Hi Wilhelmina,\n\nthanks for the chat, the london office looks great.\n\nKit')).toEqual([]);
  });

  it('the larger word list knows words both Hunspell dictionaries lack', () => {
    const text = 'Hi Wilhelmina,\n\nThanks for the chat this arvo about the pricing review.\n\nKit';
    expect(wordProblems(text, ctx({ speller: hunspellOnly }))).toEqual([['SPELLING', 'arvo']]);
    expect(wordProblems(text)).toEqual([]);
  });
});

describe('proper names are left to the name and company checks', () => {
  it('a capitalised unknown word at the start of a sentence is read as a name', () => {
    const text = 'Hi Wilhelmina,\n\nThanks for the interview. Radhika and Oyelaran from your team were great to meet. Okonjo said the role starts in June.\n\nKit';
    expect(wordProblems(text)).toEqual([]);
  });

  it('but one slip from a frequent word it is a typo, wherever it stands', () => {
    const text = 'Hi Wilhelmina,\n\nThnak you for the interview. Realy enjoyed it.\n\nKit';
    expect(wordProblems(text)).toEqual([['SPELLING', 'Thnak'], ['SPELLING', 'Realy']]);
  });

  it('a misspelled interviewer at the start of a sentence or in the greeting is still found', () => {
    expect(wordProblems('Hi Wilhelmena,\n\nThank you for the interview.\n\nKit')).toEqual([['NAME_MISSPELLED', 'Wilhelmena']]);
    expect(wordProblems('Hi there,\n\nThank you for the interview. Wilhelmena was very kind.\n\nKit')).toEqual([['NAME_MISSPELLED', 'Wilhelmena']]);
  });

  it('a misspelled company or another company is still found', () => {
    expect(wordProblems('Hi Wilhelmina,\n\nThank you for the interview at Bramblecot Insurance.\n\nKit')).toEqual([['COMPANY_MISSPELLED', 'Bramblecot Insurance']]);
    expect(wordProblems('Hi Wilhelmina,\n\nThank you, I would love to join Thistledown Mutual.\n\nKit')).toEqual([['OTHER_COMPANY', 'Thistledown Mutual']]);
  });

  it('a postscript after the sign-off is read again, the signature is not', () => {
    const text = 'Hi Wilhelmina,\n\nThank you for the interview.\n\nBest,\nKit Quarrendon\nquarrendon.example\n\nP.S. Please thank Wilhelmena for the tour, it was wonderfull.';
    expect(wordProblems(text)).toEqual([['NAME_MISSPELLED', 'Wilhelmena'], ['SPELLING', 'wonderfull']]);
    const layout = noteLayout(text);
    expect(text.slice(layout.signatureStart, layout.signatureEnd)).toBe('Best,\nKit Quarrendon\nquarrendon.example\n\n');
  });
});

describe('isOneSlipFromWord', () => {
  it('is a dropped, added, swapped or wrong letter away from a frequent word', () => {
    for (const w of ['Wnat', 'Shoud', 'Apprecate', 'Excitied', 'Pleaes']) expect(isOneSlipFromWord(w, speller), w).toBe(true);
    for (const w of ['Radhika', 'Oyelaran', 'Kubernetesz', 'Zoë']) expect(isOneSlipFromWord(w, speller), w).toBe(false);
  });

  it('without frequent words it asks the whole dictionary', () => {
    const small = createWordListSpeller(['interview']);
    expect(isOneSlipFromWord('Intervew', small)).toBe(true);
    expect(isOneSlipFromWord('Okonjo', small)).toBe(false);
  });

  it('a speller without frequent words presumes no name: the unknown word is flagged as before', () => {
    const text = 'Hi Wilhelmina,\n\nThanks for the interview. Radhika was great to meet.\n\nKit';
    expect(wordProblems(text, ctx({ speller: hunspellOnly }))).toEqual([['SPELLING', 'Radhika']]);
  });
});

describe('people named in passing and roles written as letters', () => {
  const note = (body: string, greet = 'Wilhelmina') => `Dear ${greet},\n\n${body}\n\nBest regards,\nKit`;

  it('leaves alone someone met elsewhere who is only mentioned, and still flags them as the addressee', () => {
    for (const body of [
      'Thank you for the interview on Monday, and please pass my thanks on to Osvaldo for arranging it.',
      'I understand from Osvaldo that you hope to decide by Friday; I have sent my references to him as asked.',
      'It was a pleasure to meet Osvaldo and the rest of the pricing team.',
    ]) expect(wordProblems(note(body)), body).toEqual([]);
    expect(wordProblems(note('Thank you for the interview on Monday.', 'Osvaldo'))).toEqual([['WRONG_NAME', 'Osvaldo']]);
    expect(wordProblems(note('Thanks again, Osvaldo, for the time on Monday.'))).toEqual([['WRONG_NAME', 'Osvaldo']]);
    expect(wordProblems(note('Osvaldo, it was a real pleasure to talk on Monday.'))).toEqual([['WRONG_NAME', 'Osvaldo']]);
    // Thanked for what only an interviewer gave: as if they had been there.
    expect(wordProblems(note('Please thank Osvaldo for his time as well.'))).toEqual([['WRONG_NAME', 'Osvaldo']]);
    expect(wordProblems(note('Please thank Osvaldo for setting up the call as well.'))).toEqual([]);
  });

  it('still catches an interviewer whose name is misspelled anywhere in the note', () => {
    expect(wordProblems(note('Please pass my thanks to Wilhelmena as well.'))).toEqual([['NAME_MISSPELLED', 'Wilhelmena']]);
    expect(wordProblems(note('Thank you for the interview.', 'Wilhemina'))).toEqual([['NAME_MISSPELLED', 'Wilhemina']]);
  });

  it('reads SRE, SWE, PM, QA, BI, UX, ML and DBA as the titles they stand for, and still flags another role', () => {
    const cases: Array<[string, string]> = [
      ['Site Reliability Engineer', 'the SRE role'],
      ['Software Engineer', 'the SWE position'],
      ['Software Development Engineer', 'the SDE role'],
      ['Senior Product Manager', 'the PM role'],
      ['QA Engineer', 'the Quality Assurance Engineer role'],
      ['Quality Assurance Analyst', 'the QA Analyst role'],
      ['BI Developer', 'the Business Intelligence Developer role'],
      ['User Experience Designer', 'the UX Designer role'],
      ['Machine Learning Engineer', 'the ML Engineer role'],
      ['Database Administrator', 'the DBA role'],
    ];
    for (const [role, mention] of cases) expect(wordProblems(note(`I am excited about ${mention} and the team's work.`), ctx({ role })), `${role} / ${mention}`).toEqual([]);
    expect(wordProblems(note('I am excited about the PM role and the team.'), ctx({ role: 'Product Designer' })).map(([code]) => code)).toEqual(['ROLE_MISMATCH']);
    expect(wordProblems(note('I am excited about the SRE role and the team.'), ctx({ role: 'Data Analyst' })).map(([code]) => code)).toEqual(['ROLE_MISMATCH']);
  });
});

describe('words made of frequent words', () => {
  const note = (body: string) => `Dear Wilhelmina,\n\n${body}\n\nBest regards,\nKit`;

  it('passes two frequent words written as one, a prefixed word and a code-like attribute', () => {
    const text = note('Thank you for the chat. The lookback window on the lakehouse tables, the rebrand of the portal, the netcode of our game side project, and the aria-labelledby fix all came up.');
    expect(wordProblems(text)).toEqual([]);
  });

  it('still flags a slip of a frequent word', () => {
    expect(wordProblems(note('Thank you for the chat; I will wait untill Friday.'))).toEqual([['SPELLING', 'untill']]);
    // "funders" is a word, but also one slip from the frequent "founders": still asked about.
    expect(wordProblems(note('Thank you for the chat; our funders liked the demo.'))).toEqual([['SPELLING', 'funders']]);
  });
});
