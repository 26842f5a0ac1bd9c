// A title line read as the role alone: the gender markers, notes, labels and suffixes a board or an
// employer writes around the role go (cleanTitle), with the patterns the title's other readers share.
import { clean } from './chrome';
import { hiringSentenceTitle, stripGenderEndings, stripPlaceTail, stripSegmentKind, stripSuffixes } from './title-shape';

const GENDER = /\s*(?:\(\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|h\/f|f\/h|h\/m|m\/f|f\/m|m\/v\/x|m\/v|v\/m|x\/v\/m|all genders|alle geschlechter|gn\*?)\s*\)|\s[HF]\/[HF]|\s\(?[a-z]{1,2}\/[a-z]{1,2}\/[a-z]{1,2}\)?)\s*$/iu;
// "Key Account Manager (m/w/d) Lebensmitteleinzelhandel": the marker sits inside the title.
// "Steigerbouwer (m/v) – Industrie": any bracketed run of gender letters ("(m/v)", "(v/m/x)", "(f/m)").
const GENDER_INSIDE = /\s*\(\s*(?:[mwfhvdx](?:\s?\/\s?[mwfhvdx]){1,2}|all genders|alle geschlechter)\s*\)\s*(?=\S)/giu;
// "Chef boulanger H/F – Responsable de fournil", "Koch m/w/d – Frühstück", "Monteur m/v – Zonnepanelen":
// a bare marker before a dash segment, which the role goes on after.
const GENDER_BEFORE_DASH = /\s+(?:h\/f|f\/h|h\/m|m\/h|m\/w\/d|w\/m\/d|m\/f\/d|m\/w|m\/f|f\/m|m\/v(?:\/x)?|v\/m)(?=\s+[-–—|]\s)/giu;
// "Praxismanager (m/w/d) für moderne Zahnarztpraxis in Freiburg": after the marker, a phrase that opens
// with a preposition says for whom or where, not what the job is.
const GENDER_THEN_FOR = new RegExp(`${GENDER_INSIDE.source.replace(/\(\?=\\S\)$/, '')}(?:für|pour|for|voor|para|bei)\\s.*$`, 'iu');
// "(CDD 6 mois)", "(befristet)", "(6 month contract)": the contract, not the job.
const CONTRACT_NOTE = /\s*\((?:[^()]*\b(?:cdd|cdi|contract|contrat|befristet|unbefristet|contrato|temporal|interim|freelance|fixed[- ]term)\b[^()]*|\d+\s*(?:months?|mois|monate|meses|maanden))\)\s*$/iu;
// "(Ref: HF/2291)", "(Réf. 2026-118)", "(Kennziffer 45/26)": the advert's reference, not the job.
const REF_NOTE = /\s*\((?:ref(?:erence)?|réf(?:érence)?|referencia|referenz|kennziffer|job id|req(?:uisition)?(?: id)?|vacaturenummer|vacature-?id)\b\.?\s*(?:no\.?|nr\.?|n°)?\s*:?\s*[^()]{1,30}\)\s*$/iu;
// "(Grade 7)", "(E13 TV-L)", "(A11)", "(Band 6)", "(schaal 10)": the pay grade, not the job.
const PAY_GRADE = /\s*\((?:(?:grade|band|scale|schaal|salary band|pay band|pay grade|entgeltgruppe|besoldungsgruppe|groupe|grupo|nivel|niveau|categoría|catégorie)\s*[\p{L}\d.+-]{1,6}|(?:E|EG|A|W|TV|S)\s?\d{1,2}[a-z]?)(?:\s*[,/]?\s*(?:TV-?L|TVöD|TV-?H|AVR|BAT|AfC|NHS AfC))?\s*\)\s*$/iu;

// A label that names the page as a job advert goes whatever stands around it: "Recrutement : Régisseur
// général", "Convocatoria de empleo: Jefe/a de Maquinaria", "Stellenausschreibung: Bestatter",
// "Vacature: Procesoperator", "Job posting: Stage Technician".
export const ADVERT_LABEL = /^[*_]*(?:recrutement|offre d['’]emploi|nous recrutons|on recrute|convocatoria(?: de empleo| de plazas?)?|oferta(?: de empleo| de trabajo)?|se busca|buscamos|stellenausschreibung|stellenangebot|stellenanzeige|ausschreibung|wir suchen|vacature|vacatures|wij zoeken|we zoeken|vacancy|job posting|job opening|job advert|now hiring|we(?:['’]re| are) hiring)[*_]*\s*:[*_]*\s+(?=\p{L})/iu;

