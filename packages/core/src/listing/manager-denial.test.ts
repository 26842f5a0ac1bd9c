import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: traps and negations', () => {
  it('reads a front or back office manager as a department head, not the trap "Office Manager"', () => {
    expect(is('Front Office Manager', 'You run reception and the night desk of our hotel.')).toBe(true);
    expect(is('Back Office Manager', 'You oversee the settlement desk.')).toBe(true);
    expect(is('Chef de Cuisine', 'You plan the menu and the kitchen brigade.')).toBe(true);
    expect(is('Office Manager', 'You keep the office running: post, supplies and visitors.')).toBe(false);
  });

  it('does not count a reporting line the sentence denies', () => {
    expect(is('Product Manager', 'You shape the roadmap with design. There is no team reporting to you; influence is the job.')).toBe(false);
    expect(is('Analyst', 'Nobody at all, no analyst and no intern, reports to you in this role.')).toBe(false);
    expect(is('Support Engineer', 'Two engineers report to you and you run their weekly one-to-ones.')).toBe(true);
  });

  it('reads "not a manager" in five languages', () => {
    expect(is('Scrum Master', 'Je begeleidt drie teams. Je bent geen manager van de teamleden: zij vallen hiërarchisch onder de chapter leads.')).toBe(false);
    expect(is('Agile Coach', 'Du bist kein Vorgesetzter der Teams, sondern ihr Coach.')).toBe(false);
    expect(is('Product Lead', 'You are not a people manager here: the squads report elsewhere.')).toBe(false);
  });

  it('reads coordination of a team of a stated size in es, nl, fr and de', () => {
    expect(is('Supervisora de turno', 'La persona elegida coordinará a un equipo de 9 auxiliares en el turno de noche.')).toBe(true);
    expect(is('Planner', 'Je stuurt een team van 5 planners en chauffeurs.')).toBe(true);
    expect(is('Superviseur logistique', 'Vous allez encadrer une équipe de 12 préparateurs.')).toBe(true);
    expect(is('Schichtkoordinator', 'Sie führen ein Team von 7 Fachkräften im Lager.')).toBe(true);
    expect(is('Enfermera referente', 'Evaluará el desempeño del personal de la unidad cada semestre.')).toBe(true);
  });

  it('does not read a team of N the role merely joins', () => {
    expect(is('Backend Developer', 'You join a team of 6 engineers who own payments.')).toBe(false);
    expect(is('Desarrolladora', 'Te unirás a un equipo de 8 personas.')).toBe(false);
  });

  it('reads whom a Spanish role has in its charge, and its negation', () => {
    expect(is('Jefe/a de almacén', 'Coordinarás la recepción de mercancía con 7 mozos a tu cargo.')).toBe(true);
    expect(is('Responsable de taller', 'Tendrás a tu cargo a 5 mecánicos y la relación con proveedores.')).toBe(true);
    expect(is('Dependiente/a principal', 'Dirigir el equipo de sala (6 personas) y los pedidos.')).toBe(true);
    expect(is('Analista de datos', 'Puesto técnico: sin personas a tu cargo.')).toBe(false);
    expect(is('Técnico/a de soporte', 'Trabajarás en un equipo de 8 personas que resuelve incidencias.')).toBe(false);
  });
});

