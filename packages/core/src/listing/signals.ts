/** Where the work happens, as the listing states it. */
export type ListingWorkplace = 'remote' | 'hybrid' | 'onsite';

const HYBRID = /\bhybrid\b(?!\s+(cloud|apps?|mobile|vehicles?|infrastructure|integration|solutions?|environments? (of|across) (cloud|aws|azure)))|\b(\d|one|two|three|four)\s+days?\s+(a|per|each)\s+week\s+(in|at|from)\s+(the|our)\s+(office|studio|site|hub)|\bin[- ]office\s+(\d|one|two|three)\s+days\b|\bsplit between (home|remote) and (the )?office\b/i;
const NOT_REMOTE = /\b(not|no|isn('|’)t|is not|non)[- ](a\s+)?(fully\s+)?remote\b|\bremote work is not\b|\bnot (eligible|available) for remote\b|\bno (option for )?(remote|work from home|wfh)\b/i;
const REMOTE = /\b(fully|100%|completely|entirely|permanently)\s+remote\b|\bremote[- ](first|friendly|only|position|role|job|opportunity|eligible|option|team|company|work(ing)?|based)\b|\bwork(ing)?\s+(from|at)\s+home\b|\bwfh\b|\b(location|workplace|work location|workplace type|work type|work arrangement|job type)\s*[:\-–]\s*(\w+\s*,?\s*)?remote\b|\bremote\s*[(\-–,]\s*(us|usa|u\.s\.|uk|eu|europe|emea|canada|worldwide|anywhere|global|north america|[A-Z]{2}\b)|\bthis (is a|position is|role is|job is)\s+(an?\s+)?(fully\s+)?remote\b|^\s*remote\s*$|\(remote\)|\(([^()\n]{0,40}[,;/]\s*)?remote\s*[)\-–,]|^\s*remote\s*([,(\-–]|within|in|across|from|only|first|\()|[·|•]\s*remote\b|\bwork remotely\b|\b(can|may) be (done|performed|worked) remotely\b|\banywhere in (the )?(us|u\.s\.|world|country|uk|eu|europe|canada)\b|\bdistributed team\b/im;
const ONSITE_STRONG = /\b(this is an?|this|the)\s+(on[- ]?site|in[- ]office|in[- ]person)\s+(role|position|job)\b|\b(fully|100%|entirely)\s+(on[- ]?site|in[- ]office|in[- ]person)\b|\b(role|position|job) is (fully )?(on[- ]?site|in[- ]office|in[- ]person)\b|\bmust (work|be) (on[- ]?site|in[- ]office|in the office|in person)\b/i;
const ONSITE = /(?:^|\n)[ \t]*in (store|branch|the store)\b|\bon[- ]?site\b(?!\s+(gym|daycare|child ?care|parking|cafeteria|fitness|clinic))|\bin[- ]office\b|\bin[- ]person\s+(role|position|work|job)\b|\bon location\b|\b(work|works|working|report|reporting)\s+(at|from|in|to)\s+(our|the)\s+([\w-]+\s+){0,4}(office|store|clinic|hospital|plant|warehouse|site|facility|campus|school|branch|restaurant|lab|laboratory|job ?sites?|headquarters)\b|\bmust (live|reside) within\b|\bcommut\w+ distance\b|\bon the (shop|sales|production|hospital) floor\b|\bjob ?sites?\b|\bwork location\s*[:\-–]\s*in person\b/i;

// Nothing said about remote work, but the work is bound to a place: patients, a store floor, a
// classroom, a job site, shifts, lifting. Such a listing is on site.
const PLACE_BOUND = /\b(shifts?|lift(ing)? (up to )?\d+ ?(lbs|pounds)|stand (for|and walk)|(our|the) (store|stores|clinic|hospital|restaurant|warehouse|plant|shop|facility|school|campus|unit|kitchen|studio|branch|office|headquarters|hq|lab|laboratory|community|floor)\b|home visits|job ?sites?|front desk|classroom|patients?|residents|guests|customers' homes|take-home (van|truck)|company truck|school year|job site|field operations|in our [A-Z][\w.]*( [A-Z][\w.]*)? (office|store|clinic|studio|headquarters|plant|lab)|(office|based|located) in [A-Z])/i;

// German, French, Spanish and Dutch statements, checked first: "no remote" before "remote",
// "100 % remote" before "hybrid", hybrid before "in the office".
const OTHER_NOT_REMOTE = /(nicht remote|kein(e)? (homeoffice|remote)|pas de télétravail|no es posible el teletrabajo|sin teletrabajo|thuiswerken is niet mogelijk|niet thuiswerken)/iu;
const OTHER_REMOTE = /(100\s?%\s?(remote|télétravail|en remoto|thuis)|remote aus (ganz )?deutschland|grotendeels (thuis|remote)|volledig thuis\p{L}*|zu 100\s?% (remote|möglich)|homeoffice zu 100|vollständig remote|komplett remote|full remote|télétravail (complet|total)|teletrabajo (total|100)|en remoto|modalidad\s?:\s?remoto|volledig remote|remote functie|lieu\s?:\s?télétravail|locatie\s?:\s?remote|arbeitsort\s?:\s?remote|[(/]\s?(thuiswerken|op afstand|télétravail total|remoto)\s?\)?\s*$)/imu;
const OTHER_HYBRID = /((?<![\p{L}])hybride?s?(?![\p{L}])|híbrid[oa]|tage? im büro|homeoffice an|mischung aus homeoffice|teilweise (homeoffice|mobil\p{L}*)|mobiles arbeiten|homeoffice (nach absprache |tageweise )?möglich|gelegentlich (remote|homeoffice|mobil)|télétravail (partiel|possible|fréquent|occasionnel)|jours? de télétravail|télétravail\s?:\s?\d|\d jours?\s?\/\s?semaine|teletrabajo parcial|(\d|un|uno|dos|tres) días? de teletrabajo|días en la oficina|(?<!groten)deels thuis|thuiswerken kan|dag(en)? (per week )?op kantoor|vanuit huis)/iu;
const OTHER_ONSITE = /((?<![\p{L}])vor ort(?![\p{L}])|präsenz|einsatzort|présentiel|sur site|presencial|op locatie|op (ons |het )?kantoor|standplaats|dans nos locaux|en la oficina|im büro|en magasin|en boutique)/iu;

/**
 * Whether a short line is about where the work happens ("Hybrides Arbeiten: 2 Tage im Büro"),
 * in German, French, Spanish or Dutch: such a line is the workplace, not a requirement.
 * @example statesWorkplaceOther('Télétravail complet possible.') // true
 */
export function statesWorkplaceOther(line: string): boolean {
  return line.split(/\s+/).length <= 16 && [OTHER_NOT_REMOTE, OTHER_REMOTE, OTHER_HYBRID, OTHER_ONSITE].some((re) => re.test(line));
}

/**
 * The workplace the listing states: hybrid when it says so or names office days, on site when it
 * says remote is not possible or names the place of work, remote when it says remote; null when
 * it does not say.
 * @example detectWorkplace('This is a fully remote role.') // 'remote'
 */
export function detectWorkplace(text: string): ListingWorkplace | null {
  if (OTHER_NOT_REMOTE.test(text)) return 'onsite';
  if (OTHER_REMOTE.test(text)) return 'remote';
  if (OTHER_HYBRID.test(text)) return 'hybrid';
  if (OTHER_ONSITE.test(text)) return 'onsite';
  if (HYBRID.test(text)) return 'hybrid';
  if (NOT_REMOTE.test(text)) return 'onsite';
  const remote = REMOTE.test(text);
  if (remote && ONSITE_STRONG.test(text)) return 'hybrid';
  if (remote) return 'remote';
  if (ONSITE_STRONG.test(text) || ONSITE.test(text) || PLACE_BOUND.test(text)) return 'onsite';
  return null;
}

/** The culture signals we look for, in display order. */
export const CULTURE_SIGNALS = [
  'collaboration',
  'independence',
  'fast_pace',
  'steady_pace',
  'structured',
  'unstructured',
  'open_office',
  'in_person_social',
  'flexible_hours',
  'shift_work',
] as const;
export type CultureSignal = (typeof CULTURE_SIGNALS)[number];

const CULTURE: Record<CultureSignal, RegExp> = {
  collaboration: /\b(collaborat\w+|team player|teamwork|team-oriented|cross[- ]functional(ly)?|work(ing)? closely with|close[- ]knit|pair programming|partner closely)\b/i,
  independence: /\b(independen(t|tly)|autonom\w+|self[- ]starter|self[- ]directed|self[- ]motivated|minimal (supervision|direction|guidance)|little supervision|take ownership|high ownership|own (your|the) (work|projects?|roadmap)|on your own initiative)\b/i,
  fast_pace: /\b(fast[- ]paced|fast[- ]moving|high[- ]growth|hyper[- ]growth|startup (environment|pace)|rapidly changing|quickly changing|move fast|moving fast|tight deadlines|high[- ]pressure|wear many hats|high[- ]volume|busy (environment|store|clinic|unit|restaurant|office))\b/i,
  steady_pace: /\b(steady pace|predictable (hours|schedule|workload)|sustainable pace|work[- ]life balance|calm (environment|pace)|no crunch|reasonable hours)\b/i,
  structured: /\b(structured (environment|process\w*|training|onboarding)|established (processes|procedures|systems)|clear (processes|procedures|expectations)|well[- ]defined (processes|procedures|roles?)|standard operating procedures|sops?\b|policies and procedures|chain of command|highly regulated|strict (protocols|procedures|guidelines))\b/i,
  unstructured: /\b(ambiguity|ambiguous|unstructured|scrappy|build (it |things )?from scratch|zero to one|0 to 1|greenfield|constantly evolving|comfortable with change)\b/i,
  open_office: /\b(open[- ](office|plan|floor plan|workspace|concept office)|shared workspace|hot[- ]desk\w*|bullpen|co-?working space)\b/i,
  in_person_social: /\b(happy hours?|team (lunch|lunches|dinners?|outings?|events?|offsites?|building( events| activities)?|retreats?)|social events?|company (events|parties|outings|retreats?)|offsites?|game nights?|potlucks?|in[- ]person (events|gatherings|culture|collaboration)|catered (lunch|lunches|meals)|celebrat\w+ (together|wins))\b/i,
  flexible_hours: /\b(flexible (hours|schedules?|working( hours)?|work hours|start times?|time)|flex[- ]?time|flexi[- ]?time|choose your (own )?hours|set your own (hours|schedule)|async(hronous)?[- ](first|work|communication)|asynchronous|core hours|compressed work ?week|4[- ]day (work ?)?week)\b/i,
  shift_work: /\b((night|evening|weekend|rotating|overnight|early|late|split|12-hour|8-hour|10-hour)\s+shifts?|weekends? (and|&) holidays|on[- ]call|shift work|work(ing)? weekends)\b/i,
};

/**
 * The culture signals a listing gives, with the words that gave each.
 * @example detectCulture('A fast-paced, collaborative team.').map((c) => c.signal) // ['collaboration', 'fast_pace']
 */
export function detectCulture(text: string): Array<{ signal: CultureSignal; text: string }> {
  const out: Array<{ signal: CultureSignal; text: string }> = [];
  for (const signal of CULTURE_SIGNALS) {
    const m = CULTURE[signal].exec(text);
    if (m) out.push({ signal, text: m[0] });
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
};
const YEARS_RE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\+|\s+or more|\s+plus)?\s*(?:(?:-|–|to|bis|à|a)\s*(?:\d{1,2}|[a-z]+)\s*)?\+?\s*(?:years?|yrs|jahren?|ans|años|jaar)(?![\p{L}])/giu;

/**
 * The years of experience the listing asks for: the largest minimum among required
 * requirements that speak of experience (preferred ones when no required one does), else null.
 * @example yearsOfExperience([{ text: '3-5 years of experience in sales', kind: 'required' }]) // 3
 */
export function yearsOfExperience(reqs: Array<{ text: string; kind: string }>): number | null {
  const found = (kind: string | null): number | null => {
    let best: number | null = null;
    for (const r of reqs) {
      if (kind !== null && r.kind !== kind) continue;
      if (!/\b(experience|exp\b|background|working|work history|track record|in (a|the) (role|field|industry))|erfahrung|expérience|experiencia|ervaring|trabajando/i.test(r.text)) continue;
      for (const m of r.text.matchAll(YEARS_RE)) {
        const raw = (m[1] ?? '').toLowerCase();
        const n = NUMBER_WORDS[raw] ?? Number(raw);
        if (Number.isFinite(n) && n > 0 && n <= 40 && (best === null || n > best)) best = n;
      }
    }
    return best;
  };
  return found('required') ?? found('preferred');
}

/** What the employer asks applicants to send, and in which file formats. */
export interface RequestedMaterials {
  items: string[];
  formats: string[];
}

const MATERIALS: Array<[string, RegExp]> = [
  ['resume', /\b(resume|résumé|cv|curriculum vitae)\b/i],
  ['cover letter', /\bcover letter\b|\bletter of (interest|intent|application)\b/i],
  ['portfolio', /\b(portfolio|work samples?|samples of (your )?work|links? to (your )?work)\b(?!\s+(management|manager|analysis|companies|company|optimization))/i],
  ['references', /\b(references|referees)\b/i],
  ['writing sample', /\bwriting samples?\b/i],
  ['transcripts', /\btranscripts?\b/i],
  ['salary expectations', /\bsalary (expectations|requirements|history)\b/i],
];
const APPLY_CONTEXT = /\b(submit|include|attach|send|upload|provide|share|along with|with your application|to apply|apply|application must|applications? (should|must|without)|please)\b/i;

/**
 * Materials and file formats the listing asks applicants to send ("submit a cover letter and
 * three references as one PDF"), read from sentences about applying.
 * @example requestedMaterials('To apply, send your resume and a cover letter as a PDF.').formats // ['PDF']
 */
export function requestedMaterials(text: string): RequestedMaterials {
  const items = new Set<string>();
  const formats = new Set<string>();
  for (const sentence of text.split(/\n|(?<=[.!?])\s+/)) {
    if (!APPLY_CONTEXT.test(sentence)) continue;
    for (const [name, re] of MATERIALS) if (re.test(sentence)) items.add(name);
    if (/\b(pdf|\.pdf)\b/i.test(sentence)) formats.add('PDF');
    if (/\b(\.docx?|word (document|format|file))\b/i.test(sentence)) formats.add('Word');
    if (/\b(plain text|\.txt)\b/i.test(sentence)) formats.add('plain text');
  }
  return { items: [...items], formats: [...formats] };
}
