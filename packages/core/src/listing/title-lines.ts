// Lines at the head of a listing that are no title, by what they are: a question the advert opens
// with, the employer announcing that it hires, the line that names whom the job reports to, a board's
// link to its searches, a board's box of criteria. meta.ts asks these before it takes a line; and
// whether a line addresses its reader as one of either gender, as a job's name does.
import { stripGenderForms } from './title-shape';

// "Freelance? Nee, in loondienst!", "Lust auf Neues?", "Envie de changer ?", "¿Buscas un cambio?",
// "Ready for a new challenge?": a question is a headline that leads to the job, not the job.
const QUESTION = /[?¿]/u;

// "Clinique vétérinaire des Tilleuls – Rennes Sud – recrute", "Bäckerei Kuhn sucht", "Acme is hiring!",
// "Grupo Norte busca", "Bakkerij Smit zoekt": the employer, with its town, and the verb that it hires.
const EMPLOYER_HIRES = /^(\p{Lu}.{1,80}?)(?:\s*[-–—|,:]\s*|\s+)(?:recrute|embauche|sucht|stellt ein|zoekt|werft aan|busca|contrata|selecciona|is hiring|are hiring|is recruiting|are recruiting)\s*[:!.…]*$/u;

// "Reports to | Head of Horticulture", "Berichtet an: Leitung Technik", "Rattaché(e) à : Directeur",
// "Reporta a: Jefe de planta", "Rapporteert aan: Teamleider": the manager's job, not this one.
const REPORTS_TO = /^[*_]*(?:reports? to|reporting to|direct reports|reporting line|berichtet an|berichtslinie|vorgesetzte[rn]?|rattachée?(?:\(e\))? à|rattachement|reporta a|depende de|rapporteert aan|leidinggevende)[*_]*\s*[:|]/iu;

// "Funeral Director jobs in Bristol", "Koch Jobs in Berlin", "Emplois de serveur à Lyon", "Empleos de
// camarero en Madrid", "Vacatures kok in Utrecht", "Salary Search: … salaries in Bristol": a board's
// links to its searches and salary pages.
const SEARCH_LINK = /(?:^|\s)(?:jobs|stellen|stellenangebote|emplois|offres d['’]emploi|empleos|ofertas de (?:empleo|trabajo)|vacatures)\s+(?:\p{Ll}[\p{L} '’-]{0,30}\s+)?(?:in|en|à|au|bei|near|nahe|près de|cerca de|bij)\s+\p{Lu}|(?:^|\s)(?:salary search|gehaltsvergleich|salaires?|sueldos?|salarissen)\s*:|(?:^|\s)(?:salaries|gehälter|salaires|sueldos|salarissen)\s+(?:in|en|à|für|voor|pour|de)\s/iu;

/**
 * Whether a head line is of a kind that is never the title: a question, the employer saying it
 * hires, whom the job reports to, or a board's search or salary link.
 * @example notTitleLine('Freelance? Nee, in loondienst!') // true
 */
export function notTitleLine(line: string): boolean {
  return QUESTION.test(line) || EMPLOYER_HIRES.test(line) || REPORTS_TO.test(line) || SEARCH_LINK.test(line);
}

/**
 * The employer a line that says it hires names, without a town in a dash segment after it.
 * @example hiringEmployer('Clinique vétérinaire des Tilleuls – Rennes Sud – recrute') // 'Clinique vétérinaire des Tilleuls'
 */
export function hiringEmployer(line: string): string | null {
  const m = EMPLOYER_HIRES.exec(line);
  if (!m) return null;
  const name = (m[1] ?? '').split(/\s+[-–—|]\s+/u)[0]?.trim() ?? '';
  return name.split(' ').length <= 8 ? name : null;
}

// A board's box of the job's criteria, each a label and a value: "Seniority level: Mid-Senior",
// "Job function: Engineering", "Industries: Utilities"; "Senioriteitsniveau", "Functie", "Sectoren";
// "Karrierestufe", "Tätigkeitsbereich", "Branchen"; "Niveau hiérarchique", "Fonction", "Secteurs";
// "Nivel de antigüedad", "Función laboral", "Sectores". A "Functie:" there is the line of work.
const CRITERIA = /^[*_]*(?:seniority level|employment type|job function|industries|senioriteitsniveau|dienstverband|sectoren|branche|karrierestufe|beschäftigungsverhältnis|tätigkeitsbereich|branchen|niveau hiérarchique|type d['’]emploi|secteurs|nivel de antigüedad|tipo de empleo|función laboral|sectores)[*_]*\s*:/imu;

/**
 * Whether a labelled title field sits in a board's box of criteria (a line next to it is one), where
 * its label names the line of work rather than the job.
 */
export function inCriteriaBox(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at).split('\n').slice(-3, -1);
  const after = text.slice(at + length, at + length + 200).split('\n').slice(1, 3);
  return [...before, ...after].some((l) => CRITERIA.test(l.trim()));
}

// A bracketed or bare run of gender letters: "(m/v/x)", "(w/m/d)", "H/F", "(f/h)".
const GENDER_LETTERS = /(?:^|\s)\(?\s*[mwfhvdx](?:\s?\/\s?[mwfhvdx]){1,2}\s*\)?(?=\s|$)/iu;

/**
 * Whether a line writes a noun for both genders, as a job's name is written for whoever applies:
 * a gender tag ("(m/v/x)", "H/F") or a form in the word itself ("Contremaître(sse)", "Imker/in",
 * "Chargé·e", "Leiter:in", "Jefe/a"), whatever the trade's words.
 * @example hasGenderForm('Contremaître(sse) toiture') // true
 */
export function hasGenderForm(line: string): boolean {
  return GENDER_LETTERS.test(line) || stripGenderForms(line) !== line;
}
