import type { FindingCategory, Severity } from '../types';
import de from './ldnoobw-de.json';
import es from './ldnoobw-es.json';
import fr from './ldnoobw-fr.json';
import nl from './ldnoobw-nl.json';
import type { LexiconTerm } from './surge-terms';

/** The languages the audit reads besides English. */
export const OTHER_SCAN_LANGUAGES = ['de', 'fr', 'es', 'nl'] as const;
export type OtherScanLanguage = (typeof OTHER_SCAN_LANGUAGES)[number];

const LDNOOBW: Record<OtherScanLanguage, string[]> = { de, fr, es, nl };

const words = (s: string) => new Set(s.split(/\s*\|\s*|\n/).map((w) => w.trim().toLowerCase()).filter(Boolean));

/**
 * Entries of the LDNOOBW lists we leave out: ordinary words the lists hold for a rarer sense
 * (German "nackt", "Kimme"; French "gerbe" a bouquet, "pédale" a pedal, "tapette" a fly swatter,
 * "baiser" a kiss; Spanish "concha" a shell, "martillo" a hammer, "heroína" a heroine; Dutch
 * "nicht" a niece, "naaien" to sew, "de hond uitlaten" to walk the dog), medical words, and
 * mild or childish words a recruiter would not hold against anyone.
 */
const LEFT_OUT: Record<OtherScanLanguage, Set<string>> = {
  de: words(`bimbo|bonze|fratze|ische|kimme|lümmel|mufti|nackt|nippel|penis|pinkeln|popel|reudig|rosette|schnackeln|kacke|kacken|kackwurst|orgasmus|dödel|pissen|schabracke|bratze`),
  fr: words(`bander|bigornette|bitte|bloblos|caca|chatte|clito|clitoris|cul|déconne|déconner|folle|gerbe|gerber|gueule|jouir|meuf|péter|pipi|pisser|pédale|ramoner|suce|tanche|tapette|trique|zigounette|zizi|baiser|emmerdant|emmerder|chier|chiottes|chiasse|étron|malpt|grande folle|palucher`),
  es: words(`asesinato|asno|caca|chupetón|concha|coprofagía|drogas|esperma|fiesta de salchichas|haciendo el amor|heroína|idiota|imbécil|infierno|maciza|macizorra|maldito|martillo|nazi|orina|pedo|pervertido|pezón|pinche|pis|racista|semen|sexo|sádico|tetas grandes|tía buena|travesti|trio|vulva|culo|gilipichis`),
  nl: words(`aardappels afgieten|achter het raam zitten|afberen|aflebberen|afrossen|afwerkplaats|een halve man en een paardekop|anita|asbak|aso|balen|bedonderen|bekken|belazeren|beurt|boemelen|brugpieper|buffelen|da's kloten van de bok|de ballen|de hond uitlaten|de koffer induiken|del|de pijp uitgaan|dombo|driehoog achter wonen|engerd|gat|gedoogzone|graftak|gras maaien|griet|hol|huisdealer|johny|kanen|klojo|klooien|klootjesvolk|knor|kont|kwakkie|lummel|mafketel|matje|muts|naaien|naakt|nicht|opzouten|paal|palen|penoze|piesen|pijpen|poep|poepen|poot|pot|potverdorie|publiciteitsgeil|raaskallen|remsporen|reutelen|schatje|slempen|spuiten|standje|stootje|sufferd|toeter|tongzoeng|triootjeg|watje|welzijnsmafia|wijf|zaadje|zakkenwasser|zuigen|vergallen|boerenpummel|krentekakker|oprotten|opsodemieteren|viespeuk|gesodemieter|besodemieteren|besodemieterd zijn|voor jan-met-de-korte-achternaam|voor jan lul|schuinsmarcheerder|reet trappen, voor zijn|op z'n sodemieter geven|op z'n hondjes|wuftje|hoempert|galbak|kettingzeug|flamoes`),
};

/** Slurs: discrimination rather than swearing. */
const SLURS: Record<OtherScanLanguage, Set<string>> = {
  de: words(`kampflesbe|kanake|neger|nigger|schwuchtel`),
  fr: words(`gouine|pédé|nègre|negro`),
  es: words(`bollera|marica|maricón|mariconazo`),
  nl: words(`flikker|mof`),
};

/** Words for sex and sexual anatomy (swear words built on them stay profanity, as in English). */
const SEXUAL: Record<OtherScanLanguage, Set<string>> = {
  de: words(`bumsen|milf|möpse|morgenlatte|möse|muschi|onanieren|pimmel|pimpern|poppen|porno|tittchen|titten|vögeln`),
  fr: words(`branlage|branlette|brouter le cresson|ménage à trois|teuch|tringler|troncher|turlute|couilles`),
  es: words(`chupada|follador|follar|hacer una paja|mamada|sexo oral|verga`),
  nl: words(`afrukken|aftrekken|afzuigen|beffen|een beurt geven|een nummertje maken|een wip maken|klaarkomen|kontneuken|neuken|neukstier|opgeilen|slik mijn zaad|standje-69|vingeren|wippen|botergeil|geilneef|drooggeiler|liefdesgrot|vleesroos|befborstel|flikken`),
};

