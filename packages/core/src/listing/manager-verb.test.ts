import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: a verb of leading with a headcount of people, in five languages', () => {
  it('reads the people counted in the charge of the role as leading', () => {
    expect(callManagerRole('Cadre de santé', 'Vous encadrez le service de nuit : 6 infirmiers et 9 aides-soignants.').isManagerRole).toBe(true);
    expect(callManagerRole('Uitvoerder Utiliteitsbouw', 'Je stuurt op de bouwplaats een vaste ploeg (6 tot 8 man) en de onderaannemers aan.').isManagerRole).toBe(true);
    expect(callManagerRole('Coordinador/a de planta', 'Tendrá a su cargo a los 4 encargados de turno y sus equipos.').isManagerRole).toBe(true);
    expect(callManagerRole('Werkstattmeister', 'In der Werkstatt führen Sie 7 Mechaniker und 2 Auszubildende.').isManagerRole).toBe(true);
  });
  it('does not read coordinating or working beside people as leading', () => {
    expect(callManagerRole('Data Analyst', 'You coordinate 5 contractors and work with 12 engineers across two squads.').isManagerRole).toBe(false);
  });
  it('reads "you will not have people reporting to you" under a Lead title as no reports', () => {
    expect(callManagerRole('Lead Content Designer', 'You lead the content work on each project; you will not have people reporting to you.').isManagerRole).toBe(false);
  });
});

describe('callManagerRole: headcounts in brackets, French "encadrer", Dutch "stuur … aan", and "Lead" titles with no reports', () => {
  it('reads the team and its headcount as leading, in four languages', () => {
    expect(callManagerRole('Coordinadora de Almacén', '- Coordinar el equipo de preparación de pedidos (8 mozos), repartir turnos y tareas').isManagerRole).toBe(true);
    expect(callManagerRole('Technicien supérieur', '- Encadrer les trois électriciens de l\'atelier : planning, suivi et entretiens annuels').isManagerRole).toBe(true);
    expect(callManagerRole('Coördinator Facilitair', 'Je stuurt het team schoonmaak van vijf medewerkers aan en plant hun roosters.').isManagerRole).toBe(true);
  });
  it('reads a "Lead" or "Tech Lead" title as no manager when the listing says no one is in the charge of the role', () => {
    expect(callManagerRole('Tech Lead Frontend', 'Es un rol técnico: decides la arquitectura con el equipo, pero no tienes personas a cargo.').isManagerRole).toBe(false);
    expect(callManagerRole('Lead Developer', 'Eine Personalverantwortung ist mit dieser Rolle ausdrücklich nicht verbunden.').isManagerRole).toBe(false);
  });
});

