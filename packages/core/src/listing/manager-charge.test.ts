import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

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