/** Words for drinking to excess. */
const DRINKING: Record<OtherScanLanguage, Set<string>> = {
  de: words(''),
  fr: words(`bourré|bourrée`),
  es: words(''),
  nl: words(`zuiplap`),
};

/**
 * German spellings without the letters ß, ä, ö, ü (typed on another keyboard, or to dodge a
 * filter) are read as the same word.
 * @example germanSpellings('scheiße') // ['scheiße', 'scheisse']
 */
export function germanSpellings(term: string): string[] {
  const plain = term.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  return plain === term ? [term] : [term, plain];
}

/**
 * The lexicon of one language besides English: the LDNOOBW list of that language (CC BY 4.0,
 * `LICENSE-ldnoobw.txt`), less the ordinary words it holds, each entry put in one of our
 * categories (slurs are discrimination, sex words sexual, drinking words alcohol and drugs, the
 * rest profanity).
 * @example otherLanguageTerms('de').some((t) => t.term === 'arschloch') // true
 */
export function otherLanguageTerms(language: OtherScanLanguage): LexiconTerm[] {
  const out: LexiconTerm[] = [];
  const seen = new Set<string>();
  for (const raw of LDNOOBW[language]) {
    const term = raw.trim().toLowerCase();
    if (!term || LEFT_OUT[language].has(term)) continue;
    const category: FindingCategory = SLURS[language].has(term) ? 'discrimination' : SEXUAL[language].has(term) ? 'sexual' : DRINKING[language].has(term) ? 'alcohol_drugs' : 'profanity';
    const severity: Severity = category === 'discrimination' ? 'high' : 'medium';
    for (const spelling of language === 'de' ? germanSpellings(term) : [term]) {
      if (seen.has(spelling)) continue;
      seen.add(spelling);
      out.push({ term: spelling, category, severity });
    }
  }
  for (const verb of HATE_VERBS[language]) out.push({ term: verb, category: 'badmouthing', severity: 'medium', rule: 'workplace' });
  return out;
}

/** The verbs of the bad-mouthing phrases below: a post holding one is checked against its phrase. */
const HATE_VERBS: Record<OtherScanLanguage, string[]> = { de: ['hasse', 'hass'], fr: ['déteste', 'hais'], es: ['odio', 'detesto'], nl: ['haat', 'haatte'] };

/**
 * Swearing or insults about one's own job, boss or colleagues count as bad-mouthing too: the
 * workplace words of each language (as the English `workplace` rule), read in the same sentence.
 */
export const WORKPLACE_WORDS: Record<OtherScanLanguage, RegExp> = {
  de: /\b(?:chef|chefin|chefs|firma|job|arbeit|büro|kollegen|kollegin|kolleginnen|teamleiter|teamleiterin|vorgesetzte[rn]?|abteilung|arbeitgeber|geschäftsführer|unternehmen|kunden)\b/,
  fr: /\b(?:chef|cheffe|patron|patronne|boîte|boite|boulot|travail|bureau|collègues?|manager|managers|entreprise|employeur|direction|service|équipe|clients?)\b/,
  es: /\b(?:jefe|jefa|jefes|empresa|trabajo|curro|oficina|compañeros?|compañeras?|gerente|recursos humanos|empleador|equipo|clientes?|reunión)\b/,
  nl: /\b(?:baas|bazen|bedrijf|werk|kantoor|collega's|collegas|collega|manager|leidinggevende|werkgever|afdeling|klanten?|teamleider)\b/,
};

/** Plain statements of hating one's job or boss, in each language (as the English "hate my job"). */
export const BADMOUTHING_PHRASES: Record<OtherScanLanguage, RegExp> = {
  de: /\b(?:hasse|hass)\s+(?:meinen|meine|mein|diesen|diese)\s+(?:job|arbeit|chef|chefin|firma|kollegen)\b/,
  fr: /\b(?:je\s+)?(?:déteste|hais)\s+(?:mon|ma|mes|cette|ce)\s+(?:boulot|travail|job|chef|patron|boîte|entreprise|collègues|manager)\b/,
  es: /\b(?:odio|detesto)\s+(?:mi|mis|este|esta)\s+(?:trabajo|curro|jefe|jefa|empresa|compañeros)\b/,
  nl: /\b(?:haat|haatte)\s+(?:mijn|dit|deze)\s+(?:werk|baan|baas|bedrijf|collega's)\b/,
};
