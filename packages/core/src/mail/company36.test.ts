// Messages written for these tests: a mail client's or a tracker's wording around the sender is no
// company; a form's field line names the employer in a no-reply notice; a signature's firm stands
// before its registration; a firm's mailbox at a mail provider names the firm a person writes for.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

const cases = (rows: Array<[string, string, string, string, string | null]>): void => {
  it.each(rows)('%s: %s <%s>', (_lang, name, address, text, company) => {
    expect(companyFromSender(name, address, text)).toBe(company);
  });
};

describe("a mail client's wording around the sender is no company", () => {
  cases([
    ['en', 'Microsoft Outlook on behalf of Tom Reeve', 'tom.reeve@brackenfield.co.uk', 'Hi Alex, the slot is cancelled.\n\nTom\nBrackenfield Surveyors', 'Brackenfield Surveyors'],
    ['es', 'Microsoft Outlook en nombre de Recursos Humanos', 'rrhh@bodegasolmedo.es', 'Hola Alex, cancelamos la reunión.\n\nBodegas Olmedo', 'Bodegas Olmedo'],
    ['de', 'Kalender im Auftrag von Personalabteilung', 'personal@gaertnerei-lindner.de', 'Hallo Alex, der Termin entfällt.\n\nGärtnerei Lindner', 'Gärtnerei Lindner'],
    ['fr', 'Agenda de la part de Ressources Humaines', 'rh@savonnerie-azur.fr', 'Bonjour Alex, le rendez-vous est annulé.\n\nSavonnerie Azur', 'Savonnerie Azur'],
    ['nl', 'Agenda namens Werving', 'werving@kwekerij-mol.nl', 'Beste Alex, de afspraak vervalt.\n\nKwekerij Mol', 'Kwekerij Mol'],
  ]);
});

describe("a mailer's word after a tracker's name is no company", () => {
  cases([
    ['en', 'Lever Notifications', 'notifications@hire.lever.co', 'Dear Alex,\n\nThanks for applying to Saltcombe Ferries.\n\nSaltcombe Ferries', 'Saltcombe Ferries'],
    ['de', 'Personio Benachrichtigungen', 'noreply@personio.de', 'Hallo Alex,\n\ndanke für deine Bewerbung bei Seilerei Brandt.\n\nSeilerei Brandt', 'Seilerei Brandt'],
  ]);
});

describe("a no-reply notice's field line names the employer", () => {
  cases([
    ['nl', 'Sollicitatieportaal Recruitment', 'noreply@portaalrecruit.nl', 'De status is gewijzigd.\n\nVacature: Archivaris\nOrganisatie: Gemeentearchief Zuid\nNieuwe status: Afgewezen', 'Gemeentearchief Zuid'],
    ['es', 'Portal de Empleo', 'no-reply@portalempleo.cl', 'El estado ha cambiado.\n\nCargo: Analista\nInstitución: Universidad del Sur Austral\nEstado: Cerrado', 'Universidad del Sur Austral'],
    ['en', 'Careers Portal', 'do-not-reply@careersportal.example', 'Your status changed.\n\nPosition: Archivist\nEmployer: Fenwick County Council\nStatus: Closed', 'Fenwick County Council'],
    ['de', 'Bewerberportal', 'noreply@bewerberportal.de', 'Ihr Status hat sich geändert.\n\nStelle: Archivar\nArbeitgeber: Stadtarchiv Lindau\nStatus: Abgesagt', 'Stadtarchiv Lindau'],
    ['fr', 'Portail Carrières', 'noreply@portail-carrieres.fr', 'Votre statut a changé.\n\nPoste : Archiviste\nEmployeur : Archives de Savoie\nStatut : Clôturé', 'Archives de Savoie'],
  ]);
});

describe("a signature's firm stands before the bar, and a firm's mailbox names the firm", () => {
  cases([
    ['nl', 'Joris Hendriks', 'j.hendriks@schelde-veerdienst.nl', 'Beste Alex,\n\nHelaas gaan we niet verder.\n\nJoris Hendriks\nVeerdienst Westerschelde B.V. | KvK 87654321', 'Veerdienst Westerschelde'],
    ['de', 'Jana Roth', 'j.roth@weser-faehre.de', 'Hallo Alex,\n\nleider nicht.\n\nJana Roth\nFährbetrieb Oberweser GmbH | Amtsgericht Hameln HRB 1234', 'Fährbetrieb Oberweser'],
    ['en', 'Tom Reeve', 'tom@quarry-ridge.co.uk', 'Hi Alex,\n\nSorry, not this time.\n\nTom Reeve\nRidgeway Stone Ltd | Registered in England 0123456', 'Ridgeway Stone'],
    ['fr', 'Marc Olivier', 'boulangerie.lacroix@orange.fr', "Bonjour, nous avons retenu une autre personne.\nM. Olivier, Boulangerie Lacroix", 'Boulangerie Lacroix'],
    // The mailbox that spells the person's own name leaves the person's firm to the rest of the rules.
    ['en', 'Acme Tools', 'no-reply@acmetools.com', 'Hi Alex,\n\nThanks for applying.\n\nAcme Tools', 'Acme Tools'],
  ]);
});
