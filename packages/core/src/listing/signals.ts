export { detectWorkplace, statesWorkplaceOther, type ListingWorkplace } from './workplace';

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
