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

describe('callManagerRole: role nouns that name the supervisor of a crew, a shift or a shop', () => {
  it('reads the supervising noun of the title in five languages, with a quiet body', () => {
    expect(is('Encargada de sala', 'Restaurante de cocina vasca en el casco viejo.')).toBe(true);
    expect(is('Gobernanta', 'Hotel de playa con 200 habitaciones.')).toBe(true);
    expect(is('Ploegleider productie', 'Wij maken verpakkingen voor de voedingsindustrie.')).toBe(true);
    expect(is('Vorarbeiter Tiefbau', 'Wir bauen Kanäle und Straßen in der Region.')).toBe(true);
    expect(is('Chef de quai', 'Plateforme logistique frigorifique ouverte 6 jours sur 7.')).toBe(true);
    expect(is('Gouvernante générale', 'Résidence hôtelière de 90 chambres.')).toBe(true);
    expect(is('Head Housekeeper', 'A 60-room country house hotel.')).toBe(true);
  });
  it('needs the unit where the bare noun is also a hands-on title', () => {
    expect(is('Encargado de mantenimiento', 'Reparas calderas y bombas del edificio.')).toBe(false);
    expect(is('Chef de projet digital', 'Vous pilotez les refontes de sites.')).toBe(false);
  });
  it('does not read a contracted denial as people reporting to the role', () => {
    expect(is('Account Manager', "You won't have anyone reporting to you; you report to the Head of Sales.")).toBe(false);
    expect(is('Office Coordinator', "Nobody's line is yours, and you don't have anyone reporting to you.")).toBe(false);
    expect(is('Analyst', 'Four engineers report to you from day one.')).toBe(true);
  });
});

describe('callManagerRole: reports that are documents, not people', () => {
  it('reads "reports to you" as people only when no article, sender or kind of report stands before it', () => {
    expect(is('Account Manager', 'The platform sends weekly reports to you on each customer’s usage.')).toBe(false);
    expect(is('Customer Success Manager', 'Clients email their reports to you before each quarterly review.')).toBe(false);
    expect(is('Operations Analyst', 'A team of three planners reports to you.')).toBe(true);
    expect(is('Operations Analyst', 'Two planners report directly to you.')).toBe(true);
  });
});

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

