// Sentences written for these tests, in the five languages: a town in brackets after a title is
// where the post is, not part of the title; a bracket that holds no town stays.
import { describe, expect, it } from 'vitest';
import { roleFromMail } from './role';

describe('a town in brackets after the title is the post\'s place', () => {
  it.each([
    ['en', 'Thanks for applying.', 'Payroll Specialist (Leeds) – Acme', 'Payroll Specialist'],
    ['de', 'Vielen Dank für Ihre Bewerbung.', 'Ihre Bewerbung: Lagerleiter (Wien)', 'Lagerleiter'],
    ['fr', 'Nous avons bien reçu votre candidature.', 'Candidature : Chargé de clientèle (Bordeaux)', 'Chargé de clientèle'],
    ['es', 'Gracias por tu candidatura.', 'Candidatura: Técnico de Mantenimiento (Montevideo)', 'Técnico de Mantenimiento'],
    ['nl', 'Bedankt voor je sollicitatie.', 'Sollicitatie: Accountmanager (Utrecht)', 'Accountmanager'],
  ])('%s: %s', (_lang, body, subject, role) => {
    expect(roleFromMail(body, subject, 'Acme')).toBe(role);
  });

  it.each([
    ['en', 'Thanks for applying.', 'Data Engineer (Python) – Acme', 'Data Engineer (Python)'],
    ['de', 'Vielen Dank für Ihre Bewerbung.', 'Ihre Bewerbung: Fachkraft (Teilzeit)', 'Fachkraft (Teilzeit)'],
    ['fr', 'Nous avons bien reçu votre candidature.', 'Candidature : Comptable (Fournisseurs)', 'Comptable (Fournisseurs)'],
    ['es', 'Gracias por tu candidatura.', 'Candidatura: Cocinero (Turno de noche)', 'Cocinero (Turno de noche)'],
    ['nl', 'Bedankt voor je sollicitatie.', 'Sollicitatie: Monteur (Elektra)', 'Monteur (Elektra)'],
  ])('keeps a bracket that holds no town — %s: %s', (_lang, body, subject, role) => {
    expect(roleFromMail(body, subject, 'Acme')).toBe(role);
  });
});
