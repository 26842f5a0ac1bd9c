import type { FindingCategory, Severity } from '../types';
import surge from './surge-profanity-en.json';
import type { OtherScanLanguage } from './other-languages';

const SURGE_PROFANITY_CSV: string = surge.csv;

export interface LexiconTerm {
  term: string;
  category: FindingCategory;
  severity: Severity;
  /** A weak term is a finding only when its rule finds the context in the same sentence. */
  rule?: RuleId;
  /** For the lexicons of other languages: the language whose posts the term is read in. */
  language?: OtherScanLanguage;
}

export type RuleId = 'threat' | 'workplace' | 'secrecy' | 'group' | 'drinking' | 'drugs' | 'crime' | 'sexual';

/**
 * Rows of the Surge list we leave out: ordinary English words, names and places that the list
 * holds for their rarer offensive sense (a sheet, a crow, Peter, a garden hoe, swine flu, the
 * Redskins, Homo sapiens, a jigger of gin, spunk as courage). Flagging them would bury the real
 * findings; the innocent-word tests keep them out.
 */
const AMBIGUOUS = new Set(
  `69 abbie aboe anal anus bastinado bates bbc bwc bender boner booty breasts bugger buttermilk caca cack
  cagone cajones coolie coon coonie coonies coons coot cooter cooties crotch crotchy crow crows cumming cums diddle dipstick dix dolt dong
  finger forked gyp greaser hoe hoes homo homos hooters hustler jap jigger jiggs knickers knob knobe knober knobes mong mongrel muff
  nicker nickers nip nig nigs nonce nuggets peter puss pusses ramrod rectum redskin sack sheet sheeeet shet slit snatch
  sperm sphincter spook spooks spunk suck swine tart tramp vulva wang weenie weiner fick focker fuku phuc mfs mfk
  scut sissy slag flamer flamers octopussy spanking chink twink dyke transvestite gayest gayness negro negroes
  molester cholo shylock queers nobs peen peener bater fack fugger fuggers mofo knobd vag throater crazy loose
  gaysian girlieboy girlyboy ladboys ladboyz ladiboy ladyboy ladyboys ladyboyz jiggy jigga jiggas geebag gowl
  dick dicks hoar whoar whoars azz feck fecker pecker bewbs girly`
    .split(/\s+/)
    .filter(Boolean),
);

/** Roots that recruiters read as swearing whatever the Surge category says (it files "fuck" under sexual acts). */
const PROFANITY_ROOTS = /f[u*v]?c?k|fck|fuq|phuc|phuk|shit|shyt|sh1t|bitch|b1tch|cunt|damn|bastard|piss|wank|twat|d[i1!]ck|prick|a[s$]s|arse|douche|tosser|bollock|mofo|mthrf|stfu|dafuq|turd|jackoff|jerkoff/;
const DISCRIMINATION_CATEGORIES = /racial|mental disability|physical disability/;
const ORIENTATION_SLURS = /fag|phag|feg|dyke|tranny|shemale|shmale|lesbo|queer|homo|gaylord|gaytard|carpetmunch|fudgepack|packingfudge|packerfudge/;

function severityOf(rating: number): Severity {
  // Surge rates 1 (mild) to 3 (severe); split into thirds.
  if (rating >= 2.4) return 'high';
  if (rating >= 1.7) return 'medium';
  return 'low';
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't' };
function deleet(term: string): string {
  return term.replace(/[013457@$!+]/g, (c) => LEET[c] ?? c);
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i++;
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

/**
 * The Surge rows we use, each put in one of our categories: slurs (racial, disability, sexual
 * orientation) are discrimination, swearing is profanity, the rest of sexual anatomy and acts is
 * sexual content, general insults are profanity.
 * @example surgeTerms().find((t) => t.term === 'shit')?.category // 'profanity'
 */
export function surgeTerms(): LexiconTerm[] {
  const out: LexiconTerm[] = [];
  for (const line of SURGE_PROFANITY_CSV.split('\n').slice(1)) {
    const [text = '', canonical = '', c1 = '', c2 = '', c3 = '', rating = '1'] = parseCsvLine(line);
    const term = text.toLowerCase().trim();
    const plain = deleet(term);
    if (!term || AMBIGUOUS.has(term) || AMBIGUOUS.has(plain)) continue;
    const cats = `${c1}|${c2}|${c3}`;
    const canon = canonical.toLowerCase();
    let category: FindingCategory;
    if (DISCRIMINATION_CATEGORIES.test(cats) && !PROFANITY_ROOTS.test(plain)) category = 'discrimination';
    else if (ORIENTATION_SLURS.test(term) || ORIENTATION_SLURS.test(canon)) category = 'discrimination';
    else if (PROFANITY_ROOTS.test(plain) || PROFANITY_ROOTS.test(canon)) category = 'profanity';
    else if (/sexual anatomy|bodily fluids/.test(c1) && !/excrement/.test(cats)) category = 'sexual';
    else if (/sexual anatomy/.test(cats)) category = 'sexual';
    else category = 'profanity';
    const severity = category === 'discrimination' ? 'high' : severityOf(Number(rating) || 1);
    out.push({ term, category, severity });
  }
  return out;
}