describe('callManagerRole: reviews of the people in its charge, and negations after the verb', () => {
  it('reads "their annual reviews" and people put in the role\'s charge in five languages', () => {
    expect(is('Maintenance Planner', 'Supervise our weekend boiler technicians, plan their jobs and carry out their annual appraisals.')).toBe(true);
    expect(is('Conducteur de travaux', 'Vous avez sous votre responsabilité trois chefs d\'équipe et participez à leur évaluation annuelle.')).toBe(true);
    expect(is('Encargado de turno', 'Tendrás bajo tu responsabilidad a 9 operarios y harás sus evaluaciones anuales.')).toBe(true);
    expect(is('Werkvoorbereider', 'Je voert hun jaarlijkse beoordeling samen met de bedrijfsleider.')).toBe(true);
  });
  it('reads a denial that follows the signal, and not one that belongs to another clause', () => {
    expect(is('Projektleiter Haustechnik', 'Sie steuern die Gewerke. Eine disziplinarische Führung ist mit der Position nicht vorgesehen.')).toBe(false);
    expect(is('Bauleiter', 'Personalverantwortung gehört nicht zu dieser Stelle; Sie koordinieren Subunternehmer.')).toBe(false);
    expect(is('Analyst', 'You will lead a team of 6 engineers, and it is not a remote role.')).toBe(true);
    expect(is('Analyst', 'You will lead a team of 6 engineers and the role is not remote.')).toBe(true);
  });
});

describe('German and French ways of saying a role leads no one', () => {
  it('reads "Personalverantwortung hat die Stelle nicht" and "pas d\'encadrement"', () => {
    expect(callManagerRole('Produktmanagerin Ticketing', 'Du arbeitest eng mit dem Entwicklungsteam zusammen. Personalverantwortung hat die Stelle nicht, das Team gehört zur IT.').isManagerRole).toBe(false);
    expect(callManagerRole('Lead Développeur Mobile', 'Vous accompagnez deux développeurs juniors et savez encadrer une équipe technique. Le poste ne comporte pas d\'encadrement hiérarchique.').isManagerRole).toBe(false);
  });
});

describe('callManagerRole: a leader\'s noun put first as what the role does not have, and a relative clause after the people', () => {
  it('reads "have" with a negation after the noun as a denial, in German and Dutch', () => {
    expect(is('Kfz-Mechatroniker', 'Nebenbei zeigen Sie den zwei Auszubildenden die Werkstatt – Führungsverantwortung haben Sie aber keine, die liegt bei der Inhaberin.')).toBe(false);
    expect(is('Servicemonteur', 'Je werkt samen met de planners. Leidinggeven aan de monteurs heb je niet, dat doet de chef werkplaats.')).toBe(false);
  });
  it('keeps the lead when the negation belongs to a relative clause about the people', () => {
    expect(is('Site Engineer', 'You will manage 5 engineers who are not yet chartered and plan their work.')).toBe(true);
    expect(is('Chef de chantier', 'Vous encadrez deux techniciens qui ne sont pas encore habilités et planifiez leurs interventions.')).toBe(true);
    expect(is('Monteur', 'Du führst ein Team von 4 Monteuren, welche noch nicht lange dabei sind.')).toBe(true);
  });
  it('still reads the lead when "have" and a negation come in another clause', () => {
    expect(is('Teamleiter Lager', 'Sie führen ein Team von 8 Mitarbeitern und haben keine Wochenenddienste.')).toBe(true);
    expect(is('Jefe de equipo', 'Dirigirás un equipo de 6 técnicos y no tienes turnos de noche.')).toBe(true);
  });
});

describe('responsibility over other people denied', () => {
  it('reads it over a leader-sounding title, in five languages', () => {
    expect(is('Coordinador/a de equipo de ventas', 'Contarás con un coordinador; no es un puesto de responsabilidad sobre otros.')).toBe(false);
    expect(is("Chef d'équipe", "Le poste est sans responsabilité sur d'autres salariés.")).toBe(false);
    expect(is('Team Leader', 'There is no responsibility for other staff in this role.')).toBe(false);
    expect(is('Teamleiter', 'Die Stelle trägt keine Verantwortung für andere Mitarbeitende.')).toBe(false);
    expect(is('Teamleider', "Je hebt geen verantwoordelijkheid over collega's.")).toBe(false);
  });
  it('does not read responsibility for a thing denied as no charge of people', () => {
    expect(is('Team Leader', 'You lead a team of 6 and have no responsibility for the budget.')).toBe(true);
  });
});
