import type { Bank } from './types';

export const nl: Bank = {
  lang: 'nl',
  gender: ['', '', ' (m/v/x)', ' (m/v)'],
  roles: [
    ['Engineering Manager', 'people', 'eng'], ['Manager Klantenservice', 'people', 'support'], ['Afdelingshoofd Financiën', 'people', 'finance'],
    ['Salesmanager Benelux', 'people', 'sales'], ['Operationeel Manager', 'people', 'support'],
    ['Hoofd Data', 'head', 'data'], ['Head of Engineering', 'head', 'eng'], ['Hoofd Marketing', 'head', 'marketing'],
    ['Teamleider Klantenservice', 'teamlead', 'support'], ['Teamlead Backend', 'teamlead', 'eng'], ['Teamleider Finance', 'teamlead', 'finance'],
    ['Lead Data Engineer', 'leadx', 'data'], ['Lead Developer', 'leadx', 'eng'],
    ['Senior Software Engineer', 'bodyonly', 'eng'], ['Senior Consultant', 'bodyonly', 'finance'],
    ['Senior Backend Developer', 'senior', 'eng'], ['Data-analist', 'senior', 'data'], ['DevOps Engineer', 'senior', 'eng'], ['Medior Java Developer', 'senior', 'eng'],
    ['Data Scientist', 'senior', 'data'], ['Financieel Administratief Medewerker', 'senior', 'finance'],
    ['Accountmanager', 'trap', 'sales'], ['Productmanager', 'trap', 'product'], ['Projectmanager', 'trap', 'product'], ['Key Accountmanager', 'trap', 'sales'],
    ['Customer Success Manager', 'trap', 'support'], ['Online Marketeer', 'trap', 'marketing'],
  ],
  companies: ['Van Dijk Logistiek', 'Polderwerk', 'Tulp Verzekeringen', 'Grachtenhuis Digital', 'Windmolen Energie', 'Kaasmakerij Hollandia', 'Deltaware', 'Fietsfabriek Noord', 'Zeeland Data', 'Bakker & Zonen'],
  cities: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Den Haag', 'Groningen', 'Gent', 'Antwerpen'],
  area: {
    eng: ['ons betaalplatform', 'de klantportal', 'onze microservices'], data: ['ons datawarehouse', 'de rapportages', 'ons dataplatform'],
    sales: ['onze bestaande klanten', 'nieuwe klanten in de Randstad', 'onze key accounts'], support: ['de klantenservice', 'de tweedelijns support', 'ons contactcenter'],
    product: ['onze app', 'het onboardingproces', 'het partnerportaal'], finance: ['de maandafsluiting', 'de concernrapportage', 'de crediteurenadministratie'],
    marketing: ['onze social kanalen', 'leadgeneratie', 'de contentkalender'],
  },
  intro: [
    '{co} is een groeiend bedrijf met ruim {n}00 medewerkers.', 'Sinds 2010 helpt {co} klanten met {area}.', 'Bij {co} geloven we dat technologie {area} eenvoudiger maakt.',
    'Kom werken bij {co}, een snelgroeiende scale-up in {city}.', 'Wij zijn {co}: {n}0 collega’s met een informele cultuur.',
  ],
  roleIntro: [
    'Voor ons kantoor in {city} zoeken wij een {title}.', 'Als {title} ben je verantwoordelijk voor {area}.', 'Ben jij onze nieuwe {title}?',
    'Wil jij bijdragen aan {area}? Dan zoeken we jou.', 'Wij zoeken per direct een enthousiaste {title}.',
  ],
  duties: [
    'Je ontwerpt, bouwt en onderhoudt {area} met {tool}', 'Je werkt nauw samen met product en design', 'Je bewaakt de kwaliteit van {area}',
    'Het bouwen van dashboards in {tool}', 'Je analyseert processen en doet verbetervoorstellen', 'Het beheren en uitbouwen van je klantportefeuille',
    'Je documenteert en deelt kennis', 'Je plant en prioriteert het werk rond {area}', 'Je draait mee in de storingsdienst',
    'Analyses uitvoeren met {tool}', 'Je werkt dagelijks met {tool} en {tool2}',
  ],
  req: [
    'Minimaal {n} jaar werkervaring met {tool}', 'Goede kennis van {tool} en {tool2}', 'Praktijkervaring met {tool}', 'Je beheerst {tool}',
    '{n}+ jaar ervaring in een vergelijkbare functie, bij voorkeur met {tool}', 'Aantoonbare ervaring met {tool}', 'Ruime ervaring ({n}+ jaar) met {tool}', 'Kennis van {tool} op hoog niveau',
  ],
  reqSoft: ['Uitstekende beheersing van de Nederlandse en Engelse taal', 'Een afgeronde hbo- of wo-opleiding', 'Je werkt zelfstandig en gestructureerd', 'Sterke communicatieve vaardigheden', 'Een rijbewijs B'],
  pref: ['Ervaring met {tool}', 'Kennis van {tool} is een pré', 'Affiniteit met {tool}', 'Ervaring in een scale-up'],
  inlinePref: ['Pré:', 'Mooi meegenomen:', 'Een plus:'],
  inlineReq: ['Functie-eisen:', 'Wat vragen wij:', 'Vereist:'],
  mgr: [
    'Je geeft leiding aan een team van {n} medewerkers.', 'Leidinggeven aan {n} collega’s, inclusief werving en functioneringsgesprekken.', 'Je bent verantwoordelijk voor het aannemen en coachen van teamleden.',
    'Je hebt {n} directe medewerkers onder je.', 'Je beheert het budget en de formatie van je afdeling.', 'Je stuurt een team van {n} developers aan en voert beoordelingsgesprekken.',
    'Hiërarchisch en functioneel leidinggeven aan het team ({n} fte)',
  ],
  ic: [
    'Je rapporteert aan de {boss}.', 'Dit is een functie zonder leidinggevende taken.', 'Je valt onder de {boss} en werkt nauw samen met het team.',
    'Geen leidinggevende rol: je bent een inhoudelijk specialist.', 'Je rapporteert rechtstreeks aan onze {boss}.',
  ],
  bosses: ['Head of Engineering', 'Hoofd Data', 'Salesdirecteur', 'CFO', 'CTO'],
  neutralTeam: ['Je komt in een team van {n} collega’s.', 'Ons team van {n} werkt nauw samen met sales.', 'Je maakt deel uit van een squad van {n} personen.'],
  workplace: {
    remote: ['Volledig remote, vanuit heel Nederland.', 'Je werkt 100% thuis.', 'Locatie: remote', 'Dit is een remote functie.'],
    hybrid: ['Hybride: 2 dagen op kantoor in {city}, de rest thuis.', 'Je werkt deels thuis en deels op ons kantoor.', 'Hybride werken met een kantoor in {city}.', 'Thuiswerken kan 2 dagen per week.'],
    onsite: ['Je werkt op locatie in {city}.', 'De functie is op kantoor in {city}; thuiswerken is niet mogelijk.', 'Standplaats: {city} (op locatie).', 'Je werkt vijf dagen per week op ons kantoor in {city}.'],
  },
  wpTag: { remote: ['Remote', 'Thuiswerken'], hybrid: ['Hybride'], onsite: ['Op locatie', 'Op kantoor'] },
  benefits: ['Een goed salaris en 8% vakantiegeld', '25 vakantiedagen', 'Pensioenregeling', 'Opleidingsbudget', 'NS Business Card of leaseauto', 'Vrijdagmiddagborrel', 'Thuiswerkvergoeding', 'Een contract voor onbepaalde tijd'],
  headings: {
    about: ['Over ons', 'Wie zijn wij', 'Over {co}'], duties: ['Wat ga je doen', 'Jouw taken', 'Functieomschrijving', 'Verantwoordelijkheden'],
    req: ['Wat vragen wij', 'Wie ben jij', 'Functie-eisen', 'Jouw profiel', 'Wat breng je mee'], pref: ['Pré', 'Mooi meegenomen', 'Een pluspunt', 'Nice to have'],
    benefits: ['Wat bieden wij', 'Arbeidsvoorwaarden', 'Wat krijg je'],
  },
  chrome: {
    apply: ['Solliciteer nu', 'Solliciteren', 'Eenvoudig solliciteren', 'Opslaan'], similar: ['Vergelijkbare vacatures', 'Soortgelijke vacatures', 'Bekijk ook'],
    cookie: ['Wij gebruiken cookies om je ervaring te verbeteren. Alles accepteren | Instellingen', 'Deze website maakt gebruik van cookies. Akkoord Weigeren'],
    posted: ['2 dagen geleden', '1 week geleden', 'Geplaatst 4 dagen geleden', 'Opnieuw geplaatst 2 weken geleden'], employment: ['Fulltime', 'Vast dienstverband', 'Fulltime · Vast'],
    applicants: ['Meer dan 100 sollicitanten', '39 sollicitanten', 'Wees een van de eerste 25 sollicitanten'], showMore: ['Meer weergeven', 'Lees meer'],
  },
};