// "(Trainee considered)", "(couple considered)", "(student)", "(auch Quereinsteiger)", "(débutant accepté)",
// "(también sin experiencia)", "(starters welkom)": a bracket that only says who may apply, not the job.
const APPLICANT = String.raw`(?:trainees?|students?|graduates?|apprentices?|couples?|beginners?|entry[- ]level|career changers?|returners?|school leavers?|no experience(?: needed| required)?|quer(?:ein)?steiger(?:in|innen|:innen|\*innen)?|(?:berufs)?einsteiger(?:in|innen|:innen|\*innen)?|student(?:in|innen|en)|werkstudent(?:in|innen)?|azubis?|auszubildende|schüler(?:in|innen)?|paare?|ehepaare?|berufserfahrene|débutant(?:e|es|s|\(e\))?|étudiant(?:e|es|s|\(e\))?|alternant(?:e|es|s)?|apprenti(?:e|es|s)?|stagiaires?|jeunes? diplômé(?:e|es|s)?|diplômé(?:e|es|s)?|expérimenté(?:e|es|s)?|confirmé(?:e|es|s)?|estudiantes?|becari[oa]s?|principiantes?|parejas?|sin experiencia|recién titulad[oa]s?|starters?|stagiairs?|schoolverlaters?|zij-?instromers?|koppels?|echtpa(?:ar|ren)|scholier(?:en)?|herintreders?)`;
const ACCEPTED = String.raw`(?:considered|welcome|welcomed|accepted|encouraged|possible|ok|too|also|willkommen|möglich|erwünscht|auch|bienvenu(?:e|es|s)?|accepté(?:e|es|s)?|possibles?|aussi|bienvenid[oa]s?|aceptad[oa]s?|posibles?|también|welkom|mogelijk|ook)`;
const APPLY_JOIN = String.raw`(?:\s*[,/&+]\s*|\s+(?:or|and|oder|und|ou|et|o|y|of|en)\s+)`;
export const APPLY_NOTE = new RegExp(String.raw`\s*\(\s*(?:${ACCEPTED}\s+)?${APPLICANT}(?:${APPLY_JOIN}${APPLICANT})*(?:\s+${ACCEPTED})*\s*\)(?=\s*$|\s+[-–—|]\s)`, 'iu');

// "Technicien 3D (dératisation, désinsectisation, désinfection)", "Técnico PRL (Prevención de Riesgos
// Laborales)", "HSE Manager (Health, Safety & Environment)": a bracket that spells out an abbreviation
// the title carries goes, as the abbreviation's own bracket would.
const SPELLED_OUT = /\s*\(([^()]{6,120})\)(?=\s*$|\s+[-–—|]\s)/u;
const SPELL_SMALL = /^(?:of|and|for|the|in|de|du|des|d|la|le|les|l|et|en|à|y|e|del|el|los|las|van|het|der|die|das|und|für|voor)$/iu;
function dropSpelledOut(title: string): string {
  const m = SPELLED_OUT.exec(title);
  if (!m || m.index < 2) return title;
  const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  const initials = (m[1] ?? '')
    .split(/[\s,;/&+-]+|(?<=\p{L})['’](?=\p{L})/u)
    .filter((w) => /^\p{L}/u.test(w) && !SPELL_SMALL.test(w))
    .map((w) => fold(w)[0])
    .join('');
  const before = title.slice(0, m.index);
  // "3D" stands for three words with a D; "SiGe" for two, by its capitals.
  const spelled = [...before.matchAll(/(?<![\p{L}\d])(\d?)(\p{Lu}[\p{Lu}\p{Ll}]{0,5})(?![\p{L}\d])/gu)].some((a) => {
    const capitals = (a[2] ?? '').replace(/\p{Ll}/gu, '');
    const letters = a[1] ? capitals.repeat(Number(a[1])) : capitals;
    return letters.length >= 2 && fold(letters) === initials;
  });
  return spelled ? (before + title.slice(m.index + m[0].length)).trim() : title;
}

/**
 * A title without what boards add: gender markers ("(m/w/d)", "(H/F)"), "(Remote)".
 * @example cleanTitle('Data Analyst (m/w/d)') // 'Data Analyst'
 */
export function cleanTitle(t: string): string {
  const bare = stripGenderEndings(clean(t).replace(ADVERT_LABEL, ''));
  const t0 = (hiringSentenceTitle(bare) ?? bare)
    .replace(GENDER_THEN_FOR, '')
    .replace(GENDER_INSIDE, ' ')
    .replace(GENDER_BEFORE_DASH, '')
    .replace(GENDER, '')
    .replace(/\s*\((remote|hybrid|on-?site|hybride|híbrido|télétravail)\)\s*$/iu, '')
    .replace(REF_NOTE, '')
    .replace(CONTRACT_NOTE, '')
    .replace(PAY_GRADE, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Steigerbouwer | Industrie | Regio Rotterdam": a role with the board's tags (a sector, a region,
  // a contract) after two bars or more is the role.
  const t1 = (t0.match(/\s\|\s/g) ?? []).length >= 2 ? (t0.split(/\s\|\s/)[0] ?? t0).trim() : t0;
  // "Serveur H/F - CDD saisonnier": a gender marker left at the end once the contract is gone.
  // "Logopedist – Kinderpraktijk, 4 dagen": the site shows once the hours after it are gone.
  // "Master Technician (Kia EV) - Northampton", "Auxiliaire spécialisé vétérinaire (ASV) H/F": a town, a board
  // or the title's own abbreviation shows once the gender marker is gone.
  const t2 = stripSegmentKind(stripPlaceTail(stripSuffixes(stripPlaceTail(dropSpelledOut(t1.replace(APPLY_NOTE, '')).replace(LEADING_CONTRACT, '')))).replace(GENDER, '').trim());
  // "Kundenservice-Mitarbeiter Energie (Remote) – Callcenter Dienstleister": a bracket of who may
  // apply or how shows once the employer's business after it is gone.
  return stripSuffixes(t2.replace(APPLY_NOTE, '')).trim();
}


// "Stage - Assistant chef de projet", "Praktikum – Marketing Manager", "CDD : Comptable": a contract
// type before the role.
export const LEADING_CONTRACT = /^(?:stage|alternance|apprentissage|cdi|cdd|intérim|internship|intern|praktikum|werkstudent(?:in)?|ausbildung|minijob|prácticas|becario|beca|stage|bijbaan|traineeship|freelance|interim|temporary|fixed[- ]term)\s*[-–—:|]\s+(?=\p{L})/iu;
