import type { CultureSignal, ListingWorkplace } from '../listing/signals';
import { DEAL_BREAKER_LABELS, isProfileEmpty, type DealBreaker, type WorkStyleAxis, type WorkStyleProfileData } from './schema';
import { escapeRegExp } from '../regexp';

/** What the fit check reads of a listing: its workplace, its culture signals with their words, its text. */
export interface ListingForFit {
  workplace: ListingWorkplace | null;
  cultureEvidence: ReadonlyArray<{ signal: CultureSignal; text: string }>;
  text: string;
}

export interface FitItem {
  kind: 'mismatch' | 'match';
  /** The axis or the deal-breaker this item is about. */
  about: WorkStyleAxis | DealBreaker | 'other';
  /** The listing's words that gave it ("fast-paced", "on-call"). */
  evidence: string;
  /** The listing's culture signal behind it, when one was. */
  signal?: CultureSignal;
  /** One plain sentence for the person. */
  message: string;
}

export interface CultureFitResult {
  /** False when the profile is empty: nothing can be said, and the screen asks for the profile. */
  hasProfile: boolean;
  mismatches: FitItem[];
  matches: FitItem[];
}

type Rule = { signal: CultureSignal; axis: WorkStyleAxis; when: (v: number) => boolean; kind: 'mismatch' | 'match'; message: (words: string) => string };

// Each listing signal against the axis it speaks to. A mismatch needs the person to lean away
// from the signal (|value| >= 1); "no preference" (null) never mismatches.
const RULES: Rule[] = [
  { signal: 'collaboration', axis: 'team', when: (v) => v >= 1, kind: 'mismatch', message: (w) => `The listing stresses close teamwork ("${w}"); you prefer working on your own.` },
  { signal: 'collaboration', axis: 'team', when: (v) => v <= -1, kind: 'match', message: (w) => `Close teamwork ("${w}") suits your preference for working with a team.` },
  { signal: 'independence', axis: 'team', when: (v) => v <= -2, kind: 'mismatch', message: (w) => `The listing expects much independent work ("${w}"); you prefer working closely with a team.` },
  { signal: 'independence', axis: 'structure', when: (v) => v <= -1, kind: 'mismatch', message: (w) => `The listing expects you to work with little direction ("${w}"); you prefer clear structure.` },
  { signal: 'independence', axis: 'team', when: (v) => v >= 1, kind: 'match', message: (w) => `Independent work ("${w}") suits your preference for working on your own.` },
  { signal: 'fast_pace', axis: 'pace', when: (v) => v <= -1, kind: 'mismatch', message: (w) => `The listing describes a fast pace ("${w}"); you prefer a steady one.` },
  { signal: 'fast_pace', axis: 'pace', when: (v) => v >= 1, kind: 'match', message: (w) => `A fast pace ("${w}") suits you.` },
  { signal: 'steady_pace', axis: 'pace', when: (v) => v >= 2, kind: 'mismatch', message: (w) => `The listing promises a steady pace ("${w}"); you want a fast one.` },
  { signal: 'steady_pace', axis: 'pace', when: (v) => v <= -1, kind: 'match', message: (w) => `A steady pace ("${w}") suits you.` },
  { signal: 'structured', axis: 'structure', when: (v) => v >= 1, kind: 'mismatch', message: (w) => `The listing describes set processes ("${w}"); you prefer room to shape the work.` },
  { signal: 'structured', axis: 'structure', when: (v) => v <= -1, kind: 'match', message: (w) => `Clear processes ("${w}") suit your preference for structure.` },
  { signal: 'unstructured', axis: 'structure', when: (v) => v <= -1, kind: 'mismatch', message: (w) => `The listing warns of ambiguity ("${w}"); you prefer clear structure.` },
  { signal: 'unstructured', axis: 'structure', when: (v) => v >= 1, kind: 'match', message: (w) => `Room to shape the work ("${w}") suits you.` },
  { signal: 'open_office', axis: 'social', when: (v) => v <= -1, kind: 'mismatch', message: (w) => `The listing mentions an open workspace ("${w}"); you prefer a quiet place to work.` },
  { signal: 'in_person_social', axis: 'social', when: (v) => v <= -1, kind: 'mismatch', message: (w) => `The listing stresses social events ("${w}"); you prefer a quiet workplace.` },
  { signal: 'in_person_social', axis: 'social', when: (v) => v >= 1, kind: 'match', message: (w) => `A social workplace ("${w}") suits you.` },
  { signal: 'flexible_hours', axis: 'structure', when: (v) => v >= 1, kind: 'match', message: (w) => `Flexible hours ("${w}") suit your preference for flexibility.` },
];

