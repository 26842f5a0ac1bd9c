// Sentences written for these tests (none from bench/data/mail): a trade's words written before the
// trading name the sender gives, a legal form joined to a company's own word, a participle or an
// adverb after a title, a link before a full stop, a moved meeting's old slot after "move … from",
// and zones said as Hawaii's, Indonesia's or a Canadian sender's Pacific time.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { companyFromSender } from './company';
import { roleFromMail } from './role';
import { zoneOf } from './zones';

const mail = (text: string, subject: string, name: string, address: string, date = '2026-12-01T09:00:00+01:00') =>
  classifyMail({ from: { name, address }, subject, date: new Date(date).toISOString(), text });

describe('the words of a trading name before the name found', () => {
  it('takes them from a signature line that holds the longer name alone', () => {
    expect(companyFromSender('Molenhoek', 'info@molenhoek.example', 'Beste Alex,\n\nBedankt voor je sollicitatie.\n\nGroet,\nSanne\nScheepswerf Molenhoek')).toBe('Scheepswerf Molenhoek');
    expect(companyFromSender('Sierra Dorada', 'rrhh@sierradorada.example', 'Hola Alex:\n\nGracias por tu tiempo.\nQuesos Artesanos Sierra Dorada')).toBe('Quesos Artesanos Sierra Dorada');
    expect(companyFromSender('Wellenreiter Nord', 'x@personio.de', 'Hallo Alex,\n\nvielen Dank.\n\nFreundliche Grüße\nSurfschule Wellenreiter Nord')).toBe('Surfschule Wellenreiter Nord');
  });

  it('takes them from running text after an article or a preposition', () => {
    expect(companyFromSender('Glasbläserei Ahrens', 'bewerbung@ahrens-glas.example', 'vielen Dank für Ihr Interesse an der Thüringer Glasbläserei Ahrens.')).toBe('Thüringer Glasbläserei Ahrens');
    expect(companyFromSender('Lanterne', 'no-reply@lanterne.example', "Toute l'équipe de la Librairie de Voyage Lanterne vous remercie.")).toBe('Librairie de Voyage Lanterne');
  });

  it('leaves a team, a title, a greeting or a person before the name', () => {
    expect(companyFromSender('Polder Zorg', 'hr@polderzorg.example', 'Met vriendelijke groet,\nRecruitmentteam Polder Zorg')).toBe('Polder Zorg');
    expect(companyFromSender('Duinhof', 'hr@duinhof.example', 'Groet,\nRegiomanager Duinhof')).toBe('Duinhof');
    expect(companyFromSender('Lindenhof Kliniken', 'karriere@lindenhof.example', 'Viele Grüße\nPflegedirektion Lindenhof Kliniken')).toBe('Lindenhof Kliniken');
    expect(companyFromSender('Kestrel', 'info@kestrel.example', "Cordialement,\nL'équipe Kestrel")).toBe('Kestrel');
    expect(companyFromSender('Bruckner', 'info@bruckner.example', 'Mit freundlichen Grüßen\nMartina Bruckner\nBruckner')).toBe('Bruckner');
  });

  it('keeps a legal form joined to the company’s own word, not a trade before it', () => {
    expect(companyFromSender('Seilbahn Tegelberg', 'karriere@tegelberg.example', 'Viele Grüße\nSeilbahn Tegelberg Verwaltungs-GmbH')).toBe('Seilbahn Tegelberg Verwaltungs-GmbH');
    expect(companyFromSender('Kanzlei Brandt', 'info@kanzlei-brandt.example', 'Viele Grüße\nKanzlei Brandt Steuerberatung GmbH')).toBe('Kanzlei Brandt');
  });
});

describe('a title followed by the sentence’s verb', () => {
  it('ends before a participle or an adverb of the clause', () => {
    expect(roleFromMail('Wij hebben alle reacties op de functie Teamleider logistiek bekeken.', '', null)).toBe('Teamleider logistiek');
    expect(roleFromMail('De vacature Hoofd onderhoud al vervuld, helaas.', '', null)).toBe('Hoofd onderhoud');
    expect(roleFromMail('El proceso para Técnico de laboratorio sigue adelante con otra persona.', '', null)).toBe('Técnico de laboratorio');
    expect(roleFromMail('Te informamos de que la vacante de Camarero de piso ha sido anulada.', '', null)).toBe('Camarero de piso');
  });

  it('keeps a title’s own lower-case noun', () => {
    expect(roleFromMail('Bedankt voor je sollicitatie als Adviseur verzekeringen.', '', null)).toBe('Adviseur verzekeringen');
    expect(roleFromMail('Gracias por tu candidatura para Técnico de sonido.', '', null)).toBe('Técnico de sonido');
  });
});

describe('an interview’s link, moved slot and zone', () => {
  it('leaves the full stop after a link', () => {
    expect(mail('Thanks for applying. Let us talk on Tuesday 8 December at 14:00 on Zoom: https://zoom.us/j/55512340000. See you then.', 'Interview invitation', 'Brinkhoven', 'hr@brinkhoven.example').interview?.link).toBe('https://zoom.us/j/55512340000');
  });

  it('reads the slot after "move … from" as the one given up', () => {
    const i = mail('Sorry, we need to move your interview from Tuesday 8 December at 10:00 to Thursday 10 December at 15:30. The link stays the same.', 'Interview rescheduled', 'Brinkhoven', 'hr@brinkhoven.example').interview;
    expect(`${i?.date} ${i?.time}`).toBe('2026-12-10 15:30');
    const j = mail("Nous devons déplacer votre entretien pour le poste de Comptable du lundi 7 décembre à 10h au mercredi 9 décembre à 14h.", 'Modification de votre entretien', 'Brinkhoven', 'rh@brinkhoven.example').interview;
    expect(`${j?.date} ${j?.time}`).toBe('2026-12-09 14:00');
  });

  it('reads Hawaii, Indonesia and a Canadian sender’s Pacific time', () => {
    expect(zoneOf('We will call at 9:00 AM Hawaii time.', 'en', 'example.com', 0)).toBe('Pacific/Honolulu');
    expect(zoneOf('Het gesprek is om 09.00 uur Indonesische tijd.', 'nl', 'example.nl', 60)).toBe('Asia/Jakarta');
    expect(zoneOf('Het gesprek is om 09.00 uur (WIB).', 'nl', 'example.nl', 60)).toBe('Asia/Jakarta');
    expect(zoneOf('See you Monday at 2pm PT.', 'en', 'canoe.ca', -480)).toBe('America/Vancouver');
    expect(zoneOf('See you Monday at 2pm PT.', 'en', 'canoe.com', -480)).toBe('America/Los_Angeles');
  });
});
