import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: a group in the role\'s charge, its members counted after a colon, a dash or a bracket', () => {
  it('reads the charge in five languages, whatever words stand between the group and its members', () => {
    expect(is('Barista', "You'll lead the team behind the counter: three baristas and a runner.")).toBe(true);
    expect(is('Barista', 'You will be responsible for the team behind the bar (four bartenders and a glass collector).')).toBe(true);
    expect(is('Barista', 'Du bist verantwortlich für das Team hinter der Theke – drei Baristas und eine Aushilfe.')).toBe(true);
    expect(is('Cariste', "Vous dirigerez l'équipe chargée du quai : quatre caristes et un préparateur.")).toBe(true);
    expect(is('Cocinero/a', 'Tendrás a tu cargo al equipo del turno de noche: dos cocineros y una ayudante.')).toBe(true);
    expect(is('Barmedewerker', 'Je bent verantwoordelijk voor het team achter de bar: drie barmedewerkers en een afwasser.')).toBe(true);
  });

  it('leaves a group the role only joins, a charge of things, a measure counted and a denied charge', () => {
    expect(is('Barista', 'You join the team behind the counter: three baristas and a runner.')).toBe(false);
    expect(is('Barista', 'Du unterstützt das Team hinter der Theke: drei Baristas und eine Aushilfe.')).toBe(false);
    expect(is('Cariste', "Vous rejoignez l'équipe derrière le quai : quatre caristes et un préparateur.")).toBe(false);
    expect(is('Cocinero/a', 'Formarás parte del equipo del turno de noche: dos cocineros y una ayudante.')).toBe(false);
    expect(is('Cocinero/a', 'Tendrás a tu cargo la limpieza del obrador: dos cámaras y un horno.')).toBe(false);
    expect(is('Barmedewerker', 'Je werkt in het team achter de bar: drie barmedewerkers en een afwasser.')).toBe(false);
    expect(is('Project Coordinator', "You'll lead the project team's kickoff: 3 months of planning.")).toBe(false);
    expect(is('Coordinatrice', "Vous animerez le projet de l'équipe achats : 3 semaines de formation.")).toBe(false);
    expect(is('Técnico', 'No tendrás a tu cargo al equipo del taller: cuatro montadores que dependen del jefe de obra.')).toBe(false);
  });
});

describe("callManagerRole: a leader's noun owned by the reader is the reader's superior", () => {
  it('does not read "your line manager" or "your people manager" as the role managing', () => {
    expect(is('Estimator', 'The juniors are trained by the Workshop Manager, who is also your line manager.')).toBe(false);
    expect(is('Analyst', 'Your people manager will agree your goals with you each quarter.')).toBe(false);
  });

  it('still reads the role as the line manager of others', () => {
    expect(is('Senior Estimator', 'You will be the line manager of two junior estimators.')).toBe(true);
    expect(is('Senior Analyst', 'You will be their line manager and run their reviews.')).toBe(true);
  });
});

describe('callManagerRole: a lead title whose holder reports to the team\'s first-line leader', () => {
  it('does not make a manager of a "Lead" in the team, in five languages', () => {
    expect(is('Lead Translator', 'The team lead allocates the work and runs the desk; you report to her.')).toBe(false);
    expect(is('Lead Developer', 'You report to the team lead of the platform squad.')).toBe(false);
    expect(is('Lead Entwickler', 'Sie berichten direkt an die Teamleitung der Plattform.')).toBe(false);
    expect(is('Lead Développeur', "Vous êtes rattaché au chef d'équipe de l'atelier.")).toBe(false);
    expect(is('Lead Desarrollador', 'Reportarás al jefe de equipo de plataforma.')).toBe(false);
    expect(is('Lead Ontwikkelaar', 'Je rapporteert aan de teamleider van het platformteam.')).toBe(false);
  });

  it('keeps a lead who reports to a manager, and a lead whose body says it leads people', () => {
    expect(is('Lead Developer', 'You report to the Head of Engineering.')).toBe(true);
    expect(is('Teamleiter Lager', 'Sie berichten an die Standortleitung.')).toBe(true);
    expect(is('Chef de rayon', 'Vous êtes rattaché au directeur du magasin.')).toBe(true);
    expect(is('Lead Developer', 'You report to the team lead and you will manage a team of 4 developers.')).toBe(true);
  });
});
