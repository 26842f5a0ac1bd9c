// What a classified message proposes for the person's records: which application it belongs to
// (company and role, fuzzy, or the sender's address among the application's contacts) and the
// stage event to append, or a new application when none matches.
import { distance } from 'fastest-levenshtein';
import { roundOfStage, stageForRound, stageRank, type Stage } from '../model/stage';
import { cleanCompany } from './company';
import { foldPlain } from '../text-fold';
import type { MailClassification } from './schema';

/** An application as matching needs it: its names, its current stage and its contacts' addresses. */
export interface MatchableApplication {
  id: string;
  company: string;
  role: string;
  stage: Stage;
  createdAt: string;
  contactEmails?: string[];
}

export interface MailProposal {
  /** The matched application, or null to propose a new one. */
  applicationId: string | null;
  matchScore: number;
  newApplication: { company: string; role: string } | null;
  /** The stage event to append; null when the message asks for none or it is already recorded. */
  event: { stage: Stage; date: string; reason: string | null } | null;
  why: string;
}

// A name's words folded one by one with the shared folding, so a word keeps its bounds for the
// role's word overlap ("Data-Analyst" is "data analyst").
function fold(s: string): string {
  return cleanCompany(s).split(/[^\p{L}\p{M}\p{N}]+/u).map(foldPlain).filter(Boolean).join(' ');
}

function similarity(a: string, b: string): number {
  const x = fold(a), y = fold(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return 0.9;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

function roleSimilarity(a: string | null, b: string): number {
  if (!a) return 0.5;
  const ta = new Set(fold(a).split(' ')), tb = new Set(fold(b).split(' '));
  const common = [...ta].filter((t) => tb.has(t)).length;
  return Math.max(similarity(a, b), common / Math.max(ta.size, tb.size));
}

function eventStage(kind: MailClassification['kind'], current: Stage | null): Stage | null {
  switch (kind) {
    case 'application_received': return 'applied';
    case 'rejection': return 'rejected';
    case 'position_closed': return 'position_closed';
    case 'offer': return 'offer';
    case 'interview_invitation': {
      const round = current ? roundOfStage(current) : null;
      return round === null ? 'round1' : stageForRound(round + 1);
    }
    default: return null;
  }
}

/**
 * Match a classified message to one of the person's applications and propose the stage event it
 * stands for; `date` is the message's day (YYYY-MM-DD). An invitation proposes the round after
 * the current one, dated on the interview's day; a rejection or a closed position carries the
 * sentence that said so as its reason (the Diagnosis reads it; a closed position is "not you").
 * @example proposeFromMail({ kind: 'rejection', company: 'Acme', role: 'Analyst', confidence: 0.9, language: 'en', reason: 'No.', sender: null }, [{ id: 'a1', company: 'Acme Inc.', role: 'Data Analyst', stage: 'round1', createdAt: '2026-10-01T00:00:00Z' }], '2026-11-02').applicationId // 'a1'
 */
export function proposeFromMail(mail: MailClassification, applications: MatchableApplication[], date: string): MailProposal {
  if (mail.kind === 'other') return { applicationId: null, matchScore: 0, newApplication: null, event: null, why: 'not about an application' };
  let best: { app: MatchableApplication; score: number; why: string } | null = null;
  for (const app of applications) {
    const byContact = mail.sender !== null && (app.contactEmails ?? []).some((e) => e.toLowerCase() === mail.sender);
    const company = mail.company ? similarity(mail.company, app.company) : 0;
    if (!byContact && company < 0.8) continue;
    const role = roleSimilarity(mail.role, app.role);
    // Applications made after the message cannot be what it answers.
    const later = app.createdAt.slice(0, 10) > date ? 0.5 : 0;
    const score = (byContact ? 1 : company) * 0.6 + role * 0.4 - later;
    if (!best || score > best.score) best = { app, score, why: byContact ? 'sender is a contact of this application' : `company${role >= 0.8 ? ' and role' : ''} match` };
  }
  const matched = best && best.score >= 0.6 ? best : null;
  const stage = eventStage(mail.kind, matched?.app.stage ?? null);
  const eventDate = mail.kind === 'interview_invitation' && mail.interview?.date ? mail.interview.date : date;
  const reason = mail.kind === 'rejection' || mail.kind === 'position_closed' ? mail.reason : null;
  if (!matched) {
    if (!mail.company) return { applicationId: null, matchScore: 0, newApplication: null, event: null, why: 'no company named and no application matched' };
    return { applicationId: null, matchScore: 0, newApplication: { company: mail.company, role: mail.role ?? 'Role not named' }, event: stage ? { stage, date: eventDate, reason } : null, why: 'no application matched: propose a new one' };
  }
  // An event the history already holds (or has gone past, for an acknowledgement) is not proposed again.
  const current = matched.app.stage;
  const already = stage === current || (stage === 'applied' && stageRank(current) >= stageRank('applied'));
  return { applicationId: matched.app.id, matchScore: Math.round(matched.score * 100) / 100, newApplication: null, event: stage && !already ? { stage, date: eventDate, reason } : null, why: already ? `${matched.why}; already recorded` : matched.why };
}

/**
 * What a message proposes for one application the person chose (they dropped it there): the
 * stage step as `proposeFromMail` would give it, whatever the names in the message say. Mail
 * that is about no application (`other`) proposes nothing.
 * @example proposeForApplication({ kind: 'rejection', company: null, role: null, confidence: 0.9, language: 'en', reason: 'No.', sender: null }, { id: 'a1', company: 'Acme', role: 'Analyst', stage: 'round1', createdAt: '2026-10-01T00:00:00Z' }, '2026-11-02').event?.stage // 'rejected'
 */
export function proposeForApplication(mail: MailClassification, app: MatchableApplication, date: string): MailProposal {
  if (mail.kind === 'other') return { applicationId: app.id, matchScore: 1, newApplication: null, event: null, why: 'not about an application' };
  const stage = eventStage(mail.kind, app.stage);
  const eventDate = mail.kind === 'interview_invitation' && mail.interview?.date ? mail.interview.date : date;
  const reason = mail.kind === 'rejection' || mail.kind === 'position_closed' ? mail.reason : null;
  const already = stage === app.stage || (stage === 'applied' && stageRank(app.stage) >= stageRank('applied'));
  return { applicationId: app.id, matchScore: 1, newApplication: null, event: stage && !already ? { stage, date: eventDate, reason } : null, why: already ? 'chosen by you; already recorded' : 'chosen by you' };
}
