/** What a part of a listing is about, from its heading. */
export type SectionKind = 'intro' | 'required' | 'preferred' | 'duties' | 'benefits' | 'company' | 'other';

/** One line of a listing with the section it sits in. */
export interface ListingLine {
  text: string;
  section: SectionKind;
  isBullet: boolean;
  /** The heading text of its section, if any. */
  heading: string | null;
}

const BULLET_RE = /^(?:[•\-*–—·▪◦●○■□➢➤►>✓✔☐❖]|\d{1,2}[.)]|\(?[a-z][.)])\s+/;

// Checked in this order: "Preferred qualifications" is preferred, not required; "Essential
// functions" is a list of duties although "essential" usually means required.
const PREFERRED_RE = /\b(prefer\w*|nice[- ]to[- ]haves?|bonus\w*|plus(es)?|desir\w*|would be (great|nice|a plus)|extra credit|good to have|not required|assets?|additional (skills|qualifications)|even better|stand out|great if|optional)\b/;
const DUTIES_RE = /\b(responsibilit\w*|what you('|’)?ll (do|be doing|work on)|what you will do|duties|(the|your|this) role|role (overview|summary|description)|day[- ]to[- ]day|in this role|your impact|impact you('|’)?ll have|key tasks|accountabilit\w*|job (description|summary|overview)|position (summary|description|overview)|about the (role|job|position|opportunity)|the (job|opportunity|position)|essential (functions|duties)|functions|what the job involves|you will)\b/;
const BENEFITS_RE = /\b(benefits?|perks|what we offer|we offer|compensation|salary|pay (range|rate)|why (join|work)|rewards|what('|’)?s in it for you|package)\b/;
const COMPANY_RE = /\b(about (us|the (company|team|organi[sz]ation|employer))|who we are|our (company|story|team|culture|mission|values)|company (overview|description|profile)|the (company|team))\b/;
const OTHER_RE = /\b(equal (employment )?opportunit\w*|eeo|accommodations?|how to apply|application (process|instructions)|to apply|location|schedule|hours|job (details|type)|employment type|contact|disclaimer|note)\b/;
const REQUIRED_RE = /\b(requir\w*|qualifications?|must[- ]haves?|what you('|’)?ll (need|bring)|what you (need|bring|have)|who you are|about you|you (have|bring|are)|skills?|experience|competenc\w*|looking for|ideal candidate|essential|knowledge|education|certifications?|licen[sc]\w*|eligibility|background|criteria|prerequisites?|your profile|profile|expertise|(need|needed) to succeed|to be successful|abilities|minimum|basic|should have|(you|we)('|’)?ll need|need|needs|must|looking for|expect\w*|bring|requisites|ideal)\b/;

// The same headings in German, French, Spanish and Dutch (whole heading, lower case).
const OTHER_LANGS: Array<[SectionKind, RegExp]> = [
  ['preferred', /^(wünschenswert|von vorteil|pluspunkte|serait un plus|atouts|les petits plus|un plus|idéalement|se valorará|valorable|deseable|será un plus|pré|mooi meegenomen|een pluspunt|pluspunten)$/u],
  ['duties', /^(your tasks|your role|the role|sobre el puesto|el puesto|tus funciones|funciones del puesto|qué harás|de functie|jouw rol|ihre aufgaben|deine aufgaben|deine rolle|das erwartet (dich|sie)|aufgaben|vos missions|missions|descriptif du poste|ce que vous ferez|le poste|funciones|tus responsabilidades|qué harás|responsabilidades|wat ga je doen|jouw taken|functieomschrijving|verantwoordelijkheden|info zum job|à propos de l’offre d’emploi|acerca del empleo|over de vacature|job description|description)$/u],
  ['benefits', /^(wir bieten|was wir bieten|deine vorteile|ihre vorteile|ce que nous offrons|avantages|pourquoi nous rejoindre \??|qué ofrecemos|beneficios|ofrecemos|wat bieden wij|arbeidsvoorwaarden|wat krijg je)$/u],
  ['company', /^(über uns|wer wir sind|über .+|qui sommes-nous \??|à propos de .+|l['’]entreprise|sobre nosotros|quiénes somos|acerca de .+|over ons|wie zijn wij|over .+)$/u],
  ['required', /^(ihr profil|dein profil|anforderungen|das bringst du mit|was (sie|du) mitbringen|was du mitbringst|qualifikationen|voraussetzungen|profil recherché|votre profil|compétences requises|ce que nous recherchons|le profil|prérequis|requisitos( mínimos)?|qué buscamos|tu perfil|perfil que buscamos|imprescindible|wat vragen wij|wie ben jij|functie-eisen|jouw profiel|wat breng je mee|vereist|your profile|buscamos|lo que buscamos|requisitos del puesto|wat vragen we|wat je meebrengt|je brengt mee|profiel|profil|ton profil)$/u],
];

/**
 * The kind of section a heading opens, or null when the words are not a known heading.
 * @example classifyHeading('Nice to have') // 'preferred'
 */
export function classifyHeading(heading: string): SectionKind | null {
  const h = heading.toLowerCase().replace(/[#*_:]+/g, ' ').replace(/\s+/g, ' ').trim();
  // "¿Qué buscamos?", "Wat bieden wij?": the question marks aside, a heading like any other.
  const bare = h.replace(/^¿\s*/u, '').replace(/\s*\?$/u, '');
  return classifyNormal(h) ?? (bare !== h ? classifyNormal(bare) : null);
}

function classifyNormal(h: string): SectionKind | null {
  for (const [kind, re] of OTHER_LANGS) if (re.test(h)) return kind;
  if (/^about [a-z0-9]/.test(h) && !/^about (the )?(role|job|position|opportunity|you)\b/.test(h)) return 'company';
  if (PREFERRED_RE.test(h)) return 'preferred';
  if (DUTIES_RE.test(h)) return 'duties';
  if (BENEFITS_RE.test(h)) return 'benefits';
  if (COMPANY_RE.test(h)) return 'company';
  if (REQUIRED_RE.test(h)) return 'required';
  if (OTHER_RE.test(h)) return 'other';
  return null;
}

const CONTENT_OPENER = /^(strong|excellent|good|great|solid|proven|demonstrated|advanced|fluent|deep|hands-on|sehr gute?|gute|fundierte|ausgezeichnete|excellente?s?|bonnes?|solides?|buen[oa]s?|excelentes?|sólid[oa]s?|goede|uitstekende|sterke)\s/iu;

/** A line that is a heading: returns its text without markup, else null. */
function headingOf(line: string): string | null {
  const md = /^#{1,6}\s+(.+)$/.exec(line);
  if (md) return (md[1] ?? '').replace(/[*_:]+/g, '').trim();
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/.exec(line);
  if (bold) return (bold[1] ?? '').replace(/:$/, '').trim();
  const words = line.split(/\s+/).length;
  if (line.endsWith(':') && line.length <= 80 && words <= 10) return line.slice(0, -1).trim();
  // A short question on a line of its own heads a section in every language: "Wat ga je doen?",
  // "Was erwartet dich?", "¿Qué buscamos?", "Qui sommes-nous ?".
  if (/\?$/.test(line) && line.length <= 60 && words <= 8 && !/[.!;]\s/.test(line)) return line;
  if (line.length <= 60 && words <= 8 && !/[.,;!?]$/.test(line)) {
    // A requirement pasted without its bullet ("5+ years of FP&A experience, banking preferred",
    // "Advanced Excel; Hyperion a plus", "Strong communication skills") holds a heading word too:
    // a number, a comma or semicolon inside, or an opening word of degree says it is content.
    if (classifyHeading(line) !== null && !/\d|[,;]\s/.test(line) && !CONTENT_OPENER.test(line)) return line;
    if (/[A-Z]/.test(line) && line === line.toUpperCase() && /[A-Z]{3}/.test(line)) return line;
  }
  return null;
}

/**
 * Split a plain-text listing into lines, each with the section it belongs to. An inline heading
 * ("Requirements: 5 years of SQL") opens a section and keeps its text as a line.
 * @example splitSections('Requirements:\n- SQL')[0]?.section // 'required'
 */
export function splitSections(text: string): ListingLine[] {
  const out: ListingLine[] = [];
  let section: SectionKind = 'intro';
  let heading: string | null = null;
  // A benefits or company field with its value on its line ("Benefits: 30 days holiday") holds
  // that paragraph only: after a blank line the section it interrupted goes on.
  let resume: { section: SectionKind; heading: string | null } | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) {
      if (resume) ({ section, heading } = resume);
      resume = null;
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    if (!bullet) {
      const h = headingOf(line);
      const kind = h === null ? null : classifyHeading(h);
      // An unknown question ("Ben jij onze nieuwe analist?") closes only a company or benefits
      // section, whose lines are not read for skills; elsewhere it is a line of text.
      const isQuestionLine = h !== null && kind === null && /\?$/.test(line) && section !== 'company' && section !== 'benefits';
      if (h !== null && !isQuestionLine) {
        resume = null;
        // An unknown heading inside the requirements ("Technical", "Soft skills") keeps the kind.
        if (kind !== null) section = kind;
        else if (section !== 'required' && section !== 'preferred') section = 'other';
        heading = h;
        continue;
      }
      const inline = /^(\p{L}[\p{L} '’/&-]{2,40}?)\s?:\s+(.{3,})$/u.exec(line);
      const inlineKind = inline ? classifyHeading(inline[1] ?? '') : null;
      if (inline && inlineKind !== null && inlineKind !== 'other') {
        if (inlineKind === 'benefits' || inlineKind === 'company') resume ??= { section, heading };
        else resume = null;
        section = inlineKind;
        heading = inline[1] ?? null;
        out.push({ text: inline[2] ?? '', section, isBullet: false, heading });
        continue;
      }
    }
    out.push({ text: bullet ? line.slice(bullet[0].length).trim() : line, section, isBullet: bullet !== null, heading });
  }
  return out;
}
