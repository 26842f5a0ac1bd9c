import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { fitSignals } from './fit-signals';
import { detectWorkplace, silentOnRemote } from './workplace';

describe('detectWorkplace: a count of office or home days a week is hybrid', () => {
  it('reads the days in each language, whichever side they are counted from', () => {
    expect(detectWorkplace('Based in our Leeds office, with two days a week working from home.')).toBe('hybrid');
    expect(detectWorkplace('Mobiles Arbeiten bis zu 3 Tage pro Woche, sonst im Büro.')).toBe('hybrid');
    expect(detectWorkplace('Poste basé à Nantes, télétravail 2 jours par semaine.')).toBe('hybrid');
    expect(detectWorkplace('Oficina en Sevilla; 1 día de teletrabajo por semana.')).toBe('hybrid');
    expect(detectWorkplace('Op kantoor in Gouda, 2 dagen per week thuiswerken.')).toBe('hybrid');
  });
  it('leaves a five-day week and a part-time count alone', () => {
    expect(detectWorkplace('In the office five days a week at our Leeds site.')).toBe('onsite');
    expect(detectWorkplace('Part-time, 3 days a week.')).toBeNull();
  });
});

describe('detectWorkplace: remote offered as a choice, or with rare visits, is remote', () => {
  it('reads "remote or the office" and "office or remote"', () => {
    expect(detectWorkplace('Remote from anywhere in Spain, or our Madrid office if you prefer.')).toBe('remote');
    expect(detectWorkplace('Arbeitsort: Köln oder remote.')).toBe('remote');
    expect(detectWorkplace('Location: Austin, TX (Remote OK)')).toBe('remote');
  });
  it('reads mostly-remote work and visits once a month or rarer', () => {
    expect(detectWorkplace('Du arbeitest überwiegend mobil, gelegentlich in Kassel.')).toBe('remote');
    expect(detectWorkplace('Teletrabajo con una visita a la oficina de Vigo 1 vez al mes.')).toBe('remote');
    expect(detectWorkplace('Remote, with a trip to the Lisbon hub once a quarter.')).toBe('remote');
  });
  it('keeps a line that names the hybrid week first as hybrid', () => {
    expect(detectWorkplace('Hybride: deels bij de klant, deels thuis of op ons kantoor.')).toBe('hybrid');
  });
});

describe('detectWorkplace: a place of work named in German, French, Spanish or Dutch is on site', () => {
  it('reads "an unserem Standort" and "in de winkel"', () => {
    expect(detectWorkplace('Ein unbefristeter Arbeitsplatz an unserem Standort Kassel.')).toBe('onsite');
    expect(detectWorkplace('Je werkt in de winkel, ook op zaterdag.')).toBe('onsite');
    expect(detectWorkplace('Vous travaillez dans notre magasin de Tours.')).toBe('onsite');
  });
});

describe('detectWorkplace: negations, indirect wording and board fields', () => {
  it('reads "no home working" in five languages as on site', () => {
    expect(detectWorkplace('Please note the role is not suitable for home working.')).toBe('onsite');
    expect(detectWorkplace('Homeoffice ist leider nicht möglich, wir arbeiten in der Werkstatt.')).toBe('onsite');
    expect(detectWorkplace('Télétravail non possible sur ce poste.')).toBe('onsite');
    expect(detectWorkplace('Puesto sin opción de teletrabajo.')).toBe('onsite');
    expect(detectWorkplace('Geen thuiswerkmogelijkheden: je werkt in de showroom.')).toBe('onsite');
  });
  it('reads an office base, work on the premises and "from our office" as on site', () => {
    expect(detectWorkplace('Office-based at our Leith yard, Monday to Friday.')).toBe('onsite');
    expect(detectWorkplace('You will be based at our Crewe depot with the drivers.')).toBe('onsite');
    expect(detectWorkplace('Travail sur place, horaires de journée.')).toBe('onsite');
    expect(detectWorkplace('Je werkt vanuit ons kantoor in Zwolle.')).toBe('onsite');
  });
  it('reads a few days at home as hybrid, and a weekly team day as hybrid even when remote is offered', () => {
    expect(detectWorkplace('Salary £40K · A few days at home allowed · Leeds')).toBe('hybrid');
    expect(detectWorkplace('Remote of hybride. Op de teamdag (dinsdag) zien we je graag in Utrecht.')).toBe('hybrid');
    expect(detectWorkplace('Remote or office, as you like; every Monday in the office for planning.')).toBe('hybrid');
  });
  it('takes the board metadata segment', () => {
    expect(detectWorkplace('Data Engineer\nLima · Remoto · Tiempo completo\nTrabajarás con datos.')).toBe('remote');
    expect(detectWorkplace('Robotics Engineer\nEngineering / Full-time / On-site\nWe build arms.')).toBe('onsite');
    expect(detectWorkplace('Trabajo remoto desde cualquier ciudad de Chile.')).toBe('remote');
  });
  it('does not read a figure of speech as remote', () => {
    expect(detectWorkplace('Our forklifts don\'t work from home, and neither do spreadsheets.')).toBeNull();
  });
});

