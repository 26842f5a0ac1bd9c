import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { DiagnosisApplication, DiagnosisInput, DiagnosisInterview } from '../input';
import { NOW, advancedFirstRound, app, instantDaysAgo, roundOne, stalledFirstRound } from '../test-fixtures';
import { RULES } from './index';
import { comparisonScore, countOf } from './compare';

function withInterview(a: DiagnosisApplication, patch: Partial<DiagnosisInterview>): DiagnosisApplication {
  return { ...a, interviews: a.interviews.map((i) => ({ ...i, ...patch })) };
}

function reasonOf(input: DiagnosisInput, id: string) {
  const r = diagnose(input, { now: NOW }).reasons.find((x) => x.id === id);
  if (!r) throw new Error(`no reason ${id}`);
  return r;
}

const late = { thankYous: [{ interviewerName: 'Dana Reyes', sentAt: instantDaysAgo(58), problems: [] }] };
const onTime = { thankYous: [{ interviewerName: 'Dana Reyes', sentAt: instantDaysAgo(60, 15), problems: [] }] };

describe('reason rules', () => {
  it('registers one rule per reason of the ARCHITECTURE table', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'needs-changed',
      'culture-fit',
      'first-interview',
      'wrong-story',
      'thank-you',
      'instructions',
      'too-persistent',
      'social-media',
      'references',
    ]);
  });

  it('says what to record, never a guess, when nothing is recorded', () => {
    const r = diagnose({ applications: [stalledFirstRound('s1'), stalledFirstRound('s2'), stalledFirstRound('s3')] }, { now: NOW });
    for (const reason of r.reasons.filter((x) => x.id !== 'needs-changed')) {
      expect(reason.status).toBe('no_data');
      expect(reason.score).toBe(0);
      expect(reason.evidence.join(' ')).toMatch(/not recorded yet|none recorded/);
      expect(reason.fix.href).toMatch(/^\//);
    }
    expect(r.reasons.find((x) => x.id === 'first-interview')!.evidence).toContain('Debriefs: none recorded. Fill one after your next interview (two minutes).');
  });

  it('cites the records for late thank-you notes', () => {
    const apps = [
      ...[1, 2, 3, 4].map((n) => withInterview(stalledFirstRound(`s${n}`), late)),
      withInterview(stalledFirstRound('s5'), onTime),
      withInterview(advancedFirstRound('a1'), onTime),
      withInterview(advancedFirstRound('a2'), onTime),
    ];
    const r = reasonOf({ applications: apps }, 'thank-you');
    expect(r.status).toBe('evidence');
    expect(r.evidence[0]).toBe('Thank-you sent after 24 h for 4 of the 5 first rounds that stalled; sent on time and clean for both that advanced.');
    expect(r.score).toBeGreaterThan(0.3);
  });

  it('tells "not recorded" apart from "recorded as none sent"', () => {
    const absent = reasonOf({ applications: [stalledFirstRound('s1'), stalledFirstRound('s2')] }, 'thank-you');
    expect(absent.status).toBe('no_data');
    const none = reasonOf({ applications: [withInterview(stalledFirstRound('s1'), { thankYous: [] }), withInterview(stalledFirstRound('s2'), { thankYous: [] })] }, 'thank-you');
    expect(none.status).toBe('evidence');
    expect(none.evidence[0]).toMatch(/^No thank-you sent for both first rounds that stalled; no first round has advanced yet/);
  });

  it('reads prep sheets and debriefs for the first interview', () => {
    const thin = { prep: { readiness: 0.3, missing: ['why this job', 'company notes'], storiesPicked: 0, hasWhyThisJob: false, hasCompanyNotes: false } };
    const ready = { prep: { readiness: 0.9, missing: [], storiesPicked: 3, hasWhyThisJob: true, hasCompanyNotes: true } };
    const fumbled = { debrief: { namesRight: false, fumbledQuestions: ['Tell me about yourself'], storiesTold: [], nextSteps: null, feeling: 2 } };
    const apps = [
      ...[1, 2, 3].map((n) => withInterview(stalledFirstRound(`s${n}`), { ...thin, ...fumbled })),
      withInterview(advancedFirstRound('a1'), ready),
    ];
    const r = reasonOf({ applications: apps }, 'first-interview');
    expect(r.status).toBe('evidence');
    expect(r.evidence.join('\n')).toMatch(/prep sheet thin .* for all 3 first rounds that stalled; ready for the one that advanced/i);
    expect(r.evidence.join('\n')).toMatch(/“Tell me about yourself” \(3\)/);
    expect(r.evidence.join('\n')).toMatch(/interviewer's name wrong \(3\)/);
    // No first interview is booked: the link goes to the board, where the next one gets added.
    expect(r.fix.href).toBe('/');
    expect(r.fix.text).toMatch(/When your next first interview is booked/);

    // A round-2 interview sooner and a first interview later: the fix opens the first interview's prep sheet.
    const soonRound2 = { ...advancedFirstRound('a2'), interviews: [roundOne('a2-i1', 60), { ...roundOne('a2-i2', -1), round: 2 }] };
    const nextRound1 = app('n1', [['applied', 10], ['round1', 1]], { company: 'Next Co', role: 'Data Analyst', interviews: [roundOne('n1-i1', -3)] });
    const later = reasonOf({ applications: [...apps, soonRound2, nextRound1] }, 'first-interview');
    expect(later.fix.href).toBe('/applications/n1/prep/n1-i1');
    expect(later.fix.text).toMatch(/Start with your next one: Data Analyst at Next Co/);
  });

  it('shows no raw codes: problem codes and finding categories are in words', () => {
    const flagged = { thankYous: [{ interviewerName: 'Dana Reyes', sentAt: instantDaysAgo(60, 20), problems: ['NAME_MISSPELLED', 'OTHER_COMPANY'] }] };
    const apps = [1, 2, 3].map((n) => withInterview(stalledFirstRound(`s${n}`), flagged));
    const thanks = reasonOf({ applications: [...apps, advancedFirstRound('a1')] }, 'thank-you').evidence.join('\n');
    expect(thanks).toMatch(/interviewer's name misspelled \(3\)/);
    expect(thanks).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
    const social = reasonOf({ applications: apps, socialAudit: { scanned: true, openFindings: { alcohol_drugs: 2 }, presenceChecklistDone: true } }, 'social-media');
    expect(social.evidence[0]).toMatch(/alcohol and drugs \(2\)/);
  });

  it('weighs stories, culture fit, materials and follow-ups', () => {
    const apps = [
      ...[1, 2, 3, 4].map((n) => ({
        ...withInterview(stalledFirstRound(`s${n}`), {
          followUps: [
            { plannedOn: null, sentOn: '2026-04-01', answered: false, statedUntil: '2026-04-10' },
            { plannedOn: null, sentOn: '2026-04-12', answered: false, statedUntil: null },
          ],
        }),
        storyCoverage: { covered: 1, total: 6, leadershipWarning: true },
        cultureFit: { mismatchSignals: ['fast-paced'] },
        materials: { requested: ['Portfolio', 'Cover letter'], sent: ['cover letter'], formatsOk: false },
      })),
      {
        ...withInterview(advancedFirstRound('a1'), { followUps: [] }),
        storyCoverage: { covered: 5, total: 6, leadershipWarning: false },
        cultureFit: { mismatchSignals: [] },
        materials: { requested: ['Portfolio'], sent: ['portfolio'], formatsOk: true },
      },
    ];
    const input = { applications: apps };
    for (const id of ['wrong-story', 'culture-fit', 'instructions', 'too-persistent']) {
      const r = reasonOf(input, id);
      expect(r.status, id).toBe('evidence');
      expect(r.evidence[0], id).toMatch(/for all 4 first rounds that stalled/);
    }
    expect(reasonOf(input, 'instructions').evidence.join('\n')).toMatch(/Requested but not sent: portfolio/);
  });

  it('reads the social audit and references', () => {
    const apps = [stalledFirstRound('s1'), stalledFirstRound('s2'), stalledFirstRound('s3'), advancedFirstRound('a1')];
    const notScanned = reasonOf({ applications: apps, socialAudit: { scanned: false, openFindings: {}, presenceChecklistDone: false } }, 'social-media');
    expect(notScanned.status).toBe('no_data');
    const social = reasonOf({ applications: apps, socialAudit: { scanned: true, openFindings: { profanity: 3, alcohol: 1 }, presenceChecklistDone: false } }, 'social-media');
    expect(social.status).toBe('evidence');
    expect(social.evidence[0]).toMatch(/4 open findings \(profanity \(3\), alcohol \(1\)\)/);
    const clean = reasonOf({ applications: apps, socialAudit: { scanned: true, openFindings: {}, presenceChecklistDone: true } }, 'social-media');
    expect(clean.status).toBe('clear');

    const offer: DiagnosisApplication = { ...advancedFirstRound('o1'), events: [...advancedFirstRound('o1').events, { id: 'o1-x', stage: 'offer', date: '2026-05-30', reason: null }] };
    const references = [
      { name: 'Pat Lee', applicationId: 's1', checkHappened: true },
      { name: 'Pat Lee', applicationId: 's2', checkHappened: true },
      { name: 'Pat Lee', applicationId: 's3', checkHappened: true },
      { name: 'Sam Ortiz', applicationId: 'o1', checkHappened: true },
    ];
    const refs = reasonOf({ applications: [...apps, offer], references }, 'references');
    expect(refs.status).toBe('evidence');
    expect(refs.evidence[0]).toMatch(/Pat Lee were followed by rejections more often/);
    expect(reasonOf({ applications: apps, references: [] }, 'references').status).toBe('clear');
  });

  it('scores shrink with small samples', () => {
    expect(comparisonScore({ n: 1, k: 1 }, { n: 1, k: 0 })).toBeLessThan(comparisonScore({ n: 10, k: 10 }, { n: 10, k: 0 }));
    expect(comparisonScore({ n: 0, k: 0 }, { n: 5, k: 0 })).toBe(0);
    expect(countOf(2, 2)).toBe('both');
    expect(countOf(4, 5)).toBe('4 of the 5');
  });
});
