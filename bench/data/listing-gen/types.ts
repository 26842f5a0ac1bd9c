/** The phrase bank of one language for the listing generator (make.ts). */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl';
export type Family = 'eng' | 'data' | 'sales' | 'support' | 'product' | 'finance' | 'marketing';
/** people/head/teamlead/leadx/bodyonly lead people; senior/trap do not. */
export type Kind = 'people' | 'head' | 'teamlead' | 'leadx' | 'bodyonly' | 'senior' | 'trap';

export interface Bank {
  lang: Lang;
  /** Gender markers appended to titles on some boards; the label keeps the title without them. */
  gender: string[];
  roles: Array<[title: string, kind: Kind, family: Family]>;
  companies: string[];
  cities: string[];
  area: Record<Family, string[]>;
  /** Placeholders: {co} {area} {title} {city} {n} {tool} {tool2} {boss}. */
  intro: string[];
  roleIntro: string[];
  duties: string[];
  req: string[];
  reqSoft: string[];
  pref: string[];
  inlinePref: string[];
  inlineReq: string[];
  mgr: string[];
  ic: string[];
  bosses: string[];
  neutralTeam: string[];
  workplace: { remote: string[]; hybrid: string[]; onsite: string[] };
  /** Short workplace tags a board shows next to the location. */
  wpTag: { remote: string[]; hybrid: string[]; onsite: string[] };
  benefits: string[];
  headings: { about: string[]; duties: string[]; req: string[]; pref: string[]; benefits: string[] };
  chrome: { apply: string[]; similar: string[]; cookie: string[]; posted: string[]; employment: string[]; applicants: string[]; showMore: string[] };
}
