import { analyzeListing, type ListingAnalysis } from '../listing/analyze';
import { findSkills } from '../taxonomy/matcher';

/** The resume check: the `resume check --json` contract. */
export interface ResumeCheck {
  /** 0..1: required skills count twice, preferred once; null when the listing names no skill. */
  matchRate: number | null;
  found: string[];
  missing: string[];
  /** The missing skills the listing lists as required. */
  missingRequired: string[];
  warnings: string[];
}

/** How a resume's text came out of its file, from the importers' extractor. */
export interface ResumeTextInfo {
  text: string;
  /** A PDF with pages but no text layer (a scan or an exported picture). */
  imageOnly?: boolean;
  pages?: number | null;
}

function folded(s: string): string {
  return s.toLowerCase();
}

/**
 * The listing's required and preferred skills found in and missing from a resume, through the
 * skill taxonomy (so "Postgres" in one and "PostgreSQL" in the other match), with a match rate and
 * warnings (an image-only PDF, a listing without skills, a nearly empty resume).
 * @example checkResume({ text: 'Five years of Postgres' }, 'Requirements:\n- PostgreSQL\n- Kubernetes').missing // ['Kubernetes']
 */
export function checkResume(resume: ResumeTextInfo, listing: string | ListingAnalysis): ResumeCheck {
  const analysis = typeof listing === 'string' ? analyzeListing(listing) : listing;
  const warnings: string[] = [];
  if (resume.imageOnly) warnings.push('The resume is an image-only PDF: applicant tracking systems cannot read it. Export it again from your editor so it keeps its text.');
  else if (resume.text.trim().length < 200) warnings.push('Very little text came out of the resume; check that it is not a scan or a picture of text.');
  const inResume = new Set(findSkills(resume.text).map((m) => folded(m.skill)));
  const required = new Set<string>();
  const preferred = new Set<string>();
  for (const r of analysis.requirements) for (const s of r.skills) (r.kind === 'required' ? required : preferred).add(s);
  for (const s of analysis.skills) if (!required.has(s)) preferred.add(s);
  for (const s of required) preferred.delete(s);
  if (required.size + preferred.size === 0) {
    warnings.push('The listing names no skill the taxonomy knows, so there is nothing to match against.');
    return { matchRate: null, found: [], missing: [], missingRequired: [], warnings };
  }
  const found: string[] = [];
  const missing: string[] = [];
  const missingRequired: string[] = [];
  let got = 0;
  let total = 0;
  for (const [set, weight] of [[required, 2], [preferred, 1]] as const) {
    for (const s of set) {
      total += weight;
      if (inResume.has(folded(s))) {
        found.push(s);
        got += weight;
      } else {
        missing.push(s);
        if (weight === 2) missingRequired.push(s);
      }
    }
  }
  return { matchRate: Math.round((got / total) * 100) / 100, found, missing, missingRequired, warnings };
}