describe('German and French ways of saying a role leads no one', () => {
  it('reads "Personalverantwortung hat die Stelle nicht" and "pas d\'encadrement"', () => {
    expect(callManagerRole('Produktmanagerin Ticketing', 'Du arbeitest eng mit dem Entwicklungsteam zusammen. Personalverantwortung hat die Stelle nicht, das Team gehört zur IT.').isManagerRole).toBe(false);
    expect(callManagerRole('Lead Développeur Mobile', 'Vous accompagnez deux développeurs juniors et savez encadrer une équipe technique. Le poste ne comporte pas d\'encadrement hiérarchique.').isManagerRole).toBe(false);
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

describe('callManagerRole: leading said without a leading verb and a group noun', () => {
  it('reads people placed under the role, in five languages', () => {
    expect(is('Werkstattmeister', 'Ihnen sind vier Kfz-Mechatroniker unterstellt, deren Einsätze Sie planen.')).toBe(true);
    expect(is('Gerätewart', 'Sie haben die Dienst- und Fachaufsicht über die Werkstatt.')).toBe(true);
    expect(is('Technicien de maintenance', 'Deux électriciens vous sont rattachés au quotidien.')).toBe(true);
    expect(is('Técnico de mantenimiento', 'Tres técnicos reportarán a ti en el turno de tarde.')).toBe(true);
    expect(is('Werkvoorbereider', 'Drie monteurs vallen direct onder jou.')).toBe(true);
    expect(is('Sachbearbeiter', 'Die Stelle ist der Abteilungsleitung unterstellt und umfasst keine Führungsaufgaben.')).toBe(false);
  });

  it('reads taking responsibility for a counted group of people', () => {
    expect(is('Senior Wind Turbine Technician', "You'll take responsibility for two junior technicians who work with you.")).toBe(true);
    expect(is('Technicien senior', 'Vous aurez la responsabilité de trois techniciens itinérants.')).toBe(true);
    expect(is('Monteur', 'Je draagt de verantwoordelijkheid voor twee leerling-monteurs.')).toBe(true);
    expect(is('Analyst', 'You take responsibility for the monthly reports.')).toBe(false);
  });

  it('reads appraisals at any interval as reviews of people in the role\'s charge', () => {
    expect(is('Senior Technician', 'You plan the rota and carry out their six-monthly appraisals.')).toBe(true);
    expect(is('Oberkellner', 'Du führst ihre halbjährlichen Beurteilungen.')).toBe(true);
  });

  it('reads the skipper of a boat and its crew in five languages', () => {
    expect(is('Patron de pêche', 'Commander le Ker-Anna (20 m) et son équipage de 5 marins.')).toBe(true);
    expect(is('Skipper', 'You skipper the Morwenna and her crew of four on day trips.')).toBe(true);
    expect(is('Patrón de pesca', 'Comandar el arrastrero y su tripulación de seis marineros.')).toBe(true);
    expect(is('Schipper', 'Je voert het bevel over de kotter en de bemanning van vijf.')).toBe(true);
    expect(is('Kapitän', 'Sie befehligen das Fahrgastschiff und seine Besatzung.')).toBe(true);
    expect(is('Deckhand', 'You work on deck as part of the crew.')).toBe(false);
  });

  it('does not read "who manages a team of" about someone else as the role', () => {
    expect(is('Data Analyst', 'You report to the Head of Analytics, who manages a team of eight.')).toBe(false);
    expect(is('Data Analyst', 'You join the Head of Analytics, who leads 12 analysts across three sites.')).toBe(false);
    expect(is('Analytics Lead', 'You will manage a team of eight analysts.')).toBe(true);
  });

  it('reads "who", "der" or "dat" only as whole words: "As shift leader you supervise" is the role', () => {
    expect(is('Senior Brewer', 'As shift leader you supervise the night shift.')).toBe(true);
    expect(is('Senior Brewer', 'You join the head brewer, who supervises the night shift.')).toBe(false);
  });
});

describe('callManagerRole: leading held by someone else', () => {
  it('does not read line management that sits with another person as the role', () => {
    expect(is('Senior Ecologist', 'You will mentor two graduate ecologists on site, though line management sits with our Principal Ecologist.')).toBe(false);
    expect(is('Senior Entwickler', 'Die disziplinarische Führung liegt bei der Bereichsleitung.')).toBe(false);
    expect(is('Team Leader', 'Line management of the four advisers is part of the job.')).toBe(true);
  });
});

describe('callManagerRole: people placed under the role, said from their side', () => {
  it('reads a group or a headcount that works under the role, in five languages', () => {
    expect(is('Banker Mason', 'Day to day the fixing gang – five masons and two labourers – works under you.')).toBe(true);
    expect(is('Técnico de sonido', 'En el montaje, la cuadrilla de sonido (4 técnicos) queda a tu cargo.')).toBe(true);
    expect(is('Maurer', 'Auf der Baustelle arbeitet die Kolonne aus vier Maurern unter deiner Leitung.')).toBe(true);
    expect(is('Cordiste', 'Sur chantier, les trois cordistes travaillent sous vos ordres.')).toBe(true);
    expect(is('Monteur', 'Op grote klussen valt de ploeg van drie monteurs onder jouw leiding.')).toBe(true);
  });

  it('reads a headcount put in the role\'s charge, with the charge first', () => {
    expect(is('Cordiste confirmé', 'Vous avez sous votre responsabilité deux cordées de trois techniciens cordistes.')).toBe(true);
    expect(is('Oficial de obra', 'Bajo tu mando, en la obra, trabajan seis operarios.')).toBe(true);
  });

  it('does not read work under someone else or under the role\'s own manager', () => {
    expect(is('Mason', 'You join a gang of five masons that works under the Clerk of Works.')).toBe(false);
    expect(is('Técnico de sonido', 'Formarás parte de la cuadrilla de sonido (4 técnicos) a cargo de nuestra jefa técnica.')).toBe(false);
    expect(is('Monteur', 'Je werkt in een ploeg van drie monteurs onder leiding van de uitvoerder.')).toBe(false);
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

describe('callManagerRole: people put under the role, taken up by a pronoun, or a charge with no verb', () => {
  it('reads people placed under the role with the verb before the pronoun, as German puts it after them', () => {
    expect(is('Kellermeister', 'Zwei Kellergehilfen und unsere Auszubildenden sind dir direkt unterstellt.')).toBe(true);
    expect(is('Werkstattmeister', 'Drei Mechaniker sind Ihnen fachlich und disziplinarisch unterstellt.')).toBe(true);
    expect(is('Sachbearbeiter', 'Die Stelle ist dem Werkleiter direkt unterstellt.')).toBe(false);
  });

  it('reads a pronoun that takes up the people just named after a verb of leading, training or reviewing, in five languages', () => {
    expect(is('Panadero', 'En el turno de noche trabajan contigo cuatro panaderos: los formas y evalúas cada año.')).toBe(true);
    expect(is('Technicien', "Deux apprentis rejoignent l'atelier ; vous les encadrez au quotidien.")).toBe(true);
    expect(is('Brauer', 'Zwei Azubis arbeiten in deiner Schicht; du bildest sie aus und teilst sie ein.')).toBe(true);
    expect(is('Monteur', 'Drie monteurs werken met jou op de bouwplaats en je stuurt ze aan.')).toBe(true);
    expect(is('Fitter', 'Two fitters and an apprentice join you on site, and you supervise them day to day.')).toBe(true);
  });

  it('does not read a pronoun for things, customers, or people who lead someone else', () => {
    expect(is('Administrativo', 'Los pedidos llegan a diario: los revisas y los registras.')).toBe(false);
    expect(is('Conseiller', 'Nos clients nous écrivent chaque jour ; vous les conseillez.')).toBe(false);
    expect(is('Lagerist', 'Zwei Kollegen führen sie durch das Lager.')).toBe(false);
    expect(is('Support Agent', 'Our customers call with questions and you help them.')).toBe(false);
  });

  it('reads a line or a bullet that starts with the charge of a group, with no verb, in five languages', () => {
    expect(is('Encargado/a de jardinería', '- Responsable de una cuadrilla de 6 jardineros en el mantenimiento de urbanizaciones')).toBe(true);
    expect(is('Senior Groundsman', '- Responsible for a crew of four on the two pitches')).toBe(true);
    expect(is('Bäcker', '• Verantwortlich für das Team der Spätschicht')).toBe(true);
    expect(is('Agent de sécurité', "- Responsable d'une équipe de 5 agents sur le site")).toBe(true);
    expect(is('Hovenier', '- Verantwoordelijk voor een ploeg van zes hoveniers')).toBe(true);
  });

  it("does not read someone else's charge named mid-sentence, or a charge of things", () => {
    expect(is('Agent de sécurité', "Tu travailles avec le responsable de l'équipe de nuit.")).toBe(false);
    expect(is('Office Assistant', 'Responsible for the team calendar and the post.')).toBe(false);
  });

  it("does not read another person's title, after an article, as the role's verb", () => {
    expect(is('Product Owner senior', "Tu rejoins la squad Réservation et tu travailles avec l'Engineering Manager de la squad.")).toBe(false);
    expect(is('Product Owner senior', 'Tu vas manager la squad de 6 développeurs.')).toBe(true);
  });

  it('reads a verb phrase whose last word is an elided or contracted preposition, in French and Spanish', () => {
    expect(is('Chef de cave', 'Vous êtes responsable d’une équipe de 4 cavistes et des vendangeurs.')).toBe(true);
    expect(is('Chef de cave', "Vous aurez la charge d'une équipe de six ouvriers viticoles.")).toBe(true);
    expect(is('Capataz forestal', 'Estarás a cargo del equipo de poda (8 operarios) durante la campaña.')).toBe(true);
    expect(is('Técnico de producto', 'Serás responsable del backlog del equipo y de las pruebas.')).toBe(false);
  });

  it('reads a noun of leading with its group or its headcount and no verb, in five languages', () => {
    expect(is('Werkstattkoordinator', 'Ihre Aufgaben:\n- Führung der Werkstattmannschaft im Zweischichtbetrieb')).toBe(true);
    expect(is('Coordinatrice', 'Missions : encadrement de 7 personnes sur deux sites.')).toBe(true);
    expect(is('Coördinator', 'Je taken: aansturing van 12 monteurs in de buitendienst.')).toBe(true);
    expect(is('Coordinador', 'Funciones:\n- Jefatura del equipo de mantenimiento')).toBe(true);
    expect(is('Shift Coordinator', 'Duties:\n- Supervision of the night shift: 9 operators')).toBe(true);
    expect(is('Planner', 'Experience in management of 5 people is welcome.')).toBe(false);
    expect(is('Coordinatrice', "Missions : gestion des commandes et direction de 3 chantiers avec l'architecte.")).toBe(false);
  });

  it('reads that nobody is placed under the role, in five languages', () => {
    expect(is('Lead Designer', 'You lead the design work on checkout; there is no one working under you.')).toBe(false);
    expect(is('Teamlead Data', 'Sie verantworten die Datenplattform; Ihnen sind keine Mitarbeitenden unterstellt.')).toBe(false);
    expect(is('Lead développeur', 'Vous portez la technique du produit ; personne ne vous sera rattaché.')).toBe(false);
    expect(is('Líder técnico', 'Defines la arquitectura, pero no tendrás a nadie a tu cargo.')).toBe(false);
    expect(is('Lead Engineer', 'Je bepaalt de techniek; je hebt geen mensen onder je.')).toBe(false);
  });

  it('reads that the people named report to someone else, not to the role, in five languages', () => {
    expect(is('Lead Technician', 'The two juniors on your shift report to the Site Manager, not to you.')).toBe(false);
    expect(is('Lead Monteur', 'Die Monteure sind der Werkstattleitung unterstellt, nicht Ihnen.')).toBe(false);
    expect(is('Lead technicien', "Les techniciens sont rattachés au chef d'atelier, pas à vous.")).toBe(false);
    expect(is('Técnico líder', 'Los técnicos dependen del jefe de taller, no de ti.')).toBe(false);
    expect(is('Lead monteur', 'De monteurs vallen onder de teamleider, niet onder jou.')).toBe(false);
    expect(is('Shift Lead', 'Six operators report to you, not to the plant manager.')).toBe(true);
  });

  it("reads a profile table's field that counts no reports, in five languages", () => {
    expect(is('Lead Analyst', 'Reports to | Head of Data\nDirect reports | 0\nLocation | Leeds')).toBe(false);
    expect(is('Lead Analyst', 'Reports to | Head of Data\nDirect reports | 3\nLocation | Leeds')).toBe(true);
    expect(is('Teamlead Controlling', 'Personalverantwortung: keine')).toBe(false);
    expect(is('Chef de projet', "Encadrement : non\nLieu : Nantes")).toBe(false);
    expect(is('Jefe de proyecto', 'Personas a cargo: ninguna')).toBe(false);
    expect(is('Teamleider', 'Leidinggevende taken: nee')).toBe(false);
  });
});

describe('callManagerRole: people placed under the role, said from their side', () => {
  it('reads a long German subject between "sind" and "unterstellt", and the inverted order', () => {
    expect(is('Kfz-Meister', 'Ihnen sind die sechs Mechatroniker und die beiden Auszubildenden direkt unterstellt.')).toBe(true);
    expect(is('Polier', 'Unterstellt sind Ihnen vier Maurer und ein Kranführer.')).toBe(true);
  });
  it('reads "que dependen de ti" and its kin in five languages after the people named', () => {
    expect(is('Inspector/a de Servicios', 'Serás responsable de 14 servicios y de los 62 vigilantes asignados a ellos, que dependen de ti.')).toBe(true);
    expect(is('Responsable logistique', "Vous organisez le quai ; les 5 caristes, qui dépendent directement de vous, tournent en 2x8.")).toBe(true);
    expect(is('Werkstattmeister', 'Sie planen den Tag mit sechs Monteuren, die Ihnen direkt unterstellt sind.')).toBe(true);
    expect(is('Werkvoorbereider', 'Je plant de klussen van vier monteurs die onder jou vallen.')).toBe(true);
  });
  it('does not read a thing that depends on you', () => {
    expect(is('Asesor/a comercial', 'El éxito de las 3 campañas depende de ti y de tu equipo de marketing.')).toBe(false);
    expect(is('Vendeur', 'Les résultats du magasin dépendent de vous.')).toBe(false);
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

describe('callManagerRole: a support or care role named like a leader', () => {
  it('reads the noun a German compound ends in, not the letters "leiter" inside it', () => {
    expect(is('Schulbegleiter/in (Integrationshelfer/in)', 'Du begleitest ein Kind im Unterricht und in den Pausen.')).toBe(false);
    expect(is('Schulbegleitung (m/w/d)', 'Du begleitest ein Kind im Unterricht.')).toBe(false);
    expect(is('Praxisanleiter (m/w/d) Pflege', 'Du leitest unsere Auszubildenden auf der Station praktisch an.')).toBe(false);
    expect(is('Prozessingenieur Halbleiter', 'Sie optimieren die Prozesse der Fertigung.')).toBe(false);
    expect(is('Werkstattleiter/in', 'Sie führen die Werkstatt.')).toBe(true);
    expect(is('Marketingleiter', 'Sie verantworten das Marketing.')).toBe(true);
  });
  it('does not read accompanying a group as leading it, in any language', () => {
    expect(is('Woonbegeleider', 'Je begeleidt een groep van 8 jongeren in hun dagelijks leven.')).toBe(false);
    expect(is('Accompagnant éducatif et social', 'Vous accompagnez un groupe de 6 résidents au quotidien.')).toBe(false);
    expect(is('Acompañante de transporte escolar', 'Acompañas a un grupo de 20 niños en la ruta.')).toBe(false);
    expect(is('Support Worker', 'You support a group of 5 residents in their daily lives.')).toBe(false);
  });
  it('reads a coordinator of a place and a gender slash form as the title of a leader', () => {
    expect(is('Coordinador/a de Escuela Infantil', 'Escuela de 7 aulas en Palma.')).toBe(true);
    expect(is('Encargado/a de tienda', 'Tienda de deportes en Jaén.')).toBe(true);
  });
});

describe('callManagerRole: people under the role, reviews it holds, a branch it runs, and a leading verb denied', () => {
  it('reads people the role has under it, in five languages', () => {
    expect(is('Uitvaartverzorger', 'Je hebt twee vaste assistenten en onze dragers onder je: jij maakt de planning.')).toBe(true);
    expect(is('Head Gardener', "You'll have two gardeners and the apprentice under you.")).toBe(true);
    expect(is('Gärtner (m/w/d)', 'Du hast drei Gesellen und den Azubi unter dir.')).toBe(true);
    expect(is('Jardinier', 'Vous aurez deux ouvriers paysagistes sous vos ordres.')).toBe(true);
    expect(is('Jardinero/a', 'Tendrás dos ayudantes de jardinería bajo tu mando.')).toBe(true);
  });
  it('does not read working under someone, or nobody under the role', () => {
    expect(is('Uitvaartassistent', 'Je werkt onder de uitvaartverzorger en hebt geen mensen onder je.')).toBe(false);
    expect(is('Gardener', 'You work under the head gardener on the estate.')).toBe(false);
    expect(is('Gärtner (m/w/d)', 'Du arbeitest unter der Leitung unseres Meisters.')).toBe(false);
  });
  it('reads the staff reviews the role holds itself, and not those held with the applicant', () => {
    expect(is('Fahrradmonteur (m/w/d)', 'Du teilst die Aufträge zu und führst die jährlichen Feedbackgespräche.')).toBe(true);
    expect(is('Uitvaartverzorger', 'Je voert elk halfjaar met hen het functioneringsgesprek.')).toBe(true);
    expect(is('Fahrradmonteur (m/w/d)', 'Wir führen jährliche Feedbackgespräche mit dir.')).toBe(false);
    expect(is('Monteur', 'Elk jaar voert je leidinggevende met jou het functioneringsgesprek.')).toBe(false);
  });
  it('reads the head of a branch as a leader', () => {
    expect(is('Encargado/a de Sucursal', 'Atender a las familias y registrar servicios.')).toBe(true);
    expect(is('Encargado/a de mantenimiento', 'Reparaciones en la sucursal.')).toBe(false);
  });
  it('reads a leading verb denied with no one as its object, in five languages, over a leader-sounding title', () => {
    expect(is('Ticketing & CRM Lead', 'Despite the title, this post does not manage staff.')).toBe(false);
    expect(is('Lead Imker', 'Ondanks de titel geef je geen leiding: de seizoenskrachten vallen onder de bedrijfsleider.')).toBe(false);
    expect(is('Lead Monteur', 'Je stuurt geen medewerkers aan.')).toBe(false);
    expect(is('Lead Entwickler', 'Du führst keine Mitarbeitenden, du entwickelst.')).toBe(false);
    expect(is('Lead développeur', "Vous n'encadrez personne.")).toBe(false);
    expect(is('Lead de mecánica', 'No dirige a nadie.')).toBe(false);
  });
  it('reads a leader-sounding title as before when no verb is denied', () => {
    expect(is('Lead Imker', 'Je geeft dagelijks leiding aan vier seizoenskrachten.')).toBe(true);
    expect(is('Ticketing Lead', 'You manage the box office staff.')).toBe(true);
  });
  it('reads "ni" and "nor" as carrying a negation to what follows', () => {
    expect(is('Mecánico/a de bicicletas', 'El puesto no incluye responsabilidades de coordinación ni personas a cargo.')).toBe(false);
    expect(is('Encargado/a', 'El puesto incluye la coordinación y personas a cargo.')).toBe(true);
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
