// Messages written for these tests: a tracker's mailer is never the employer, whether its sending
// domain is the tracker's own name that the message's tracker line gives or a tracker's name that
// names nothing else.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

describe("a tracker's sending domain is not the employer", () => {
  it.each([
    ['en', 'Harbour Glassworks', 'no-reply@lever.example', 'Hi Alex,\n\nThanks for applying to Harbour Glassworks.\n\nHarbour Glassworks\n\n--\nSent via Lever. Unsubscribe here.', 'Harbour Glassworks'],
    ['en', 'Moorfield Hydro', 'talent@ashby.example', 'Hi Alex,\n\nThank you for interviewing.\n\nMoorfield Hydro Recruiting\n\nPowered by Ashby. You can request deletion of your data.', 'Moorfield Hydro'],
    ['de', 'Seilerei Brandt', 'jobs@join.example', 'Hallo Alex,\n\ndanke für deine Bewerbung.\n\nSeilerei Brandt\n\nVersendet über JOIN.', 'Seilerei Brandt'],
    ['fr', 'Atelier Vannerie Rousseau', 'recrutement@homerun.example', "Bonjour Alex,\n\nMerci pour votre candidature.\n\nAtelier Vannerie Rousseau\n\nEnvoyé via Homerun.", 'Atelier Vannerie Rousseau'],
    ['es', 'Bodegas Peñalba', 'empleo@taleo.example', 'Hola Alex:\n\nGracias por tu candidatura.\n\nBodegas Peñalba\n\nEnviado con Taleo.', 'Bodegas Peñalba'],
    ['nl', 'Museum Het Schip', 'werkenbij@workable.example', 'Beste Alex,\n\nDe vacature staat voorlopig on hold.\n\nMuseum Het Schip', 'Museum Het Schip'],
    ['de', 'Imkerei Waldhonig', 'bewerbung@softgarden.example', 'Hallo Alex,\n\nvielen Dank.\n\nImkerei Waldhonig', 'Imkerei Waldhonig'],
    ['en', 'Fenwick Ropeworks', 'careers@smartrecruiters.example', 'Dear Alex,\n\nThank you.\n\nFenwick Ropeworks', 'Fenwick Ropeworks'],
  ])('%s: %s <%s>', (_lang, name, address, text, company) => {
    expect(companyFromSender(name, address, text)).toBe(company);
  });
});