describe('detectWorkplace: work that happens in one place, when nothing else is said, is on site', () => {
  it('reads building sites, wards, production, rounds and shift patterns in five languages', () => {
    expect(detectWorkplace('Sie koordinieren drei Baustellen im Raum Kassel und nehmen Gewerke ab.')).toBe('onsite');
    expect(detectWorkplace('Vous organisez les chantiers de rénovation et suivez les sous-traitants.')).toBe('onsite');
    expect(detectWorkplace('Serás responsable de la obra desde el replanteo hasta la entrega.')).toBe('onsite');
    expect(detectWorkplace('Je stuurt het team op de bouwplaats aan en bewaakt de planning.')).toBe('onsite');
    expect(detectWorkplace('L\'atelier tourne en 3x8 et vous êtes garant des arrêts programmés.')).toBe('onsite');
    expect(detectWorkplace('You run the night crew on the production line at our bakery.')).toBe('onsite');
    expect(detectWorkplace('La unidad tiene 28 camas de medicina interna.')).toBe('onsite');
  });
  it('does not take software or a remote statement for a place', () => {
    expect(detectWorkplace('You design the data warehouse and its dbt models.')).toBeNull();
    expect(detectWorkplace('Fully remote. You build the app our warehouse teams use on their scanners.')).toBe('remote');
  });
});

describe('detectWorkplace: split weeks, fields, questions and negated fields', () => {
  it('reads a count of days on each side of the week as hybrid, without "a week"', () => {
    expect(detectWorkplace('Arbeitsmodell: 2 Tage im Werk vor Ort, 3 Tage mobil.')).toBe('hybrid');
    expect(detectWorkplace('Modalidad: 3 días presencial en la oficina de Bilbao y 2 en remoto.')).toBe('hybrid');
    expect(detectWorkplace('Híbrido: dos días en nuestras oficinas y tres días de teletrabajo.')).toBe('hybrid');
    expect(detectWorkplace('Werkplek: kantoor in Breda, één dag per week thuiswerken.')).toBe('hybrid');
    expect(detectWorkplace('Telewerk mogelijk 2 dagen per week.')).toBe('hybrid');
    expect(detectWorkplace('Une journée de télétravail par semaine après la période d\'essai.')).toBe('hybrid');
  });
  it('keeps a remote week with a monthly visit remote, in words as well as figures', () => {
    expect(detectWorkplace('Arbeitsort: Homeoffice (ca. 50 % Reisen), Teamtreffen einmal im Monat in Köln.')).toBe('remote');
    expect(detectWorkplace('Télétravail complet, une fois par mois au siège.')).toBe('remote');
  });
  it('takes a labelled workplace field when no week is described', () => {
    expect(detectWorkplace('Vacature\nWerklocatie:\tOp locatie\nThuiswerken kan soms in overleg.')).toBe('onsite');
    expect(detectWorkplace('Workplace type: Hybrid\nYou join the Leeds team.')).toBe('hybrid');
  });
  it('reads no statement into a question', () => {
    expect(detectWorkplace('Can I work fully remote? No: two days a week are spent in the Lille office.')).toBe('hybrid');
  });
  it('reads a remote field answered no, and a negation with words between, as on site', () => {
    expect(detectWorkplace('Télétravail : non, le poste est en boutique.')).toBe('onsite');
    expect(detectWorkplace('Homeoffice ist wegen der Arbeit an den Anlagen nicht möglich.')).toBe('onsite');
    expect(detectWorkplace('Thuiswerken is in deze functie helaas niet mogelijk.')).toBe('onsite');
  });
  it('reads 100 % remote in Spanish word forms', () => {
    expect(detectWorkplace('Somos una empresa 100% remota.')).toBe('remote');
    expect(detectWorkplace('Esquema 100% home office.')).toBe('remote');
  });
});