describe('callManagerRole: a leading verb with a group or a count of people, in each word order', () => {
  it('reads German verb-second, object-first and verb-final clauses', () => {
    expect(is('Gärtner', 'Sie leiten eine Pflegekolonne aus vier Gärtnerinnen und Gärtnern.')).toBe(true);
    expect(is('Verkäufer', 'Als erfahrene Kraft führst du außerdem unser Marktteam in Ulm.')).toBe(true);
    expect(is('Koch', 'Sie sorgen für den Ablauf, indem Sie die sechs Beiköche an den Posten einteilen und anleiten.')).toBe(true);
    expect(is('Koch', 'Gemeinsam mit zwei Kollegen führen Sie die Inventur durch.')).toBe(false);
    expect(is('Koch', 'Sie führen die Gespräche mit dem Team.')).toBe(false);
  });

  it('reads Dutch separable verbs and "geef … leiding aan"', () => {
    expect(is('Hovenier', 'In het voorjaar stuur je de onderhoudsploeg aan.')).toBe(true);
    expect(is('Hovenier', 'Op grote klussen stuur je een ploeg van drie hoveniers aan.')).toBe(true);
    expect(is('Kok', 'In de keuken geef je samen met de chef leiding aan vijf koks.')).toBe(true);
    expect(is('Kok', 'Je kookt met drie collega\'s en valt onder de chef-kok.')).toBe(false);
  });

  it('reads French, Spanish and English verbs with the object after an adverb', () => {
    expect(is('Menuisier', 'Vous encadrerez également deux menuisiers et un apprenti.')).toBe(true);
    expect(is('Cocinero', 'Supervisarás a un equipo de 5 ayudantes de cocina.')).toBe(true);
    expect(is('Senior Ecologist', "You'll be responsible for our three field ecologists and their training.")).toBe(true);
    expect(is('Senior Ecologist', 'You report to the depot manager, who leads the night shift.')).toBe(false);
    expect(is('Senior Ecologist', 'Experience managing a team of four is welcome; this role has no line management.')).toBe(false);
  });

  it('does not read contractors, customers or a team calendar as people led', () => {
    expect(is('Site Engineer', 'You oversee three subcontractors on the new depot.')).toBe(false);
    expect(is('Technicien', 'Vous pilotez les prestataires et encadrez les chantiers.')).toBe(false);
    expect(is('Office Assistant', 'You manage the team calendar and book rooms.')).toBe(false);
    expect(is('Product Manager', 'You lead through the squad and its rituals, not through authority.')).toBe(false);
    expect(is('Adviseur', 'Je stuurt geen eigen team aan; je adviseert de ploegleiders.')).toBe(false);
    expect(is('Case Manager', 'Case Manager\nDepartment of Children and Family Services')).toBe(false);
  });

  it('counts the same words once when an older pattern already read them', () => {
    expect(is('Lead Data Scientist', "Ce qui n'est pas prévu : encadrer une équipe, si l'envie vous en vient, nous en parlerons. Le poste ne comporte pas d'encadrement.")).toBe(false);
  });

  it('reads leading denied after its noun: "leidinggeven hoort niet bij deze functie"', () => {
    expect(is('Lead Vertaler', 'Je vertaalt zelf. Leidinggeven hoort niet bij deze functie.')).toBe(false);
    expect(is('Lead Übersetzer', 'Personalführung gehört nicht zu den Aufgaben.')).toBe(false);
  });
});

describe('callManagerRole: a noun or verb of coordinating, the team and its headcount', () => {
  it('reads the team and a headcount after a colon or in brackets', () => {
    expect(is('Coordinador/a', '- Coordinación y gestión del equipo: 12 educadoras y educadores')).toBe(true);
    expect(is('Encargado/a de cosecha', '- Coordinar a las cuadrillas de cosecha (18 operadores de cosechadora)')).toBe(true);
  });
  it('does not read work coordinated without a team', () => {
    expect(is('Administrativo/a', '- Coordinación del equipo de ventas con el almacén y los transportistas')).toBe(false);
    expect(is('Event Coordinator', 'Coordination of the team offsite for 40 guests.')).toBe(false);
  });
});

describe('a team in a compound, a verb of driving a team, responsibility for a team', () => {
  const leads = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;
  it('reads a compound team noun after a verb of leading, with the reader inverted or not', () => {
    expect(leads('Mitarbeiter Logistik (m/w/d)', 'In der Spätschicht leiten Sie das Lager-Team und verteilen die Arbeit.')).toBe(true);
    expect(leads('Koch (m/w/d)', 'Du führst das Küchenteam und planst die Einsätze.')).toBe(true);
    expect(leads('Mitarbeiter Logistik (m/w/d)', 'Sie arbeiten im Lager-Team der Spätschicht und verteilen die Ware.')).toBe(false);
  });
  it('reads "conducir" or "conduire" a team of a stated size as leading it, and not driving a vehicle', () => {
    expect(leads('Auxiliar de almacén', 'Vas a conducir el equipo de 6 personas del turno de tarde.')).toBe(true);
    expect(leads('Vendeur conseil', 'Vous conduirez une équipe de 4 vendeurs.')).toBe(true);
    expect(leads('Repartidor/a', 'Vas a conducir el camión de reparto por la zona norte.')).toBe(false);
  });
  it('reads responsibility for a team as leading, unless it is denied', () => {
    expect(leads('Steuerberater (m/w/d)', 'Steuerberater (m/w/d) mit Teamverantwortung\n\nSie betreuen einen eigenen Mandantenstamm.')).toBe(true);
    expect(leads('Steuerberater (m/w/d)', 'Sie betreuen Mandanten, ohne Teamverantwortung.')).toBe(false);
    expect(leads('Steuerberater (m/w/d)', 'Sie betreuen Mandanten. Teamverantwortung haben Sie keine.')).toBe(false);
  });
});

