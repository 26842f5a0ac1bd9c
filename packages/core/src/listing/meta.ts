import { classifyHeading } from './sections';

const FIELD_TITLE = /^(?:job title|title|position|position title|role|job)\s*[:\-–]\s*(.{2,120})$/im;
const FIELD_COMPANY = /^(?:company|employer|organi[sz]ation|hiring organi[sz]ation|agency|company name)\s*[:\-–]\s*(.{2,100})$/im;
const LOCATIONISH = /\b(remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|temporary|[A-Z]{2})\s*\)?$|,\s*[A-Z]/;
const NOT_A_TITLE = /^(job (description|posting|details)|description|overview|summary|apply|share|save|posted|we('|’)re hiring|now hiring|hiring)\b/i;

function clean(s: string): string {
  return s.replace(/[*_#]+/g, '').replace(/\s+/g, ' ').trim();
}

/** Split "Title - Company", "Title at Company", "Title | Company" into its parts. */
function splitTitleLine(line: string): { title: string; company: string | null } {
  const m = /^(.+?)\s+(?:at|@|-|–|—|\|)\s+(.+)$/.exec(line);
  if (!m) return { title: line, company: null };
  const left = clean(m[1] ?? '');
  const right = clean(m[2] ?? '');
  if (LOCATIONISH.test(right) || /^(remote|hybrid|on-?site|full[- ]time|part[- ]time)/i.test(right)) return { title: left, company: null };
  return { title: left, company: right.replace(/\s*\(.*\)\s*$/, '') || null };
}

/**
 * The job title and company of a listing: from labelled fields ("Job title: …"), the page title,
 * or the first line ("Senior Analyst at Acme"), and for the company also "About Acme" and
 * "Acme is a …" sentences; null when the listing does not say.
 * @example titleAndCompany('Data Analyst - Acme Corp\nWe are hiring.', null) // { title: 'Data Analyst', company: 'Acme Corp' }
 */
export function titleAndCompany(text: string, htmlTitle: string | null): { title: string | null; company: string | null } {
  let title: string | null = null;
  let company: string | null = null;
  const ft = FIELD_TITLE.exec(text);
  if (ft) title = clean(ft[1] ?? '');
  const fc = FIELD_COMPANY.exec(text);
  if (fc) company = clean(fc[1] ?? '');
  if (!title) {
    const lines = text.split('\n').map(clean).filter(Boolean);
    const candidates = htmlTitle ? [clean(htmlTitle), ...lines.slice(0, 5)] : lines.slice(0, 5);
    for (const line of candidates) {
      if (line.length > 120 || line.split(' ').length > 14 || NOT_A_TITLE.test(line)) continue;
      if (/[.!?]$/.test(line) && line.split(' ').length > 6) continue;
      if (classifyHeading(line.replace(/:$/, '')) !== null && !/\b(manager|engineer|director|nurse|teacher|analyst|specialist|assistant|technician|developer|designer|officer|associate|coordinator|lead|representative|clerk|driver|electrician|accountant)\b/i.test(line)) continue;
      const split = splitTitleLine(line);
      title = split.title.replace(/\s*\((remote|hybrid|on-?site)\)\s*$/i, '');
      company ??= split.company;
      break;
    }
  }
  if (!company) {
    const about = /^(?:#+\s*)?about\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*:?\s*$/m.exec(text);
    const intro = /(?:^|[.!?]\s+|\n)(?:At\s+|Join\s+)?([A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+){0,3})(?:,)?\s+(?:is|are)\s+(?:a|an|the|hiring|looking|seeking|one of)\b/.exec(text);
    const join = /\b(?:Join|At)\s+([A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+){0,3})(?:,|\s+(?:and|we|as|is|team))/.exec(text);
    const pick = (about?.[1] ?? null) || (join?.[1] ?? null) || (intro?.[1] ?? null);
    if (pick && !/^(We|Our|The|This|You|Your|It|They|Us|The Role|The Team|The Company|This Role|This Position)$/i.test(pick)) company = pick;
  }
  return { title: title || null, company: company || null };
}
