import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptAround, foldText, scanItem, scanText } from './scanner';
import { scanItems } from './report';
import { evaluatePresence, presenceChecklist } from './presence';
import { SOCIAL_PLATFORMS, type SocialItem } from './types';

const cats = (text: string) => [...new Set(scanText(text).map((m) => m.category))].sort();

const INNOCENT = [
  'Scunthorpe', 'assessment', 'analyst', 'cocktail', 'Essex', 'therapist', 'shiitake', 'class', 'passion', 'bass', 'grass',
  'assassin', 'Sussex', 'Middlesex', 'Dickens', 'cockpit', 'peacock', 'shuttlecock', 'hancock', 'button', 'butter', 'cumin',
  'cucumber', 'document', 'circumstance', 'titan', 'title', 'constitution', 'hello', 'shell', 'shellfish', 'pussycat dolls',
  'scrap', 'scrapbook', 'skyscraper', 'Matsushita', 'shitake', 'Penistone', 'sextant', 'Middlesex', 'wholesale', 'cockatoo',
  'assume', 'embassy', 'compass', 'harass', 'bassoon', 'classic', 'glasses', 'massage', 'cassette', 'tassel', 'hassle',
  'arsenal', 'parse', 'sparse', 'coarse', 'hoedown', 'raccoon', 'cocoon', 'sniglet', 'snigger', 'spice', 'knobs', 'hotties',
  'Dick Van Dyke', 'Moby Dick', 'Peter', 'crow', 'nuggets', 'sheet', 'swine flu', 'the Redskins', 'homo sapiens', 'jigger of gin',
  'killed it at the presentation', "I'll shoot you an email", 'kill the process', 'killer feature',
  'I stole the show', 'breast cancer awareness', 'wine tasting with my parents', 'a glass of wine with dinner', 'bar exam',
  'joint venture', 'high school reunion', 'hash table', 'baked cookies', 'rolling out the release',
  'private beta', 'internal tools team is hiring', 'women in tech meetup', 'grateful for my coworkers',
  'my boss is amazing', 'I love my job', 'Q3 results are public now', '455 211 366', 'azzz', 'fed them to the model',
];

describe('scanText', () => {
  it.each([
    ['this is bullsh1t', 'profanity'],
    ['What the f*ck', 'profanity'],
    ['fuuuuck this', 'profanity'],
    ['a$$hole drivers', 'profanity'],
    ['$h!t happens', 'profanity'],
    ['𝗳𝘂𝗰𝗸 this', 'profanity'],
    ['send nudes', 'sexual'],
    ['got so wasted last night', 'alcohol_drugs'],
    ['smoked weed all weekend lol', 'alcohol_drugs'],
    ["I swear I'll kill you", 'violence'],
    ['all women are too emotional to lead', 'discrimination'],
    ['I hate my job', 'badmouthing'],
    ['my boss is an idiot', 'badmouthing'],
    ["don't tell anyone but our Q3 numbers are bad", 'confidential'],
    ['under NDA so cannot share the roadmap', 'confidential'],
    ['got arrested for shoplifting', 'illegal'],
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it.each(INNOCENT)('leaves "%s" alone', (text) => {
    expect(scanText(text)).toEqual([]);
  });

  it('never flags innocent words inside any sentence (property)', () => {
    const filler = fc.constantFrom('the', 'report', 'on', 'our', 'visit', 'to', 'and', 'with', 'great', 'team', 'today', ',', '.');
    fc.assert(
      fc.property(fc.array(fc.oneof(filler, fc.constantFrom(...INNOCENT.filter((w) => !w.includes(' ')))), { maxLength: 20 }), (words) => {
        expect(scanText(words.join(' '))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and every match lies inside the text (property)', () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('𝗳𝘂𝗰𝗸', 'ｆｕｃｋ'), fc.constantFrom('fuck', 'sh1t', 'f*ck', 'a$$', 'fuuuck', 'kill you', 'my boss', 'hate', '!', '*', '@', "'", '\n', ' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const matches = scanText(text);
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(foldText(text).length);
          expect(foldText(text).slice(m.start, m.end).length).toBeGreaterThan(0);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('excerptAround', () => {
  it('keeps the match and whole words, marking cuts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), fc.nat(), (text, a, b) => {
        if (text.length === 0) return;
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 10));
        const ex = excerptAround(text, start, end);
        const body = ex.replace(/^… /, '').replace(/ …$/, '');
        expect(text.replace(/\s+/g, ' ')).toContain(body);
        expect(ex.length).toBeLessThanOrEqual(end - start + 60 + 80 + 4);
      }),
    );
  });
});

describe('scanItem and scanItems', () => {
  const item: SocialItem = { id: 'x:1', platform: 'x', kind: 'post', date: '2019-05-01T10:00:00.000Z', url: 'https://x.com/i/web/status/1', text: 'Honestly my boss is a f*cking idiot' };
  it('gives one finding per category with terms, excerpt, year and link', () => {
    const findings = scanItem(item);
    expect(findings.map((f) => f.category).sort()).toEqual(['badmouthing', 'profanity']);
    const p = findings.find((f) => f.category === 'profanity')!;
    expect(p).toMatchObject({ id: 'x:1', year: 2019, url: 'https://x.com/i/web/status/1', kind: 'post' });
    expect(p.terms).toEqual(['f*cking']);
    expect(p.excerpt).toContain('f*cking');
  });
  it('drops a script link taken from the export file (it would be shown as a link)', () => {
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x']) {
      expect(scanItem({ ...item, url }).every((f) => f.url === null)).toBe(true);
    }
  });
  it('counts by category and year, and caps the list', async () => {
    const items = [item, { ...item, id: 'x:2', date: null, text: 'wtf' }, { ...item, id: 'x:3', text: 'lovely day' }];
    const report = await scanItems('x', items, 1);
    expect(report.items).toBe(3);
    expect(report.byCategory).toEqual({ profanity: 2, badmouthing: 1 });
    expect(report.byYear).toEqual({ '2019': 2, unknown: 1 });
    expect(report.findings).toHaveLength(1);
    expect(report.truncated).toBe(true);
  });
});

describe('presence checklist', () => {
  it('has the common points on every platform', () => {
    for (const p of SOCIAL_PLATFORMS) {
      expect(presenceChecklist(p).map((c) => c.id)).toEqual(expect.arrayContaining(['findable', 'photo', 'headline', 'no-hurried-deletion']));
    }
  });
  it('scores answers', () => {
    const r = evaluatePresence('reddit', { findable: true, photo: true });
    expect(r.done).toEqual(['findable', 'photo']);
    expect(r.score).toBeCloseTo(2 / 5);
  });
});
