// Confirmations said without the usual phrases, and an invitation promised under a condition
// (sentences written for these tests, none from bench/data/mail).
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';

const kind = (text: string, subject = 'Your application') => classifyMail({ from: { name: 'Ostrava Tech', address: 'jobs@ostrava.example' }, subject, date: '2026-11-20T09:00:00.000Z', text }).kind;

describe('application confirmations', () => {
  it('reads papers that have arrived and a promise to reply, in either German word order', () => {
    expect(kind('Vielen Dank für Ihre Bewerbung. Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden uns in zwei Wochen bei Ihnen melden.', 'Ihre Bewerbung')).toBe('application_received');
    expect(kind('Merci pour votre candidature. Vos documents nous sont bien parvenus.', 'Votre candidature')).toBe('application_received');
    expect(kind('Gracias por tu candidatura. Tu documentación ya ha llegado y la revisaremos pronto.', 'Tu candidatura')).toBe('application_received');
  });

  it('reads a call promised under a condition as no invitation, and one with its day and time as one', () => {
    expect(kind("Thanks for applying! It can take up to two weeks for us to get back to you. If your experience is a match, we'll reach out to schedule an intro call.")).toBe('application_received');
    expect(kind('If Tuesday suits you, we would like to invite you to an interview on Tuesday 24 November at 10:00.', 'Interview')).toBe('interview_invitation');
    expect(kind("Thanks for applying! We'd like to schedule an intro call; we'll get back to you with a link.", 'Next steps')).toBe('interview_invitation');
  });
});
