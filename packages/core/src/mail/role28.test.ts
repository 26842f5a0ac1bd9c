// Sentences written for these tests: a title written with both gendered forms, then its specialty in lower case.
import { describe, expect, it } from 'vitest';
import { roleFromMail } from './role';

describe("a title's specialty after both gendered forms is kept", () => {
  it.each([
    ['fr', 'Merci pour votre candidature au poste de Régulateur / Régulatrice de flotte.', 'Candidature', 'Régulateur / Régulatrice de flotte'],
    ['fr', "Nous vous invitons à un entretien pour le poste de Directeur / Directrice d'exploitation.", 'Entretien', "Directeur / Directrice d'exploitation"],
    ['es', 'Gracias por tu interés en el puesto de Jefe / Jefa de obra.', 'Candidatura', 'Jefe / Jefa de obra'],
    ['nl', 'Bedankt voor je sollicitatie als Medewerker / Medewerkster klantenservice.', 'Sollicitatie', 'Medewerker / Medewerkster klantenservice'],
  ])('%s: %s', (_lang, body, subject, role) => {
    expect(roleFromMail(body, subject, 'Acme')).toBe(role);
  });
});
