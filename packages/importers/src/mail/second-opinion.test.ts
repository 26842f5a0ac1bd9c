import { describe, expect, it } from 'vitest';
import { classifyMail } from '@secondround/core';
import { mailSecondOpinion, SECOND_OPINION_SETTING } from './second-opinion';

// Written for this test: an acknowledgement in words the rules have no phrase for.
const ACK = { from: { name: 'Norfield Water', address: 'talent@norfieldwater.example' }, subject: 'Your application to Norfield Water', date: '2026-11-20T09:00:00.000Z', text: 'Hi Sam,\n\nThanks for your interest in the Network Planner position. Your CV is now with our recruiters, who look at every application personally. You will hear from us within two weeks.\n\nNorfield Water Talent Team' };

describe('the mail second opinion setting', () => {
  it('is off when the setting is 0: the rules alone', () => {
    expect(mailSecondOpinion({ [SECOND_OPINION_SETTING]: '0' })).toBeUndefined();
    expect(classifyMail(ACK, { secondOpinion: mailSecondOpinion({ [SECOND_OPINION_SETTING]: '0' }) }).kind).toBe('other');
  });

  it('is on by default, reads the committed model once and gives its answer on what the rules call `other`', () => {
    expect(mailSecondOpinion({ [SECOND_OPINION_SETTING]: '1' })).toBeDefined();
    const load = mailSecondOpinion({})!;
    expect(load()).toBe(load());
    expect(classifyMail(ACK, { secondOpinion: load }).kind).toBe('application_received');
  });
});
