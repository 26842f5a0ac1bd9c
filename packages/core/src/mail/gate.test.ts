import { describe, expect, it } from 'vitest';
import { gateText, gateWords, passesGate } from './gate';
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
    }
  });
});