describe('silentOnRemote: a whole listing that names no remote work is worked on site', () => {
  const listing = (extra: string) =>
    ['Verkäufer (m/w/d)', 'Sportkontor Weber · Erfurt · Teilzeit', '', 'Deine Aufgaben', '- Beratung unserer Kundschaft zu Laufschuhen und Trainingsplänen', '- Kasse, Warenannahme und Präsentation der neuen Kollektionen', '- Organisation von Lauftreffs am Samstag', '', 'Dein Profil', '- Erfahrung im Einzelhandel oder im Vereinssport', '- Freundliches Auftreten und Zuverlässigkeit', extra, '', 'Wir bieten', '- Personalrabatt und Zuschuss zur Laufanalyse', 'Jetzt bewerben'].join('\n');
  it('is true for a listing silent about remote work', () => {
    expect(silentOnRemote(listing('- Freude am Sport'))).toBe(true);
  });
  it('is false when any remote, home, hybrid or flexible working word appears', () => {
    expect(silentOnRemote(listing('- Homeoffice an Bürotagen nach Absprache'))).toBe(false);
    expect(silentOnRemote(listing('- Flexible working around school hours'))).toBe(false);
    expect(silentOnRemote(listing('- Hybride samenwerking'))).toBe(false);
  });
  it('is false for a sentence or a fragment', () => {
    expect(silentOnRemote('Cashier wanted, apply in store.')).toBe(false);
  });
  it('is the one answer of the listing tab and the culture-fit check', () => {
    const text = listing('- Freude am Sport');
    expect(detectWorkplace(text)).toBe('onsite');
    expect(fitSignals(text).workplace).toBe(analyzeListing(text).workplace);
    expect(detectWorkplace(text, true)).toBe('remote');
    expect(detectWorkplace('You design the data warehouse and its dbt models.')).toBeNull();
  });
});

describe('a labelled field and field work', () => {
  it('takes a labelled workplace field with details over a board tag', () => {
    expect(detectWorkplace('Tester de Videojuegos\nEn remoto · Jornada completa\n\nModalidad: híbrida, según el calendario del equipo.')).toBe('hybrid');
  });
  it('reads field work with a weekly office day as on site', () => {
    expect(detectWorkplace('Delegado comercial. Trabajo de campo visitando cooperativas; los lunes, un día a la semana en nuestra oficina de Albacete.')).toBe('onsite');
  });
});

