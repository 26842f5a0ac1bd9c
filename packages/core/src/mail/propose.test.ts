import { describe, expect, it } from 'vitest';
import { proposeFromMail, type MatchableApplication } from './propose';
import type { MailClassification } from './schema';

const apps: MatchableApplication[] = [
  { id: 'a1', company: 'Harbor Health Inc.', role: 'Product Designer', stage: 'applied', createdAt: '2026-10-20T10:00:00Z' },
  { id: 'a2', company: 'Harbor Health', role: 'UX Researcher', stage: 'round1', createdAt: '2026-10-22T10:00:00Z' },
  { id: 'a3', company: 'Orbit Foods', role: 'Planner', stage: 'round2', createdAt: '2026-10-01T10:00:00Z', contactEmails: ['jo@orbit-group.com'] },
];
const base: MailClassification = { kind: 'other', company: null, role: null, confidence: 0.9, language: 'en', reason: null, sender: null };

describe('proposeFromMail', () => {
  it('matches by company and role and proposes the next round on the interview day', () => {
    const p = proposeFromMail({ ...base, kind: 'interview_invitation', company: 'Harbor Health', role: 'Product Designer', interview: { date: '2026-11-19', time: '14:00', zone: 'America/New_York', start: null, format: 'video', link: null, fromCalendar: false } }, apps, '2026-11-13');
    expect(p).toMatchObject({ applicationId: 'a1', event: { stage: 'round1', date: '2026-11-19' } });
  });

  it('matches by the sender among the contacts, and carries the reason of a closed position', () => {
    const p = proposeFromMail({ ...base, kind: 'position_closed', company: 'Orbit Group', role: null, sender: 'jo@orbit-group.com', reason: 'The role has been cancelled.' }, apps, '2026-11-20');
    expect(p).toMatchObject({ applicationId: 'a3', event: { stage: 'position_closed', reason: 'The role has been cancelled.' } });
  });

  it('proposes a new application when nothing matches, and nothing for other mail', () => {
    expect(proposeFromMail({ ...base, kind: 'rejection', company: 'Quillstone', role: 'Analyst', reason: 'No.' }, apps, '2026-11-05')).toMatchObject({ applicationId: null, newApplication: { company: 'Quillstone', role: 'Analyst' }, event: { stage: 'rejected' } });
    expect(proposeFromMail(base, apps, '2026-11-05').event).toBeNull();
  });

  it('does not propose an acknowledgement the history has gone past', () => {
    const p = proposeFromMail({ ...base, kind: 'application_received', company: 'Harbor Health', role: 'UX Researcher' }, apps, '2026-10-23');
    expect(p).toMatchObject({ applicationId: 'a2', event: null });
  });
});

describe('proposeForApplication', () => {
  it('proposes the step for the chosen application whatever the message names, and nothing already recorded', async () => {
    const { proposeForApplication } = await import('./propose');
    expect(proposeForApplication({ ...base, kind: 'rejection', company: 'Someone Else', reason: 'No.' }, apps[2]!, '2026-11-20')).toMatchObject({ applicationId: 'a3', event: { stage: 'rejected', date: '2026-11-20', reason: 'No.' } });
    expect(proposeForApplication({ ...base, kind: 'interview_invitation' }, apps[2]!, '2026-11-20').event).toMatchObject({ stage: 'round3' });
    expect(proposeForApplication({ ...base, kind: 'application_received' }, apps[1]!, '2026-11-20').event).toBeNull();
    expect(proposeForApplication(base, apps[0]!, '2026-11-20').event).toBeNull();
  });
});
