import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { mailModelFromJson, takeSecondOpinion, type MailModel, type MailModelOpinion } from './model';
import type { MailMessage } from './schema';

const committed = mailModelFromJson(readFileSync(join(import.meta.dirname, 'model.json'), 'utf8'));
const from = { name: 'Norfield Water', address: 'talent@norfieldwater.example' };
const mail = (subject: string, text: string, sender = from): MailMessage => ({ from: sender, subject, date: '2026-11-20T09:00:00.000Z', text });

// A model that always says the same, counting how often it was loaded and asked.
function fixed(opinion: MailModelOpinion): { load: () => MailModel; loads: () => number; asked: () => number } {
  let loads = 0, asked = 0;
  const model: MailModel = { predict: () => (asked++, opinion), toJson: () => '{}' };
  return { load: () => (loads++, model), loads: () => loads, asked: () => asked };
}

// Written for this test (from no labelled split): an acknowledgement in words the rules have no
// phrase for, and a newsletter.
const ACK = mail('Your application to Norfield Water', 'Hi Sam,\n\nThanks for your interest in the Network Planner position. Your CV is now with our recruiters, who look at every application personally. You will hear from us within two weeks.\n\nNorfield Water Talent Team');
const NEWSLETTER = mail('Your November digest', 'This month at Norfield Water: our new treatment works opened in Calder, the river clean-up volunteers met 400 times, and our staff choir won the regional cup. Read more on our blog. Unsubscribe from this newsletter.');

describe('the mail model as a second opinion on the rules', () => {
  it('is off unless asked: the rules alone say `other`', () => {
    expect(classifyMail(ACK).kind).toBe('other');
  });

  it('on, the committed model reads what the rules call `other`: an acknowledgement, and a newsletter stays `other`', () => {
    expect(classifyMail(ACK, { secondOpinion: () => committed }).kind).toBe('application_received');
    expect(classifyMail(NEWSLETTER).kind).toBe('other');
    expect(classifyMail(NEWSLETTER, { secondOpinion: () => committed }).kind).toBe('other');
  });

  it('is loaded and asked only when the rules say `other`, never on the person’s own mail', () => {
    const m = fixed({ kind: 'offer', probability: 0.9 });
    const rejection = mail('Your application', 'Unfortunately we have decided not to move forward with your application for the Network Planner role.');
    expect(classifyMail(rejection, { secondOpinion: m.load }).kind).toBe('rejection');
    expect(m.loads()).toBe(0);
    const own = mail('Re: Network Planner', 'Thanks, I look forward to hearing from you.', { name: 'Sam Berg', address: 'sam@example.net' });
    expect(classifyMail(own, { self: ['sam@example.net'], secondOpinion: m.load }).kind).toBe('other');
    expect(m.loads()).toBe(0);
    const result = classifyMail(ACK, { secondOpinion: m.load });
    expect([result.kind, result.confidence, m.loads(), m.asked()]).toEqual(['offer', 0.9, 1, 1]);
  });

  it('takes the model’s kind over one half, never `rejection` and never below one half', () => {
    expect(takeSecondOpinion({ kind: 'offer', probability: 0.51 })).toBe('offer');
    expect(takeSecondOpinion({ kind: 'offer', probability: 0.5 })).toBe('offer');
    expect(takeSecondOpinion({ kind: 'offer', probability: 0.49 })).toBeNull();
    expect(takeSecondOpinion({ kind: 'rejection', probability: 0.99 })).toBeNull();
    expect(takeSecondOpinion({ kind: 'other', probability: 0.99 })).toBeNull();
    for (const kind of ['rejection', 'offer'] as const) {
      const m = fixed({ kind, probability: 0.95 });
      expect(classifyMail(ACK, { secondOpinion: m.load }).kind).toBe(kind === 'rejection' ? 'other' : 'offer');
    }
  });

  it('an invitation it gives is read for its details as the rules read an invitation', () => {
    const m = fixed({ kind: 'interview_invitation', probability: 0.8 });
    expect(classifyMail(ACK).interview).toBeUndefined();
    const result = classifyMail(ACK, { secondOpinion: m.load });
    expect(result.kind).toBe('interview_invitation');
    expect(result.interview).toHaveProperty('time');
  });
});