describe('headcounts in words read from the shared number words', () => {
  // Each pattern read its own short list of number words; the shared list has seven, nine and
  // twelve in every language.
  it('reads a headcount of seven, nine or twelve in words, in five languages', () => {
    expect(is('Técnico', 'Quedan a su cargo nueve técnicos de mantenimiento.')).toBe(true);
    expect(is('Disponent', 'Du koordinierst das Team der Frühschicht (neun Fahrer).')).toBe(true);
    expect(is('Kapper', 'Je hebt twaalf vaste krachten onder je.')).toBe(true);
    expect(is('Mechaniker', 'Du hast neun Monteure unter dir.')).toBe(true);
    expect(is('Mécanicien', 'Vous aurez neuf compagnons sous vos ordres.')).toBe(true);
    expect(is('Fitter', "You'll have nine fitters under you.")).toBe(true);
  });
});

describe('leading said with a group of named roles, disciplinary authority, or people in the role\'s charge', () => {
  it('reads a verb of leading whose object names two or more roles, in five languages', () => {
    expect(is('Sales Assistant', "You'll lead the cashiers and the stock assistants on the late shift.")).toBe(true);
    expect(is('Verkäufer', 'Du führst die Verkäuferinnen und die Aushilfen im Markt.')).toBe(true);
    expect(is('Serveur', 'Vous dirigez les serveurs et les commis de salle.')).toBe(true);
    expect(is('Camarero', 'Dirigirás a los camareros y ayudantes de sala.')).toBe(true);
    expect(is('Magazijnmedewerker', 'Je stuurt de orderpickers en chauffeurs aan.')).toBe(true);
    expect(is('Koch', 'Sie leiten die Köche und Küchenhilfen und teilen die Schichten ein.')).toBe(true);
  });
  it('does not read people served, things with a person\'s ending, or "anleiten" as leading', () => {
    expect(is('Vendeur', 'Vous accueillez les clients et vous gérez les commandes et les livraisons.')).toBe(false);
    expect(is('Buyer', 'You will manage the tenders and offers for our suppliers.')).toBe(false);
    expect(is('Engineer', "You'll manage the sensors and actuators of the line.")).toBe(false);
    expect(is('Koch', 'Sie leiten die Auszubildenden und Praktikanten an.')).toBe(false);
    expect(is('Medewerker', 'Je helpt de klanten en de bezoekers bij de kassa.')).toBe(false);
  });
  it('reads disciplinary or hierarchical responsibility the role holds, in five languages', () => {
    expect(is('Lagerist', 'Sie tragen die disziplinarische Verantwortung für die Lagermitarbeitenden.')).toBe(true);
    expect(is('Warehouse Operative', 'You hold disciplinary responsibility for the warehouse operatives.')).toBe(true);
    expect(is('Technicien', 'Vous avez la responsabilité hiérarchique des techniciens du site.')).toBe(true);
    expect(is('Técnico', 'Tendrás la responsabilidad jerárquica del equipo de técnicos.')).toBe(true);
    expect(is('Monteur', 'Je draagt de hiërarchische verantwoordelijkheid voor de monteurs.')).toBe(true);
  });
  it('does not read it denied, held by someone else, or held over the reader', () => {
    expect(is('Technicien', "Vous n'avez pas la responsabilité hiérarchique de l'équipe.")).toBe(false);
    expect(is('Operative', 'You have no disciplinary responsibility for the crew.')).toBe(false);
    expect(is('Operative', 'The shift manager holds disciplinary responsibility for all operatives.')).toBe(false);
    expect(is('Lagerist', 'Die disziplinarische Verantwortung für dich trägt die Schichtleitung.')).toBe(false);
    expect(is('Técnico', 'Dependerás de la responsabilidad jerárquica del jefe de planta.')).toBe(false);
    expect(is('Monteur', 'Je hebt geen hiërarchische verantwoordelijkheid over de ploeg.')).toBe(false);
  });
  it('reads people "à votre charge", "à sa charge" of the post, or "onder jouw hoede"', () => {
    expect(is('Technicien', 'Vous aurez 6 agents à votre charge.')).toBe(true);
    expect(is('Technicien', 'Le poste a à sa charge quatre techniciens.')).toBe(true);
    expect(is('Monteur', 'Vier monteurs vallen onder jouw hoede.')).toBe(true);
    expect(is('Technicien', 'Le chef de chantier, qui a à sa charge quatre compagnons, vous forme.')).toBe(false);
    expect(is('Technicien', 'Le client prend à sa charge les frais de déplacement.')).toBe(false);
  });
  it('does not read leading a tour, a class, a course, a project or a vehicle', () => {
    expect(is('Museumsführer', 'Sie führen Besuchergruppen durch die Ausstellung.')).toBe(false);
    expect(is('Tour Guide', "You'll lead guided tours of the castle for groups of up to 30 visitors.")).toBe(false);
    expect(is('Professeur', 'Vous animez des ateliers et dirigez la classe de CM2.')).toBe(false);
    expect(is('Profesor', 'Dirigirás la clase de yoga y los cursos de verano.')).toBe(false);
    expect(is('Docent', 'Je leidt de cursus en begeleidt een groep van 12 cursisten.')).toBe(false);
    expect(is('Projektingenieur', 'Sie leiten Projekte mit einem Team von Fremdfirmen.')).toBe(false);
    expect(is('Fahrer', 'Du führst einen Gabelstapler und einen LKW.')).toBe(false);
    expect(is('Lehrer', 'Du leitest eine Klasse mit 25 Schülern.')).toBe(false);
  });
});

