import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: reports that are documents, not people', () => {
  it('reads "reports to you" as people only when no article, sender or kind of report stands before it', () => {
    expect(is('Account Manager', 'The platform sends weekly reports to you on each customer’s usage.')).toBe(false);
    expect(is('Customer Success Manager', 'Clients email their reports to you before each quarterly review.')).toBe(false);
    expect(is('Operations Analyst', 'A team of three planners reports to you.')).toBe(true);
    expect(is('Operations Analyst', 'Two planners report directly to you.')).toBe(true);
  });
});

describe('callManagerRole: keeping the time of the people in the role\'s charge', () => {
  it('reads signing off or planning their time sheets, rota, leave or shifts, in five languages', () => {
    expect(is('Senior Brewer', 'You sort their rota, sign off their holidays and keep the brew log.')).toBe(true);
    expect(is('Brauer', 'Für die Frühschicht planst du ihre Einsätze und Urlaube.')).toBe(true);
    expect(is('Cordiste', 'Vous validez leurs feuilles d\'heures chaque vendredi.')).toBe(true);
    expect(is('Panadero', 'Organizas el obrador y cuadras sus turnos y vacaciones.')).toBe(true);
    expect(is('Liftmonteur', 'Jij verdeelt het werk en tekent hun urenbriefjes af.')).toBe(true);
  });

  it('does not read the holidays of customers or people\'s time kept by someone else', () => {
    expect(is('Travel Consultant', 'You plan their holidays from the first call to the airport transfer.')).toBe(false);
    expect(is('Agente de viajes', 'Organizas sus vacaciones y reservas sus vuelos.')).toBe(false);
    expect(is('Payroll Clerk', 'You enter the hours from the site time sheets into Sage.')).toBe(false);
  });
});

describe('callManagerRole: the yearly reviews held by the role, without a possessive', () => {
  it('reads the verb of holding them in five languages', () => {
    expect(is('Kfz-Meister', 'Sie verteilen die Aufträge und führen die Beurteilungsgespräche.')).toBe(true);
    expect(is('Coordinador/a', 'Organizas horarios, haces las entrevistas de selección y las evaluaciones anuales.')).toBe(true);
    expect(is('Chef de quai', 'Vous menez les entretiens professionnels.')).toBe(true);
    expect(is('Supervisor', 'You conduct the annual appraisals.')).toBe(true);
  });
  it('does not read reviews the employer holds with the applicant', () => {
    expect(is('Sachbearbeiter', 'Wir führen regelmäßige Beurteilungsgespräche mit dir.')).toBe(false);
    expect(is('Key Account Manager', 'Du führst die Jahresgespräche mit dem Handel und verhandelst Konditionen.')).toBe(false);
    expect(is('Técnico/a', 'Recibirás evaluaciones anuales y formación continua.')).toBe(false);
  });
});
