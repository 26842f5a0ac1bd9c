// Sentences written for these tests: rules that open or close on an accented letter, which `\b`
// under the `u` flag never lets match beside a space (see word.ts). Each case reads otherwise on a
// rule written with `\b`.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { kind } = kindsCase({ name: 'Talleres Ribera', address: 'rrhh@ribera.example' }, 'ana.ortiz@example.org');

describe('a rule that ends on an accented letter', () => {
  it('reads going no further in Spanish as a rejection ("más allá")', () => {
    expect(kind('Hola Ana, tras revisar tu perfil con calma, no iremos más allá con tu candidatura.')).toBe('rejection');
  });
  it('reads a call promised in the future tense as an invitation ("te llamará … para una entrevista")', () => {
    expect(kind('Hola Ana: nuestra responsable de taller te llamará el jueves para una entrevista.')).toBe('interview_invitation');
  });
  it('reads a condition opened by "au cas où" as a condition, not a decision', () => {
    expect(kind('Bonjour Ana,\nNous avons bien reçu votre candidature pour le poste de soudeur. Au cas où vous n’auriez pas de nouvelles de notre part sous trois semaines, votre candidature n’a pas été retenue.')).toBe('application_received');
  });
  it('reads a headline that asks "por qué" as a question about the case, not a decision', () => {
    expect(kind('Por qué tu candidatura no ha sido seleccionada: cinco consejos para tu próximo CV')).toBe('other');
  });
  it('reads an outreach that came across the person’s résumé as no step of theirs', () => {
    expect(kind('Hi Ana, I came across your résumé and would love to set up a call on Thursday 17 December at 3pm about a role with one of my clients.')).toBe('other');
  });
  it('reads a short reply "c’est noté" as agreeing to the meeting its history proposes', () => {
    expect(kind('C\'est noté, merci.\n\nLe mer. 9 déc. 2026 à 09:12, Talleres Ribera <rrhh@ribera.example> a écrit :\n> Bonjour Ana, nous vous proposons un entretien le jeudi 10 décembre à 14h dans nos locaux.', 'Re: Entretien')).toBe('interview_invitation');
  });
});

describe('a rule that opens on an accented letter', () => {
  it('reads an "échange" on a day at a time as a meeting', () => {
    expect(kind('Bonjour Ana,\nJe vous propose un échange le mardi 15 décembre à 10h30.')).toBe('interview_invitation');
  });
  it('reads a tracker status set "à" a rejection', () => {
    expect(kind('Bonjour Ana,\nLe statut de votre candidature est passé à « non retenue ».')).toBe('rejection');
  });
  it('does not read a wish to have the person join "pour un échange" as an offer', () => {
    expect(kind('Bonjour Ana, nous aimerions que vous nous rejoigniez pour un échange avec l’équipe.')).not.toBe('offer');
  });
});
