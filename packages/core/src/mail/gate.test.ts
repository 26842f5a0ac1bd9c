import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GateIndex, gateParts, gateText, gateWords, passesGate, passesParts } from './gate';
import { GRAMMAR_RULES } from './grammar';
import { RULES } from './phrases';

describe('rule gates', () => {
  it('reads, per alternative, the required part whose shortest word is longest', () => {
    expect(gateWords(/\b(?:moving|move)\s+on|\bcarta\s+de\s+oferta/iu)).toEqual(['move', 'moving', 'oferta']);
    expect(gateWords(/\b(?:go|going|gone)\s+ahead/i)).toEqual(['ahead']);
    expect(gateWords(/\bfoo|\d+\s+jobs/i)).toEqual(['foo', 'jobs']);
  });

  it('drops a letter a quantifier bears on, and an optional group', () => {
    expect(gateWords(/\bcolou?r\b|\bpause[ds]?/i)).toEqual(['colo', 'pause']);
    expect(gateWords(/^(?:Cancel+ed|Abgesagt)\s*:/im)).toEqual(['cance', 'abgesagt']);
    expect(gateWords(/\b(?:new\s+)?role/i)).toEqual(['role']);
  });

  it('reads past look-arounds and into nested groups', () => {
    expect(gateWords(/(?<!not\s+)\bmove/i)).toEqual(['move']);
    expect(gateWords(/\b(?=offer|make)(?<!\bnot\s+)(?:offer\s+you|make\s+you)/i)).toEqual(['make', 'offer']);
    expect(gateWords(/\b(?:(?:have|has|'ve)\s+filled|n't\s+fill)/i)).toEqual(['fill']);
  });

  it('has no gate where no word is required', () => {
    expect(gateWords(/\d+\s+\w+/)).toBeNull();
    expect(gateWords(/\bfoo|\d+/)).toBeNull();
  });

  it('folds case and the long s the way a case-insensitive Unicode pattern does', () => {
    const words = gateWords(/\bstelle\b/iu);
    expect(/\bstelle\b/iu.test('ſtelle')).toBe(true);
    expect(passesGate(words, gateText('ſtelle'))).toBe(true);
    expect(passesGate(words, gateText('Die STELLE'))).toBe(true);
    expect(passesGate(words, gateText('Die Position'))).toBe(false);
    expect(passesGate(null, gateText('anything'))).toBe(true);
  });

  it('never turns away a sentence a rule matches', () => {
    const sentences = [
      'Unfortunately we have decided not to move forward with your application.',
      'We are moving forward with other candidates whose experience is closer.',
      'Leider haben wir uns für eine andere Kandidatin entschieden.',
      'Nous avons le plaisir de vous proposer un entretien.',
      'Hemos recibido tu candidatura para el puesto.',
      'We would like to invite you to an interview on Tuesday at 10:00.',
      'Please find attached your employment contract.',
      'We have now filled the Data Analyst position.',
    ];
    for (const rule of [...RULES, ...GRAMMAR_RULES]) {
      for (const s of sentences) if (rule.re.test(s)) expect(passesGate(gateWords(rule.re), gateText(s))).toBe(true);
      for (const s of sentences) if (rule.re.test(s)) expect(passesParts(gateParts(rule.re), new GateIndex(gateText(s)))).toBe(true);
    }
  });

  it('answers from an index of the text exactly as a search of it does', () => {
    // Long texts are indexed, short ones searched at once; words of every length, present or not.
    const letters = fc.constantFrom(...'abcdeéſ ü\n-'.split(''));
    const text = fc.array(letters, { minLength: 0, maxLength: 600 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.array(fc.array(letters, { minLength: 1, maxLength: 7 }).map((a) => a.join('')), { maxLength: 12 }), (t, words) => {
      const folded = gateText(t);
      const index = new GateIndex(folded);
      for (const w of [...words, ...words.map((x) => folded.slice(3, 3 + x.length))].filter(Boolean)) {
        expect(index.has(w)).toBe(folded.includes(w));
        expect(passesGate([w], index)).toBe(passesGate([w], folded));
      }
    }), { numRuns: 300 });
  });

  it('finds a word in a long message wherever it stands, and not one it lacks', () => {
    const body = `${'Thank you for your time and the conversation last week. '.repeat(20)}Leider haben wir uns anders entschieden.`;
    const index = new GateIndex(gateText(body));
    expect(index.has('entschieden')).toBe(true);
    expect(index.has('thank')).toBe(true);
    expect(index.has('absage')).toBe(false);
    expect(passesGate(['absage', 'leider'], index)).toBe(true);
    expect(passesGate(['absage', 'regret'], index)).toBe(false);
  });

  it('reads every part an alternative needs, and lets a text through only with all of one alternative', () => {
    const re = /\bnot\s+(?:be\s+)?(?:moving|going)\s+forward\s+with\s+your\s+(?:application|candidacy)|\bkeine\s+Zusage/iu;
    expect(gateParts(re)).toEqual([[['not'], ['moving', 'going'], ['forward'], ['with'], ['your'], ['application', 'candidacy']], [['keine'], ['zusage']]]);
    const gate = gateParts(re);
    const long = (s: string): GateIndex => new GateIndex(gateText(`${'Thanks for the call about the next steps. '.repeat(6)}${s}`));
    expect(passesParts(gate, long('We are not going forward with your candidacy.'))).toBe(true);
    expect(passesParts(gate, long('Leider keine Zusage.'))).toBe(true);
    // Each word is there, but no alternative has all of its own.
    expect(passesParts(gate, long('Your application is not lost; we keep moving with it.'))).toBe(false);
    expect(passesParts(gate, long('Keine Sorge, wir melden uns.'))).toBe(false);
    // One part alone in every alternative: the first gate says it all.
    expect(gateParts(/\bcolou?r\b|\bpause[ds]?/i)).toBeNull();
  });
});