// What each deal-breaker looks like in a listing, in the five languages the listing analysis reads.
const DEAL_BREAKER_WORDS: Record<DealBreaker, RegExp | null> = {
  shift_work: /\b((night|evening|weekend|rotating|overnight|early|late|split)\s+shifts?|shift work|schichtdienst|schichtarbeit|travail posté|travail en équipes|trabajo por turnos|ploegendienst)(?!\w)/i,
  weekends: /\b(work(ing)? (on )?weekends?|weekends? (and|&) (public )?holidays|weekend (work|shifts?|availability)|wochenendarbeit|am wochenende|le week-end|fines de semana|in het weekend)(?!\w)/i,
  on_call: /\b(on[- ]call|rufbereitschaft|bereitschaftsdienst|astreintes?|guardias|bereikbaarheidsdienst|consignatiedienst)(?!\w)/i,
  travel: /\b(travel (up to )?\d{1,3}\s?%|\d{1,3}\s?% (of the time )?travel|frequent (business )?travel|extensive travel|travel (is )?required|willing(ness)? to travel|reisebereitschaft|déplacements fréquents|disponibilidad para viajar|reisbereidheid)(?!\w)/i,
  open_office: null,
  relocation: /\b(must (relocate|move to)|willing(ness)? to relocate|relocation (is )?required|umzugsbereitschaft|mobilité géographique|disponibilidad para (cambiar de residencia|reubicarse)|bereid te verhuizen)(?!\w)/i,
  daily_commute: null,
};


/**
 * Hold a listing's way of working against the person's work-style profile: each mismatch and each
 * match with the listing's words and one plain sentence. An empty profile gives `hasProfile: false`
 * and no items, never "fits".
 * @example cultureFit({ ...emptyProfile, pace: -2 }, { workplace: null, cultureEvidence: [{ signal: 'fast_pace', text: 'fast-paced' }], text: '' }).mismatches[0].about // 'pace'
 */
export function cultureFit(profile: WorkStyleProfileData, listing: ListingForFit): CultureFitResult {
  if (isProfileEmpty(profile)) return { hasProfile: false, mismatches: [], matches: [] };
  const items: FitItem[] = [];
  const place = profile.place;
  if (place !== null && listing.workplace) {
    if (listing.workplace === 'onsite' && place <= -1) items.push({ kind: 'mismatch', about: 'place', evidence: 'on site', message: 'The role is on site; you prefer working remotely.' });
    else if (listing.workplace === 'remote' && place >= 1) items.push({ kind: 'mismatch', about: 'place', evidence: 'remote', message: 'The role is remote; you prefer working in person.' });
    else if (listing.workplace === 'hybrid' && place <= -2) items.push({ kind: 'mismatch', about: 'place', evidence: 'hybrid', message: 'The role is hybrid, with office days; you want to work fully remotely.' });
    else if ((listing.workplace === 'remote' && place <= -1) || (listing.workplace === 'onsite' && place >= 1) || listing.workplace === 'hybrid') {
      items.push({ kind: 'match', about: 'place', evidence: listing.workplace === 'onsite' ? 'on site' : listing.workplace, message: `The workplace (${listing.workplace === 'onsite' ? 'on site' : listing.workplace}) suits you.` });
    }
  }
  const seen = new Set<string>();
  for (const ev of listing.cultureEvidence) {
    for (const rule of RULES) {
      if (rule.signal !== ev.signal) continue;
      const v = profile[rule.axis];
      if (v === null || !rule.when(v)) continue;
      const key = `${rule.kind}:${rule.axis}:${rule.signal}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ kind: rule.kind, about: rule.axis, evidence: ev.text, signal: ev.signal, message: rule.message(ev.text) });
    }
  }
  const signals = new Set(listing.cultureEvidence.map((e) => e.signal));
  for (const d of profile.wontDo) {
    let evidence: string | null = null;
    if (d === 'open_office') evidence = listing.cultureEvidence.find((e) => e.signal === 'open_office')?.text ?? null;
    else if (d === 'daily_commute') evidence = listing.workplace === 'onsite' ? 'on site' : null;
    else if (d === 'shift_work' && signals.has('shift_work')) evidence = listing.cultureEvidence.find((e) => e.signal === 'shift_work')!.text;
    if (evidence === null) evidence = DEAL_BREAKER_WORDS[d]?.exec(listing.text)?.[0] ?? null;
    if (evidence !== null) items.push({ kind: 'mismatch', about: d, evidence, message: `You said you will not do this: ${DEAL_BREAKER_LABELS[d].toLowerCase()} ("${evidence}").` });
  }
  for (const phrase of profile.wontDoOther) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.trim())}(?![\\p{L}\\p{N}])`, 'iu').exec(listing.text);
    if (m) items.push({ kind: 'mismatch', about: 'other', evidence: m[0], message: `You said you will not do this: ${phrase.trim()} ("${m[0]}").` });
  }
  return { hasProfile: true, mismatches: items.filter((i) => i.kind === 'mismatch'), matches: items.filter((i) => i.kind === 'match') };
}
