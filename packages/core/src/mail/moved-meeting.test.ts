// A meeting moved in one sentence and its new day and time set out in a later paragraph, in the five
// languages: an invitation, with the new slot. Sentences of our own, not copied from the labelled mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const from = { name: 'Atelier Brenner', address: 'team@brenner.example' };
const { expectAll, expectNone } = kindsCase(from);
const filler = 'Our workshop manager has been called away to a customer in another city at short notice, and she would very much like to be there when you visit.';

describe('a meeting moved, the new slot further on', () => {
  it('reads it as an invitation in the five languages', () => {
    expectAll([
      `Hi Alex,\n\nSorry, we need to reschedule our interview. ${filler}\n\nRather than Monday 7 December at 10:00, could you come on Wednesday 9 December at 15:00?\n\nBest`,
      `Hallo Alex,\n\nwir müssen unser Gespräch leider verschieben. Unsere Werkstattleiterin ist kurzfristig bei einem Kunden in Hamburg und möchte unbedingt dabei sein, wenn Sie kommen.\n\nStatt Montag, 7. Dezember, 10 Uhr schlagen wir Mittwoch, 9. Dezember, 15 Uhr vor.\n\nGrüße`,
      `Bonjour Alex,\n\nnous devons déplacer notre entretien. Notre cheffe d'atelier est appelée chez un client à Lyon et tient beaucoup à être présente lors de votre visite.\n\nAu lieu du lundi 7 décembre à 10 h, nous vous proposons le mercredi 9 décembre à 15 h.\n\nCordialement`,
      `Hola Alex:\n\ntenemos que cambiar la entrevista. Nuestra jefa de taller tiene que ir a ver a un cliente en Valencia y quiere estar presente cuando vengas.\n\nEn lugar del lunes 7 de diciembre a las 10:00, te proponemos el miércoles 9 de diciembre a las 15:00.\n\nSaludos`,
      `Beste Alex,\n\nhelaas moeten we ons gesprek verzetten. Onze werkplaatschef moet onverwacht naar een klant in Utrecht en wil er graag bij zijn als je komt.\n\nIn plaats van maandag 7 december om 10.00 uur stellen we voor: woensdag 9 december om 15.00 uur.\n\nGroet`,
    ], 'interview_invitation');
  });

  it('takes the new slot, not the old one', () => {
    const text = `Beste Alex,\n\nhelaas moeten we ons gesprek verzetten. Onze werkplaatschef moet onverwacht naar een klant in Utrecht en wil er graag bij zijn als je komt.\n\nIn plaats van maandag 7 december om 10.00 uur stellen we voor: woensdag 9 december om 15.00 uur.\n\nGroet`;
    const c = classifyMail({ from, subject: 'Ons gesprek', date: '2026-11-30T09:00:00.000+01:00', text });
    expect([c.interview?.date, c.interview?.time]).toEqual(['2026-12-09', '15:00']);
  });

  it('leaves a move asked of no meeting alone', () => {
    expectNone([
      `Hi Alex,\n\nWe are moving our warehouse to the new site next month, so the old address stops working soon.\n\nThe removal van comes on Wednesday 9 December at 15:00.\n\nBest`,
    ], 'interview_invitation');
  });
});