describe('organising the counted work of a group, and a charge said in the infinitive', () => {
  it('reads organising, planning or sharing out the work of a counted group, in five languages', () => {
    expect(is('Chef de partie viticole', "- organiser au quotidien le travail d'une équipe de 6 ouvriers viticoles et des saisonniers")).toBe(true);
    expect(is('Jardinier', "Vous organisez le travail d'une équipe de 4 saisonniers.")).toBe(true);
    expect(is('Fitter', 'You plan the daily work of a crew of five fitters.')).toBe(true);
    expect(is('Capataz', 'Organizarás el trabajo de un equipo de 8 personas en la finca.')).toBe(true);
    expect(is('Monteur', 'Du verteilst die Arbeit von vier Monteuren.')).toBe(true);
    expect(is('Monteur', 'Sie planen die Einsätze der sechs Monteure.')).toBe(true);
    expect(is('Hovenier', 'Je verdeelt het werk van een ploeg van zes hoveniers.')).toBe(true);
  });
  it('does not read the work of a thing, a tour or a class, someone else organising it, or a requirement', () => {
    expect(is('Ouvrier viticole', 'Vous organisez le travail de la vigne avec le chef de culture.')).toBe(false);
    expect(is('Analyst', 'You plan the work of the project with the team of 6 engineers.')).toBe(false);
    expect(is('Ouvrier', 'Vous rejoignez une équipe de 6 ouvriers dont le chef organise le travail.')).toBe(false);
    expect(is('Guide', 'Vous organisez le travail de la visite pour un groupe de 30 visiteurs.')).toBe(false);
    expect(is('Docent', 'Je plant de lessen van een klas van 25 leerlingen.')).toBe(false);
    expect(is('Analyst', 'Experience in organising the work of a team of 6 engineers.')).toBe(false);
  });
  it('reads a charge held in the infinitive of a list of duties, in five languages', () => {
    expect(is('Coordinador/a de Alberca', '- Tener a cargo al equipo de la alberca: 8 instructores de natación y 4 salvavidas')).toBe(true);
    expect(is('Técnico', '- Tener a su cargo un equipo de 5 técnicos.')).toBe(true);
    expect(is('Technicien', '- Avoir sous sa responsabilité une équipe de 5 agents')).toBe(true);
    expect(is('Technicien', "- Assurer la conduite d'une équipe de 3 techniciens")).toBe(true);
    expect(is('Groundsman', 'Have charge of a crew of four groundsmen.')).toBe(true);
    expect(is('Monteur', '- Verantwoordelijkheid dragen voor een ploeg van vijf monteurs')).toBe(true);
    expect(is('Técnico', 'No tendrás a nadie a cargo.')).toBe(false);
  });
});
