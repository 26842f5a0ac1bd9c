import type { ListingLine } from './sections';
import { statesWorkplaceOther } from './signals';

/** A requirement as extracted, before skills are attached. */
export interface RawRequirement {
  text: string;
  kind: 'required' | 'preferred';
}

const PREFERRED_MARK = /\b(preferred|prefer|preferably|a plus|is a plus|are a plus|plus\b|nice[- ]to[- ]have|bonus|desirable|desired|ideally|advantageous|an asset|is an advantage|would be (great|nice|helpful|beneficial)|helpful|beneficial|not required|optional)\b/i;
const PREFERRED_OTHER = /(?<![\p{L}])(ist ein plus|sind ein plus|von vorteil|wünschenswert|idealerweise|est un plus|serait un plus|idéalement|apprécié|se valorará|valorable|deseable|es un plus|idealmente|is een pré|een pré|pré|bij voorkeur|mooi meegenomen|pluspunt)(?![\p{L}])/iu;
// "Nice to have: …" or "Requirements: …" inside a paragraph: the label says the kind and goes.
const INLINE_LABEL = /^(nice to have|bonus|preferred|wünschenswert|von vorteil|idealerweise|un plus|idéalement|apprécié|se valorará|valorable|deseable|pré|mooi meegenomen|een plus|requirements|must have|you need|anforderungen|voraussetzungen|das bringst du mit|prérequis|profil|compétences requises|requisitos|imprescindible|necesitamos|functie-eisen|wat vragen wij|vereist)\s?:\s*(.+)$/iu;
const INLINE_PREFERRED = /^(nice to have|bonus|preferred|wünschenswert|von vorteil|idealerweise|un plus|idéalement|apprécié|se valorará|valorable|deseable|pré|mooi meegenomen|een plus)$/iu;
const REQUIRED_MARK = /\b(required|must|mandatory|essential|minimum|at least)\b/i;
// A sentence outside the qualifications sections is a requirement only when it asks for something
// a candidate has: years, a degree, a licence, a command of a tool.
const STRONG_CUE = /\b(\d{1,2}\s*\+?\s*(?:-|–|to)?\s*\d{0,2}\s*\+?\s*(?:years?|yrs)|(one|two|three|four|five|six|seven|eight|ten)\+? years?|must (have|be|possess|hold|bring|demonstrate)|required|requirements?|degree|bachelor|master['’]?s|diploma|ged\b|certifi(cation|cate|ed)|licen[cs](e|ed|ure)|proficien\w*|knowledge of|familiar(ity)? with|experience (with|in|as|of|using|working|managing|leading|building)|(prior|previous|proven|demonstrated|hands-on|professional|relevant) experience|ability to|able to|skills? in|background in|fluen(t|cy)|expertise in|track record|understanding of|comfortable (with|working)|you (have|bring|hold)|candidates? (should|will|must)|strong (\w+ )?(skills|communication|written|verbal|analytical|understanding)|(is|are|would be) (a plus|preferred|desired|desirable|an asset|helpful|a bonus|required|essential))\b/i;
const LEAD_IN = /(:\s*$|\bthe following\b|\b(you|candidates?) (will|should|must) (have|bring|possess)\s*:?\s*$|^(we('|’)?re|we are) looking for (someone|a person|candidates?) (who|with)\s*:?\s*$)/i;
const NOISE = /^(this|the|it) (is|role|position|job)\b|\b(equal opportunity|eeo\b|reasonable accommodation|e-verify|click apply|apply now)\b/i;

function kindOf(text: string, fallback: RawRequirement['kind']): RawRequirement['kind'] {
  const firstPart = text.split(/[;,(]|\s[-–—]\s/)[0] ?? text;
  if (PREFERRED_OTHER.test(firstPart) || (fallback === 'preferred' && PREFERRED_OTHER.test(text))) return 'preferred';
  // "Experience with a CRM, ideally Salesforce" or "BSN; MSN preferred": the marker sits in a
  // trailing clause and qualifies only that clause, so the requirement keeps its section's kind.
  const firstClause = text.split(/[;,(]|\s[-–—]\s/)[0] ?? text;
  if (fallback === 'required' && PREFERRED_MARK.test(text) && !PREFERRED_MARK.test(firstClause) && firstClause.split(/\s+/).length >= 2) return 'required';
  if (PREFERRED_MARK.test(text)) {
    // "required; … preferred" keeps the first clause's word; a bare "preferred" wins otherwise.
    if (fallback === 'required' && /\brequired\b/i.test(text) && text.search(/\brequired\b/i) < text.search(PREFERRED_MARK)) return 'required';
    return 'preferred';
  }
  if (fallback === 'preferred' && /\b(required|must|mandatory)\b/i.test(text)) return 'required';
  if (REQUIRED_MARK.test(text)) return 'required';
  return fallback;
}

/**
 * Split a paragraph into sentences, keeping abbreviations ("e.g.", "U.S.") and tech names
 * (".NET", "Node.js") whole.
 * @example splitSentences('Know SQL. Have a CDL.') // ['Know SQL.', 'Have a CDL.']
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<!\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|incl|approx|U\.S|No|St|Jr|Sr|a\.m|p\.m))[.!?]+["”')]?\s+(?=[A-Z0-9"“(•])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Where and how the work happens ("Hybrid: two days a week in our Chicago office", "This is a
// fully remote role") is the workplace field, not something a story can cover.
const ARRANGEMENT = /^(?:this (?:is an? |role is |position is )?)?(?:fully |100% )?(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person)\b[^.]{0,80}\b(?:office|days?|week|location|anywhere|time ?zones?|role|position|based)\b[^.]*\.?$/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function clean(text: string): string {
  return text.replace(/^[\s*_•·-]+|[\s*_]+$/g, '').replace(/\*\*|__/g, '').trim();
}

/**
 * The requirements of a listing: every bullet and sentence of its qualifications sections, and
 * sentences elsewhere that clearly ask for something (years, a degree, a licence), each marked
 * required or preferred from its section and its own words ("… a plus").
 * @example extractRequirements(splitSections('Requirements:\n- SQL\n- Python a plus')).map((r) => r.kind) // ['required', 'preferred']
 */
export function extractRequirements(lines: ListingLine[]): RawRequirement[] {
  const out: RawRequirement[] = [];
  const seen = new Set<string>();
  const hasQualSection = lines.some((l) => l.section === 'required' || l.section === 'preferred');
  const push = (text: string, kind: RawRequirement['kind'], oneWordOk = false): void => {
    const t = clean(text);
    const key = t.toLowerCase();
    if ((words(t) < 2 && !(oneWordOk && t.length >= 1)) || t.length > 400 || seen.has(key) || NOISE.test(t) || ARRANGEMENT.test(t) || statesWorkplaceOther(t)) return;
    seen.add(key);
    out.push({ text: t, kind });
  };
  for (const line of lines) {
    const inQual = line.section === 'required' || line.section === 'preferred';
    if (line.section === 'benefits' || line.section === 'company') continue;
    const parts = line.isBullet && words(line.text) <= 60 ? [line.text] : splitSentences(line.text);
    for (const raw of parts) {
      const label = INLINE_LABEL.exec(raw);
      if (label) {
        push((label[2] ?? '').replace(/\.$/, ''), INLINE_PREFERRED.test(label[1] ?? '') ? 'preferred' : 'required', true);
        continue;
      }
      const part = raw;
      if (LEAD_IN.test(part) && words(part) <= 14) continue;
      const fallback = line.section === 'preferred' ? 'preferred' : 'required';
      if (inQual) {
        push(part, kindOf(part, fallback), line.isBullet);
      } else if (STRONG_CUE.test(part) && (line.section !== 'duties' || !hasQualSection || /\b(years?|degree|licen[cs]e|certifi\w+|must|required)\b/i.test(part))) {
        if (line.section === 'other' && !STRONG_CUE.test(part)) continue;
        push(part, kindOf(part, 'required'));
      }
    }
  }
  return out;
}