describe('home days, a board tag the body contradicts, and the nature of the work', () => {
  it('reads "no working from home" and "no homeworking" as on site', () => {
    expect(detectWorkplace('Farm Manager\nThis job is at sea and on the shore base. There is no working from home.')).toBe('onsite');
    expect(detectWorkplace('This is a field role: site work, no homeworking.')).toBe('onsite');
  });
  it('reads "fully" with a word for home as remote in five languages', () => {
    expect(detectWorkplace('Je werkt volledig vanuit huis. Eén keer per maand is er een teamdag op ons kantoor in Utrecht.')).toBe('remote');
    expect(detectWorkplace('Sie arbeiten vollständig von zu Hause; einmal im Quartal treffen wir uns in Köln.')).toBe('remote');
    expect(detectWorkplace('Vous travaillez entièrement à distance, avec un séminaire par an.')).toBe('remote');
    expect(detectWorkplace('Trabajarás totalmente desde casa.')).toBe('remote');
  });
  it('reads office or team days in the plural with their weekdays as a hybrid week', () => {
    expect(detectWorkplace('Zwei feste Bürotage im Verlag (Dienstag und Donnerstag), den Rest kannst du mobil arbeiten.')).toBe('hybrid');
    expect(detectWorkplace('Werken: vaste kantoordagen op dinsdag en donderdag, de rest thuis of op kantoor.')).toBe('hybrid');
  });
  it('reads Telearbeit as home work, and Telearbeit in small measure as on site', () => {
    expect(detectWorkplace('Wir bieten: Telearbeit an bis zu zwei Tagen pro Woche nach der Einarbeitung.')).toBe('hybrid');
    expect(detectWorkplace('Wir bieten: die Möglichkeit zur Telearbeit nach Absprache in geringem Umfang.')).toBe('onsite');
  });
  it('reads a hybrid board tag as on site when the body names the place and no home work', () => {
    const body = (tag: string, line: string) => ['Immobilienberater (m/w/d)', `Gruber GmbH · Regensburg, Bayern ${tag}`, '', 'Deine Aufgaben', '- Akquise und Bewertung von Häusern', line].join('\n');
    expect(detectWorkplace(body('(Hybrid)', 'Deine Tage verbringst du im Büro am Haidplatz und bei Besichtigungen vor Ort.'))).toBe('onsite');
    expect(detectWorkplace(body('(Hybrid)', 'Zwei Tage pro Woche arbeitest du im Homeoffice.'))).toBe('hybrid');
    expect(detectWorkplace(body('(Hybrid)', 'Dienstags und donnerstags sind wir im Büro.'))).toBe('hybrid');
    expect(detectWorkplace('Superviseur de production\nPoitiers · Temps plein · Télétravail partiel · Production\n\nTravail en 2x8 du lundi au vendredi.\nPoste sur site, en zone à atmosphère contrôlée.')).toBe('onsite');
    expect(detectWorkplace('Landmeter\nWerkplek\tHybride (kantoor en buiten)\nJe bent vaak buiten op de bouwplaats en verwerkt de metingen op kantoor.')).toBe('onsite');
  });
  it('reads the employer\'s own place of work, and chairside work, as on site', () => {
    expect(detectWorkplace('Sie erstellen die Lohnabrechnungen mit DATEV. Arbeit in unserer Kanzlei am Markt.')).toBe('onsite');
    expect(detectWorkplace('Je werkt vanuit ons uitvaartcentrum en bij families thuis.')).toBe('onsite');
    expect(detectWorkplace('Als ploegbaas stuur je een ploeg aan op onze werven bij particulieren.')).toBe('onsite');
    expect(detectWorkplace('Groepspraktijk zoekt tandartsassistent: assisteren aan de stoel, sterilisatie en onthaal.')).toBe('onsite');
  });
});

describe('detectWorkplace: office days without home days', () => {
  it('reads a count of days a week in the office or on site as on site when no home or remote work is named', () => {
    expect(detectWorkplace('Work location: our Raleigh office, with visits to your sites three to four days a week.')).toBe('onsite');
    expect(detectWorkplace('Je bent 4 dagen per week bij ons op kantoor in Haarlem.')).toBe('onsite');
    expect(detectWorkplace('Du bist vier Tage pro Woche bei uns im Büro in Kassel.')).toBe('onsite');
    expect(detectWorkplace('Vous êtes au bureau de Lille 4 jours par semaine.')).toBe('onsite');
    expect(detectWorkplace('Trabajarás 4 días por semana en la oficina de Sevilla.')).toBe('onsite');
  });

  it('still reads the week as hybrid when home, remote or mobile work is named', () => {
    expect(detectWorkplace('Hybrid: 3 days a week in the office, the rest from home.')).toBe('hybrid');
    expect(detectWorkplace('Drie dagen per week op kantoor, de rest thuis.')).toBe('hybrid');
    expect(detectWorkplace('Flexible Arbeitszeiten, 2 Tage pro Woche im Vereinsheim, den Rest mobil.')).toBe('hybrid');
    expect(detectWorkplace('Vous êtes au bureau 3 jours par semaine, le reste en télétravail.')).toBe('hybrid');
  });
});

