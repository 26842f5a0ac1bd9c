import type { Bank } from './types';

export const fr: Bank = {
  lang: 'fr',
  gender: [' (H/F)', ' (F/H)', ' H/F', ''],
  roles: [
    ['Responsable du service client', 'people', 'support'], ['Engineering Manager', 'people', 'eng'], ['Directeur commercial', 'people', 'sales'],
    ['Responsable comptabilité', 'people', 'finance'], ['Manager Support Client', 'people', 'support'],
    ['Head of Data', 'head', 'data'], ['Directrice technique', 'head', 'eng'], ['Head of Marketing', 'head', 'marketing'],
    ["Chef d'équipe Data", 'teamlead', 'data'], ['Team Lead Backend', 'teamlead', 'eng'], ["Responsable d'équipe relation client", 'teamlead', 'support'],
    ['Lead Développeur Backend', 'leadx', 'eng'], ['Lead Data Engineer', 'leadx', 'data'],
    ['Ingénieur logiciel senior', 'bodyonly', 'eng'], ['Consultant senior finance', 'bodyonly', 'finance'],
    ['Développeur Backend Senior', 'senior', 'eng'], ['Data Analyst', 'senior', 'data'], ['Ingénieur DevOps', 'senior', 'eng'], ['Data Scientist', 'senior', 'data'],
    ['Développeuse Full Stack', 'senior', 'eng'], ['Comptable fournisseurs', 'senior', 'finance'],
    ['Chef de projet digital', 'trap', 'product'], ['Product Manager', 'trap', 'product'], ['Account Manager', 'trap', 'sales'], ['Key Account Manager', 'trap', 'sales'],
    ['Customer Success Manager', 'trap', 'support'], ['Community Manager', 'trap', 'marketing'],
  ],
  companies: ['Maison Verlaine', 'Atelier Numérique', 'Lumière Assurances', 'Cap Horizon', 'Les Jardins de Provence', 'Octave SAS', 'Rivage Technologies', 'Boulangeries Dufour', 'Pixelune', 'Transports Morel'],
  cities: ['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Toulouse', 'Montpellier', 'Bruxelles'],
  area: {
    eng: ['notre plateforme de paiement', "l'application client", 'nos microservices'], data: ['notre entrepôt de données', 'le reporting', 'notre plateforme data'],
    sales: ['notre portefeuille clients', 'le développement commercial en Île-de-France', 'les grands comptes'], support: ['le service client', 'le support niveau 2', 'la relation client'],
    product: ["l'application mobile", "le parcours d'inscription", 'le portail partenaires'], finance: ['la clôture mensuelle', 'le reporting groupe', 'la comptabilité fournisseurs'],
    marketing: ['nos réseaux sociaux', "l'acquisition", 'la stratégie de contenu'],
  },
  intro: [
    '{co} est une entreprise de {n}00 collaborateurs qui accompagne ses clients sur {area}.', 'Créée en 2012, {co} est aujourd’hui un acteur reconnu de son secteur.',
    'Chez {co}, nous croyons que la technologie doit simplifier {area}.', 'Rejoignez {co}, une scale-up en forte croissance basée à {city}.',
    'Nous sommes {co} : {n}0 personnes passionnées, une ambiance bienveillante et de beaux projets.',
  ],
  roleIntro: [
    'Dans le cadre de notre croissance, nous recrutons un(e) {title} pour notre site de {city}.', 'En tant que {title}, vous serez en charge de {area}.',
    'Nous recherchons notre futur(e) {title} !', 'Vous souhaitez contribuer à {area} ? Ce poste est fait pour vous.', 'Rattaché(e) à la direction, le/la {title} joue un rôle clé.',
  ],
  duties: [
    'Concevoir, développer et maintenir {area} avec {tool}', 'Travailler en étroite collaboration avec les équipes produit et design', 'Garantir la qualité de {area}',
    'Construire des tableaux de bord dans {tool}', 'Analyser les processus et proposer des améliorations', 'Suivre et fidéliser votre portefeuille clients',
    'Documenter et partager les bonnes pratiques', 'Planifier et prioriser les travaux sur {area}', 'Participer aux astreintes',
    'Réaliser des analyses avec {tool}', 'Vous utilisez {tool} et {tool2} au quotidien',
  ],
  req: [
    'Au moins {n} ans d’expérience avec {tool}', 'Maîtrise de {tool} et {tool2}', 'Une expérience concrète de {tool} en production', 'Bonne connaissance de {tool}',
    '{n}+ ans d’expérience sur un poste similaire, idéalement avec {tool}', 'Vous maîtrisez {tool}', 'Expérience significative ({n} ans minimum) sur {tool}', 'Solides compétences en {tool}',
  ],
  reqSoft: ['Anglais courant, à l’écrit comme à l’oral', 'Diplôme Bac+5 (école d’ingénieur, de commerce ou université)', 'Rigueur, autonomie et sens du service', 'Excellentes capacités de communication', 'Esprit d’équipe'],
  pref: ['Une expérience avec {tool}', 'La connaissance de {tool} est un plus', 'Des notions de {tool}', 'Une première expérience en startup'],
  inlinePref: ['Un plus :', 'Idéalement :', 'Apprécié :'],
  inlineReq: ['Prérequis :', 'Profil :', 'Compétences requises :'],
  mgr: [
    "Vous encadrez une équipe de {n} personnes et accompagnez leur montée en compétences.", "Management d'une équipe de {n} collaborateurs (recrutement, entretiens annuels, objectifs).",
    'Vous managez une équipe de {n} développeurs.', "Vous êtes responsable du recrutement et de l'évaluation des membres de l'équipe.", 'Vous gérez le budget et les effectifs de votre service.',
    "Animation et management d'équipe au quotidien ({n} personnes)", 'Vous pilotez une équipe de {n} et menez les entretiens individuels.',
  ],
  ic: [
    'Vous serez rattaché(e) au {boss}.', 'Poste sans management.', 'Rattaché(e) directement au {boss}, vous travaillerez en binôme avec un collègue.',
    "Ce poste n'a pas de fonction d'encadrement.", 'Vous reportez au {boss}.',
  ],
  bosses: ['Head of Data', 'Directeur technique', 'Directeur commercial', 'Responsable financier', 'CTO'],
  neutralTeam: ['Vous rejoindrez une équipe de {n} personnes.', 'Notre équipe de {n} travaille main dans la main avec les commerciaux.', 'Vous intégrerez une squad de {n} personnes.'],
  workplace: {
    remote: ['Poste en full remote (France entière).', 'Télétravail complet possible.', '100 % télétravail.', 'Lieu : télétravail'],
    hybrid: ['Hybride : 2 jours de télétravail par semaine.', 'Télétravail partiel (3 jours par semaine) et bureaux à {city}.', 'Organisation hybride entre nos locaux de {city} et la maison.', 'Télétravail possible 2 jours par semaine.'],
    onsite: ['Poste basé à {city}, en présentiel.', 'Le poste est sur site à {city}.', 'Travail en présentiel dans nos locaux de {city}.', 'Pas de télétravail possible ; poste basé à {city}.'],
  },
  wpTag: { remote: ['Télétravail total', 'Full remote'], hybrid: ['Télétravail fréquent', 'Télétravail occasionnel', 'Hybride'], onsite: ['Sur site', 'Présentiel'] },
  benefits: ['Carte Swile', 'Mutuelle prise en charge à 100 %', 'RTT', 'Budget formation', 'Prime de participation', 'Afterworks et séminaire annuel', 'Remboursement à 50 % du pass Navigo', 'Horaires flexibles'],
  headings: {
    about: ['Qui sommes-nous ?', 'À propos de {co}', "L'entreprise"], duties: ['Vos missions', 'Missions', 'Descriptif du poste', 'Ce que vous ferez'],
    req: ['Profil recherché', 'Votre profil', 'Compétences requises', 'Ce que nous recherchons', 'Le profil'], pref: ['Serait un plus', 'Atouts', 'Les petits plus'],
    benefits: ['Ce que nous offrons', 'Avantages', 'Pourquoi nous rejoindre ?'],
  },
  chrome: {
    apply: ['Postuler', 'Candidature simplifiée', 'Postuler à cette offre', 'Sauvegarder'], similar: ['Offres similaires', 'Ces offres pourraient vous intéresser', 'Emplois similaires'],
    cookie: ['Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Personnaliser', 'En poursuivant votre navigation, vous acceptez les cookies. OK'],
    posted: ['il y a 2 jours', 'il y a 1 semaine', 'Publiée il y a 4 jours', 'Republiée il y a 3 semaines'], employment: ['CDI', 'Temps plein', 'CDI · Temps plein'],
    applicants: ['Plus de 100 candidats', '58 candidatures', 'Soyez parmi les 25 premiers candidats'], showMore: ['Voir plus', 'Afficher plus'],
  },
};
