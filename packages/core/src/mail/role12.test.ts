// Sentences written for these tests (none from bench/data/mail): words of the subject or sentence
// that are not the title, and titles named only in running text, in the five languages.
import { describe, expect, it } from 'vitest';
import { roleFromMail } from './role';

describe('the role a message names', () => {
  it('leaves out subject words that name the step, not the job', () => {
    expect(roleFromMail('Bedankt voor je interesse.', 'Referenties Projectleider', 'Brinkhoven')).toBe('Projectleider');
    expect(roleFromMail('Vielen Dank.', 'Videointerview Lagerleiter', 'Brinkhoven')).toBe('Lagerleiter');
    expect(roleFromMail('Gracias.', 'Prueba técnica - Analista de datos', 'Brinkhoven')).toBe('Analista de datos');
    expect(roleFromMail('Merci.', 'Opportunité – Responsable des achats', 'Brinkhoven')).toBe('Responsable des achats');
  });

  it('ends the title before a verb or a day word of the sentence', () => {
    expect(roleFromMail("Nous devons décaler l'entretien pour le poste de technicien de maintenance prévu le mardi 8 décembre.", 'Entretien', 'Brinkhoven')).toBe('Technicien de maintenance');
    expect(roleFromMail('Te confirmamos la entrevista para el puesto de Analista contable mañana a las 10:00.', 'Entrevista', 'Brinkhoven')).toBe('Analista contable');
    expect(roleFromMail('Helaas moeten we het gesprek voor de functie Magazijnmedewerker verzetten.', 'Gesprek', 'Brinkhoven')).toBe('Magazijnmedewerker');
  });

  it('reads a title named only in running text', () => {
    expect(roleFromMail('¡Gracias por postularte a Técnica de laboratorio en Brinkhoven!', 'Recibimos tu postulación', 'Brinkhoven')).toBe('Técnica de laboratorio');
    expect(roleFromMail('Leuk dat je hebt gesolliciteerd als Data Engineer bij Brinkhoven!', 'Even kennismaken?', 'Brinkhoven')).toBe('Data Engineer');
    expect(roleFromMail('Queremos que te incorpores como Jefe de almacén en Brinkhoven.', '¡Bienvenido!', 'Brinkhoven')).toBe('Jefe de almacén');
    expect(roleFromMail('Danke für Dein Interesse an der Stelle „Gärtner*in“ bei Brinkhoven.', 'Unsere Entscheidung', 'Brinkhoven')).toBe('Gärtner*in');
    expect(roleFromMail('Thanks for applying for the Shift Team Leader position at Brinkhoven.', 'Your application', 'Brinkhoven')).toBe('Shift Team Leader');
  });

  it('keeps the whole title the subject writes where the sentence stopped at a joining word', () => {
    expect(roleFromMail("Je recherche pour un client une Responsable qualité et sécurité. Votre parcours m'intéresse.", 'Opportunité – Responsable qualité et sécurité', null)).toBe('Responsable qualité et sécurité');
  });
});