describe('detectWorkplace: workplace said indirectly', () => {
  it('reads the office days named and home the rest of the week as hybrid, over a board tag', () => {
    expect(detectWorkplace('Stoke-on-Trent · Remote\nFull-time · Associate\n\nWhere we work: in the office at our Longton site Tuesday to Thursday, home the rest of the week.')).toBe('hybrid');
    expect(detectWorkplace('Los martes y jueves en la oficina de Sevilla, el resto de la semana desde casa.')).toBe('hybrid');
    expect(detectWorkplace('Au bureau de Lyon le mardi et le jeudi, le reste de la semaine en télétravail.')).toBe('hybrid');
  });

  it('reads "mobile Arbeit" and "mobilen Arbeiten" as home work', () => {
    expect(detectWorkplace('Mobile Arbeit an bis zu zwei Tagen pro Woche, sonst am Standort.')).toBe('hybrid');
    expect(detectWorkplace('Die Möglichkeit zum mobilen Arbeiten an einem Tag pro Woche.')).toBe('hybrid');
  });

  it('reads rounds to customers, farms or homes as on site, in five languages', () => {
    expect(detectWorkplace('Je bezoekt bedrijven en particulieren in Brabant om muizen en ratten te bestrijden.')).toBe('onsite');
    expect(detectWorkplace('You visit farms across the county to test the herds.')).toBe('onsite');
    expect(detectWorkplace('Sie besuchen unsere Kunden in ganz Franken und warten ihre Heizungen.')).toBe('onsite');
    expect(detectWorkplace('Vous vous rendez chez les particuliers pour installer les alarmes.')).toBe('onsite');
    expect(detectWorkplace('Visitarás a clientes de la zona para revisar sus calderas.')).toBe('onsite');
  });

  it('reads home work offered now and then as hybrid, and "only occasionally" as on site, in five languages', () => {
    expect(detectWorkplace('Based at our Hull office, with occasional home working by agreement.')).toBe('hybrid');
    expect(detectWorkplace('Gelegentliches Homeoffice nach Absprache, sonst arbeiten Sie in unserer Zentrale.')).toBe('hybrid');
    expect(detectWorkplace('Poste basé à Rennes, télétravail ponctuel possible.')).toBe('hybrid');
    expect(detectWorkplace('Trabajo en nuestras oficinas de Bilbao con teletrabajo ocasional.')).toBe('hybrid');
    expect(detectWorkplace('Je werkt op ons kantoor in Zwolle en af en toe vanuit huis.')).toBe('hybrid');
    expect(detectWorkplace('Mobiles Arbeiten ist wegen der Laborarbeit nur gelegentlich möglich.')).toBe('onsite');
    expect(detectWorkplace('Remote eligible with occasional travel to our Leeds office.')).toBe('remote');
  });
});

describe('a hybrid vehicle says nothing of the workplace', () => {
  it('reads past a hybrid drive in five languages and either word order', () => {
    const garage = (line: string) => `Mechanic\n${line}\nBased at our Leeds depot.`;
    expect(detectWorkplace(garage('Work on hybrid and electric vehicles.'))).toBe('onsite');
    expect(detectWorkplace(garage('Arbeit an Hybrid- und Elektrofahrzeugen.'))).toBe('onsite');
    expect(detectWorkplace(garage('Connaissance des véhicules hybrides et électriques.'))).toBe('onsite');
    expect(detectWorkplace(garage('Experiencia con vehículos híbridos y eléctricos.'))).toBe('onsite');
    expect(detectWorkplace(garage('Werken aan hybride en elektrische wagens.'))).toBe('onsite');
  });
  it('still reads a hybrid week beside a car benefit', () => {
    expect(detectWorkplace('Hybrid, car allowance and pension.')).toBe('hybrid');
    expect(detectWorkplace('Modelo híbrido: 3 días en la oficina y 2 en casa. Coche de empresa.')).toBe('hybrid');
  });
});

