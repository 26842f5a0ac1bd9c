import type { Bank } from './types';

export const de: Bank = {
  lang: 'de',
  gender: [' (m/w/d)', ' (m/w/d)', ' (w/m/d)', ' (all genders)', ''],
  roles: [
    ['Engineering Manager', 'people', 'eng'], ['Leiter Kundenservice', 'people', 'support'], ['Abteilungsleiter Finanzen', 'people', 'finance'],
    ['Vertriebsleiterin DACH', 'people', 'sales'], ['Bereichsleiter IT', 'people', 'eng'],
    ['Head of Data', 'head', 'data'], ['Head of Engineering', 'head', 'eng'], ['Leitung Marketing', 'head', 'marketing'],
    ['Teamleiter Backend-Entwicklung', 'teamlead', 'eng'], ['Teamleitung Kundenservice', 'teamlead', 'support'], ['Teamlead Data Engineering', 'teamlead', 'data'],
    ['Lead Data Engineer', 'leadx', 'data'], ['Lead Developer Frontend', 'leadx', 'eng'],
    ['Senior Softwareentwickler', 'bodyonly', 'eng'], ['Senior Consultant SAP', 'bodyonly', 'finance'],
    ['Senior Backend-Entwickler', 'senior', 'eng'], ['Data Analyst', 'senior', 'data'], ['Staff Engineer Plattform', 'senior', 'eng'], ['DevOps Engineer', 'senior', 'eng'],
    ['Softwareentwicklerin Java', 'senior', 'eng'], ['Buchhalter', 'senior', 'finance'],
    ['Key Account Manager', 'trap', 'sales'], ['Produktmanager', 'trap', 'product'], ['Projektmanager IT', 'trap', 'product'], ['Account Manager', 'trap', 'sales'],
    ['Customer Success Manager', 'trap', 'support'], ['Online Marketing Manager', 'trap', 'marketing'],
  ],
  companies: ['Bergmann Logistik GmbH', 'Rheinwerk Digital', 'Kranich Software AG', 'Alpenblick Versicherung', 'Nordlicht Energie GmbH', 'Zahnrad Systems', 'Grünwald Foods', 'Lindner & Partner', 'Hafenstadt Mobility', 'Quellwasser Tech'],
  cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main', 'Leipzig', 'Wien', 'Zürich'],
  area: {
    eng: ['unsere Zahlungsplattform', 'das Kundenportal', 'unsere Microservices'], data: ['unser Data Warehouse', 'das Reporting', 'unsere Datenplattform'],
    sales: ['unsere Bestandskunden', 'das Neukundengeschäft in Süddeutschland', 'den Mittelstand'], support: ['den Kundenservice', 'unser Support-Team', 'den 2nd-Level-Support'],
    product: ['unsere App', 'das Onboarding', 'das Partnerportal'], finance: ['den Monatsabschluss', 'das Konzernreporting', 'die Finanzbuchhaltung'],
    marketing: ['unsere Markenkanäle', 'die Lead-Generierung', 'den Content-Plan'],
  },
  intro: [
    'Die {co} ist ein inhabergeführtes Unternehmen mit über {n}00 Mitarbeitenden.', 'Wir sind {co} – seit 2009 entwickeln wir Lösungen für {area}.',
    'Bei {co} arbeiten wir jeden Tag daran, {area} einfacher zu machen.', '{co} wächst: An unserem Standort {city} bauen wir unser Team weiter aus.',
    'Als eines der führenden Unternehmen der Branche betreuen wir mehr als {n}.000 Kunden.',
  ],
  roleIntro: [
    'Zur Verstärkung unseres Teams in {city} suchen wir ab sofort eine/n {title}.', 'Als {title} verantwortest du {area}.', 'Für unseren Standort {city} suchen wir zum nächstmöglichen Zeitpunkt einen {title}.',
    'Du möchtest {area} mitgestalten? Dann bist du bei uns richtig.', 'In dieser Rolle übernehmen Sie Verantwortung für {area}.',
  ],
  duties: [
    'Konzeption, Entwicklung und Betrieb unserer Services mit {tool}', 'Enge Zusammenarbeit mit Produktmanagement und Design', 'Du sorgst für die Qualität von {area}',
    'Aufbau von Dashboards und Reports in {tool}', 'Analyse von Prozessen und Ableitung von Verbesserungen', 'Betreuung und Weiterentwicklung unserer Kundenbeziehungen',
    'Dokumentation und Wissensaustausch im Team', 'Sie planen und priorisieren die Aufgaben rund um {area}', 'Mitarbeit in der Rufbereitschaft',
    'Erstellung von Auswertungen mit {tool}', 'Du arbeitest mit {tool} und {tool2} an {area}',
  ],
  req: [
    'Mindestens {n} Jahre Berufserfahrung mit {tool}', 'Sehr gute Kenntnisse in {tool} und {tool2}', 'Praktische Erfahrung mit {tool}', 'Fundierte Kenntnisse in {tool}',
    '{n}+ Jahre Erfahrung im Umgang mit {tool}', 'Du bringst Erfahrung mit {tool} mit', 'Sicherer Umgang mit {tool}', 'Mehrjährige Berufserfahrung ({n}+ Jahre), idealerweise mit {tool}',
  ],
  reqSoft: ['Sehr gute Deutsch- und gute Englischkenntnisse', 'Abgeschlossenes Studium der Informatik, Wirtschaftswissenschaften oder eine vergleichbare Ausbildung', 'Strukturierte und selbstständige Arbeitsweise', 'Kommunikationsstärke und Teamfähigkeit', 'Reisebereitschaft (ca. 20 %)'],
  pref: ['Erfahrung mit {tool}', 'Kenntnisse in {tool} sind ein Plus', 'Erste Berührungspunkte mit {tool}', 'Branchenkenntnisse im Handel'],
  inlinePref: ['Wünschenswert:', 'Von Vorteil:', 'Idealerweise:', 'Nice to have:'],
  inlineReq: ['Anforderungen:', 'Voraussetzungen:', 'Das bringst du mit:'],
  mgr: [
    'Sie übernehmen die fachliche und disziplinarische Führung von {n} Mitarbeitenden.', 'Du führst ein Team von {n} Entwickler:innen und förderst ihre Entwicklung.',
    'Führungsverantwortung für ein Team von {n} Personen', 'Personalverantwortung inklusive Recruiting und Mitarbeitergesprächen', 'Du verantwortest das Budget und die Personalplanung deines Bereichs.',
    'Disziplinarische Führung des Teams ({n} Mitarbeitende)', 'Sie führen regelmäßige Mitarbeitergespräche und stellen neue Teammitglieder ein.',
  ],
  ic: [
    'Du berichtest direkt an unseren {boss}.', 'Die Position ist ohne Führungsverantwortung.', 'Sie berichten an den {boss} und arbeiten eng mit dem Team zusammen.',
    'Keine disziplinarische Führung – du arbeitest als Expert:in im Team.', 'Die Stelle ist direkt dem {boss} unterstellt.',
  ],
  bosses: ['Head of Engineering', 'Head of Data', 'Vertriebsleiter', 'CTO', 'Leiter Finanzen'],
  neutralTeam: ['Dich erwartet ein Team aus {n} netten Kolleg:innen.', 'Unser Team aus {n} Leuten arbeitet eng mit dem Vertrieb zusammen.', 'Du wirst Teil eines crossfunktionalen Teams von {n} Personen.'],
  workplace: {
    remote: ['Die Stelle ist zu 100 % remote (deutschlandweit).', 'Vollständig remote – arbeite, wo du willst.', 'Arbeitsort: Remote', 'Homeoffice zu 100 % möglich.'],
    hybrid: ['Hybrides Arbeiten: 2 Tage im Büro in {city}, der Rest im Homeoffice.', 'Homeoffice an bis zu 3 Tagen pro Woche.', 'Hybrid: Mobiles Arbeiten und Büro in {city}.', 'Flexible Mischung aus Homeoffice und Büro.'],
    onsite: ['Die Tätigkeit erfolgt vor Ort in unserem Büro in {city}.', 'Arbeitsort: {city} (vor Ort)', 'Präsenz am Standort {city} ist erforderlich.', 'Die Stelle ist nicht remote möglich; Einsatzort ist {city}.'],
  },
  wpTag: { remote: ['Remote', 'Homeoffice'], hybrid: ['Hybrid', 'Teilweise Homeoffice'], onsite: ['Vor Ort'] },
  benefits: ['30 Tage Urlaub', 'Betriebliche Altersvorsorge', 'Weiterbildungsbudget von 1.500 € pro Jahr', 'JobRad und Deutschlandticket', 'Regelmäßige Teamevents', 'Flexible Arbeitszeiten', 'Moderne Hardware', 'Unbefristeter Arbeitsvertrag'],
  headings: {
    about: ['Über uns', 'Wer wir sind', 'Über {co}'], duties: ['Ihre Aufgaben', 'Deine Aufgaben', 'Das erwartet dich', 'Aufgaben'],
    req: ['Ihr Profil', 'Dein Profil', 'Anforderungen', 'Das bringst du mit', 'Was Sie mitbringen', 'Qualifikationen'], pref: ['Wünschenswert', 'Von Vorteil', 'Pluspunkte', 'Nice to have'],
    benefits: ['Wir bieten', 'Was wir bieten', 'Benefits', 'Deine Vorteile'],
  },
  chrome: {
    apply: ['Jetzt bewerben', 'Bewerben', 'Schnellbewerbung', 'Merken'], similar: ['Ähnliche Jobs', 'Das könnte Sie auch interessieren', 'Weitere Stellen'],
    cookie: ['Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren | Einstellungen', 'Diese Website nutzt Cookies. Akzeptieren Ablehnen'],
    posted: ['vor 2 Tagen', 'vor 1 Woche', 'Veröffentlicht: vor 3 Tagen', 'Erneut veröffentlicht vor 2 Wochen'], employment: ['Vollzeit', 'Feste Anstellung', 'Vollzeit · Unbefristet'],
    applicants: ['Über 100 Bewerbungen', '32 Bewerber:innen', 'Gehören Sie zu den ersten 25 Bewerbenden'], showMore: ['Mehr anzeigen', 'Weiterlesen'],
  },
};
