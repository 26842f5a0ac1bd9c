// Sentences written for these tests, in the five languages: a word of the language's grammar, a
// subject that names the message's kind, a status or a verb after the title are no title; a form's
// field line names it.
import { describe, expect, it } from 'vitest';
import { roleFromMail } from './role';

const cases = (rows: Array<[string, string, string, string | null]>): void => {
  it.each(rows)('%s: %s', (_lang, body, subject, role) => {
    expect(roleFromMail(body, subject, 'Acme')).toBe(role);
  });
};

describe('a word of the grammar is no title', () => {
  cases([
    ['nl', 'Reacties van bureaus op deze vacature wordt niet op prijs gesteld.', 'Re: je sollicitatie', null],
    ['nl', 'Werving voor deze vacature is uitbesteed aan een bureau.', 'Uw sollicitatie', null],
    ['nl', 'Tot ziens.\nAcquisitie naar aanleiding van deze vacature wordt niet gewaardeerd.', 'Gesprek Planner zorg', 'Planner zorg'],
    ['de', 'Die Position ist leider schon vergeben.', 'Rückmeldung', null],
    ['en', 'The role was filled last week, so we are closing the process.', 'Update', null],
  ]);
});

describe('a verb or a status after the title is no part of it', () => {
  cases([
    ['es', 'Tu entrevista para Analista de riesgos quedó agendada para el martes.', 'Entrevista', 'Analista de riesgos'],
    ['es', 'Tu candidatura como Técnico de sonido pasó a la siguiente fase.', 'Novedades', 'Técnico de sonido'],
    ['es', 'La vacante de Educador ambiental sigue abierta.', 'Vacante Educador ambiental en pausa', 'Educador ambiental'],
    ['en', 'Thanks for your patience.', 'Logistics Planner on hold', 'Logistics Planner'],
    ['fr', 'Merci de votre patience.', 'Poste Cariste en suspens', 'Cariste'],
    ['de', 'Danke für Ihre Geduld.', 'Stelle Koch pausiert', 'Koch'],
    ['nl', 'Dank voor je geduld.', 'Vacature Magazijnmedewerker gepauzeerd', 'Magazijnmedewerker'],
  ]);
});

describe('a subject that names the message is no title', () => {
  cases([
    ['es', 'El estado ha cambiado.', 'Cambio de estado en tu postulación', null],
    ['es', 'Hemos registrado tu solicitud.', 'Comprobante de postulación', null],
    ['en', 'Please find the letter attached.', 'Offer of Employment', null],
    ['fr', 'Votre dossier a été mis à jour.', 'Mise à jour de votre dossier', null],
    ['nl', 'De status is gewijzigd.', 'Wijziging in je dossier', null],
    ['de', 'Der Status hat sich geändert.', 'Neuigkeiten zu deiner Akte', null],
  ]);
});

describe("a form's field line, or the post named straight after its noun, names the title", () => {
  cases([
    ['nl', 'De status van je sollicitatie is gewijzigd.\n\nVacature: Collectiespecialist\nNieuwe status: Afgewezen', 'Status gewijzigd', 'Collectiespecialist'],
    ['es', 'El estado de tu postulación ha cambiado.\n\nCargo: Analista de admisiones\nEstado actual: No seleccionado', 'Cambio de estado', 'Analista de admisiones'],
    ['en', 'Your application status changed.\n\nPosition: Grants Officer\nStatus: Closed', 'Status change', 'Grants Officer'],
    ['de', 'Der Stand Ihrer Bewerbung hat sich geändert.\n\nStelle: Sachbearbeiter Vergabe\nStatus: Abgeschlossen', 'Statusänderung', 'Sachbearbeiter Vergabe'],
    ['fr', "L'état de votre dossier a changé.\n\nPoste : Agent d'accueil\nStatut : Clôturé", 'Changement de statut', "Agent d'accueil"],
    ['es', 'Su postulación al cargo Profesional de apoyo ha sido registrada con el folio 2026-1.', 'Comprobante', 'Profesional de apoyo'],
    ['en', 'It is my pleasure to offer you employment as Service Coordinator, reporting to the branch.', 'Offer of Employment', 'Service Coordinator'],
  ]);
});