describe('silentOnRemote: a whole listing written in a few paragraphs', () => {
  it('counts sentences as well as lines', () => {
    const text = [
      'Beveiliger Objectbeveiliging (32-40 uur)',
      'Schildwacht Beveiliging B.V. · Rotterdam · € 15,20 per uur',
      '',
      'Als beveiliger bij een distributiecentrum controleer je vrachtwagens en bezoekers bij de poort. Je loopt rondes met de ronde-app en houdt de camera\'s in de gaten. Je werkt in wisselende diensten, ook \'s nachts.',
      '',
      'Eisen: diploma Beveiliger 2, geldige beveiligingspas, VOG, rijbewijs B.',
    ].join('\n');
    expect(silentOnRemote(text)).toBe(true);
    expect(detectWorkplace(text)).toBe('onsite');
  });
  it('is still false for a short paragraph', () => {
    expect(silentOnRemote('Cook wanted. Apply in store. Good pay. Nice team. Start now. Call us.')).toBe(false);
  });
});

describe('detectWorkplace: work denied a home, and an employer that is itself remote', () => {
  it('reads work that cannot be done from home as on site, in five languages', () => {
    expect(detectWorkplace('Deze functie is niet geschikt om vanuit huis te doen; je werkt in de werkplaats.')).toBe('onsite');
    expect(detectWorkplace('This work cannot be done from home: you are in the workshop.')).toBe('onsite');
    expect(detectWorkplace('Die Tätigkeit ist nicht für das Homeoffice geeignet.')).toBe('onsite');
    expect(detectWorkplace("Le poste n'est pas compatible avec le télétravail.")).toBe('onsite');
    expect(detectWorkplace('El puesto no es compatible con el teletrabajo.')).toBe('onsite');
  });
  it('reads a company that works remotely as remote, in five languages', () => {
    expect(detectWorkplace('We zijn een remote bedrijf met collega’s door heel Nederland.')).toBe('remote');
    expect(detectWorkplace('Wir sind ein Remote-Unternehmen mit Kolleg:innen in ganz Europa.')).toBe('remote');
    expect(detectWorkplace('Somos una empresa 100% remota.')).toBe('remote');
    expect(detectWorkplace('Nous sommes une entreprise entièrement à distance.')).toBe('remote');
  });
});

describe('workplace words inside a maker\'s model, a heating system or a task done at a distance', () => {
  const listing = (extra: string) =>
    ['Verkäufer (m/w/d)', 'Sportkontor Weber · Erfurt · Teilzeit', '', 'Deine Aufgaben', '- Beratung unserer Kundschaft zu Laufschuhen und Trainingsplänen', '- Kasse, Warenannahme und Präsentation der neuen Kollektionen', '- Organisation von Lauftreffs am Samstag', '', 'Dein Profil', '- Erfahrung im Einzelhandel oder im Vereinssport', '- Freundliches Auftreten und Zuverlässigkeit', extra, '', 'Wir bieten', '- Personalrabatt und Zuschuss zur Laufanalyse', 'Jetzt bewerben'].join('\n');
  it('reads a maker\'s model with "Hybrid" or "Remote" as a thing, in any language', () => {
    expect(detectWorkplace('Dual-controlled Toyota Yaris Hybrid provided (fuel included). You teach pupils across Norwich.')).toBeNull();
    expect(silentOnRemote(listing('- Dienstwagen: Toyota Corolla Hybrid, auch privat'))).toBe(true);
    expect(silentOnRemote(listing('- Wartung von Vaillant ecoTEC Hybrid Anlagen'))).toBe(true);
    expect(silentOnRemote(listing('- Voiture de service Renault Clio Hybride'))).toBe(true);
    expect(silentOnRemote(listing('- Coche de empresa Kia Niro Híbrido'))).toBe(true);
    expect(silentOnRemote(listing('- Leaseauto Volkswagen Golf Hybrid'))).toBe(true);
    expect(silentOnRemote(listing('- Präsentation der Apple TV Remote im Laden'))).toBe(true);
  });
  it('reads a hybrid heating system as a thing, in five languages', () => {
    expect(silentOnRemote(listing('- Einbau von Hybridheizungen und Hybrid-Wärmepumpen'))).toBe(true);
    expect(silentOnRemote(listing('- Installing hybrid heat pumps and boilers'))).toBe(true);
    expect(silentOnRemote(listing('- Pose de pompes à chaleur hybrides'))).toBe(true);
    expect(silentOnRemote(listing('- Instalación de bombas de calor híbridas'))).toBe(true);
    expect(silentOnRemote(listing('- Installatie van hybride warmtepompen'))).toBe(true);
  });
  it('reads remote said of a task or a device as no word of home, in five languages', () => {
    expect(silentOnRemote(listing('- Logiciel de vente à distance et bornes d\'achat'))).toBe(true);
    expect(silentOnRemote(listing('- Testing remote-controlled gates and remote monitoring panels'))).toBe(true);
    expect(silentOnRemote(listing('- Einrichtung von Remote-Wartung an den Kassen'))).toBe(true);
    expect(silentOnRemote(listing('- Configuración del control remoto de las puertas'))).toBe(true);
    expect(silentOnRemote(listing('- Beheer op afstand van de kassasystemen'))).toBe(true);
  });
  it('still reads home working and a hybrid week beside such words', () => {
    expect(silentOnRemote(listing('- Hybrides Arbeiten nach Absprache'))).toBe(false);
    expect(silentOnRemote(listing('- Télétravail possible deux jours par semaine'))).toBe(false);
    expect(detectWorkplace('Hybrid: two days a week in our Leeds office. Company car: Toyota Yaris Hybrid.')).toBe('hybrid');
    expect(detectWorkplace('We offer remote monitoring services. This is a fully remote role.')).toBe('remote');
    expect(detectWorkplace('Teletrabajo total. Desarrollarás el control remoto de los equipos.')).toBe('remote');
  });
});

describe('home named after "also" beside the office or the site is a hybrid week', () => {
  it('reads "also" with a home word and a place in five languages', () => {
    expect(detectWorkplace('Büroarbeit gern auch im Homeoffice, Termine natürlich beim Kunden vor Ort.')).toBe('hybrid');
    expect(detectWorkplace('Viewings are on site; the paperwork can also be done from home.')).toBe('hybrid');
    expect(detectWorkplace('Les rendez-vous se font sur site, le reporting aussi en télétravail.')).toBe('hybrid');
    expect(detectWorkplace('Las visitas son en la oficina de Sevilla y el papeleo también desde casa.')).toBe('hybrid');
    expect(detectWorkplace('Bezichtigingen doe je op locatie, de administratie ook thuis.')).toBe('hybrid');
  });
  it('does not read "also" without a home word, or home without a place', () => {
    expect(detectWorkplace('Termine beim Kunden vor Ort, auch am Samstag.')).toBe('onsite');
  });
});

describe('home days said with each language\'s own word for home, or with a word between the count and the day', () => {
  it('reads a count of days a week at home, home said as the place the work is done from', () => {
    expect(detectWorkplace('Zwei Tage pro Woche kannst du von zu Hause arbeiten.')).toBe('hybrid');
    expect(detectWorkplace('Nach der Einarbeitung arbeitest du einen Tag pro Woche von zuhause aus.')).toBe('hybrid');
    expect(detectWorkplace('Vous pouvez travailler deux jours par semaine depuis chez vous.')).toBe('hybrid');
    expect(detectWorkplace('Un jour par semaine depuis votre domicile est possible.')).toBe('hybrid');
    expect(detectWorkplace('Puedes trabajar dos días a la semana desde tu casa.')).toBe('hybrid');
  });
  it('reads a word that qualifies the days between the count and the day', () => {
    expect(detectWorkplace("We'll consider one admin day a week from home outside the busy season.")).toBe('hybrid');
    expect(detectWorkplace('You can take two quiet days a week at home once trained.')).toBe('hybrid');
  });
});

describe('a board\'s remote tag beside the listing\'s own week that counts days at one place', () => {
  it('reads the counted week as hybrid, in five languages', () => {
    expect(detectWorkplace('Empresa · Madrid (En remoto) · hace 1 semana\n\nOfrecemos modelo híbrido (3 días en oficina) y seguro médico.')).toBe('hybrid');
    expect(detectWorkplace('CDI · Lyon · Télétravail total · Début : janvier\n\nVous encadrez une équipe.\n\nTélétravail : 2 jours par semaine.')).toBe('hybrid');
    expect(detectWorkplace('Firma · Berlin · 100% remote\n\nHybrides Modell: 3 Tage pro Woche im Büro.')).toBe('hybrid');
    expect(detectWorkplace('Acme · Bogotá · 100% remoto\n\nModalidad híbrida: dos días a la semana en la oficina.')).toBe('hybrid');
    expect(detectWorkplace('Bedrijf · Utrecht · Volledig remote\n\nThuiswerken: 2 dagen per week, de rest op kantoor.')).toBe('hybrid');
  });
  it('keeps a fully remote job remote: a part-time week, or office visits a quarter or a year', () => {
    expect(detectWorkplace('Trabajo 100% remoto desde cualquier lugar de España. Jornada de 4 días a la semana.')).toBe('remote');
    expect(detectWorkplace('Télétravail total. Un séminaire deux fois par an à Lyon.')).toBe('remote');
    expect(detectWorkplace('Komplett remote, einmal im Quartal zwei Tage im Büro in Berlin.')).toBe('remote');
    expect(detectWorkplace('Volledig vanuit huis; één keer per kwartaal een teamdag op kantoor.')).toBe('remote');
  });
});

describe('a Dutch compound on "thuis" that is not home working', () => {
  const salon = [
    'Schoonheidsspecialist',
    'In ons instituut doe je gezichtsbehandelingen en harsen.',
    'Je adviseert klanten over thuisverzorging en verkoopt producten.',
    'Afspraken plan je in Salonized.',
    'Je werkt in een team van vier specialisten.',
    'Diploma schoonheidsspecialist niveau 4.',
    'Solliciteer via de website van de salon voor 1 maart.',
  ].join('\n');
  it('reads a listing that names only care or products at a customer\'s home as silent on remote work', () => {
    expect(silentOnRemote(salon)).toBe(true);
    expect(detectWorkplace(salon)).toBe('onsite');
  });
  it('still reads home working compounds', () => {
    expect(silentOnRemote(salon.replace('Afspraken plan je in Salonized.', 'Er is een thuiswerkvergoeding.'))).toBe(false);
    expect(detectWorkplace('Thuiswerken kan twee dagen per week.')).toBe('hybrid');
  });
});

// Home as where a day on the road starts is field work, not work done at home; the week of a
// listing that says only that is on site (read after the measurement of listings-hand16).
describe('home as where a day on the road starts', () => {
  const FILLER = '\nWir bieten: unbefristeten Vertrag, 30 Tage Urlaub, Firmenwagen.\nDein Profil: abgeschlossene Ausbildung, Führerschein Klasse B.\nAufgaben: Wartung, Reparatur, Dokumentation.\nArbeitszeit: Montag bis Freitag, 40 Stunden.\nBewerbung per E-Mail an jobs@example.de.\nWir freuen uns auf dich und deine Unterlagen.';
  it('is not home working, in the five languages', () => {
    expect(detectWorkplace(`Servicetechniker (m/w/d)\nUnterwegs bist du mit deinem Servicefahrzeug, Start von zu Hause, Büro nur zu Teammeetings einmal im Monat.${FILLER}`)).toBe('onsite');
    expect(detectWorkplace(`Monteur (m/w/d)\n- Du startest morgens von zu Hause aus zum ersten Kunden${FILLER}`)).toBe('onsite');
    for (const line of [
      'Field Engineer\nYou drive from home to your first customer each morning in a company van.',
      'Technicien SAV (H/F)\nDépart de votre domicile vers les chantiers avec un véhicule de service.',
      'Técnico de mantenimiento\nSales desde casa hacia la primera obra con furgoneta de empresa.',
      'Servicemonteur\nJe rijdt vanuit huis naar de klant met een bus van de zaak.',
    ]) expect(['remote', 'hybrid'], line).not.toContain(detectWorkplace(line));
  });
  it('leaves work done from home as it was', () => {
    expect(detectWorkplace('Sachbearbeiter (m/w/d)\nDu arbeitest zwei Tage pro Woche von zu Hause aus, sonst im Büro in Köln.')).toBe('hybrid');
    expect(detectWorkplace('Comptable (H/F)\nVous travaillez depuis votre domicile deux jours par semaine, le reste au bureau.')).toBe('hybrid');
    expect(detectWorkplace('Data Analyst\nYou can work from home two days a week; the rest in our Leeds office.')).toBe('hybrid');
  });
});
