import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { businessDaysAfter, parseTimeline, planFollowUp } from './index';

// A Wednesday, four days before US daylight saving starts (2025-03-09).
const from = '2025-03-05T15:00:00Z';
const tz = 'America/New_York';
const read = (text: string) => parseTimeline(text, { from, timeZone: tz });

describe('parseTimeline', () => {
  it.each([
    ["we'll be interviewing over the next two weeks", '2025-03-19', '2025-03-21'],
    ["you'll hear from us by Friday", '2025-03-07', '2025-03-11'],
    ['within 5 business days', '2025-03-12', '2025-03-14'],
    ['early next week', '2025-03-11', '2025-03-13'],
    ['after the holidays', '2026-01-02', '2026-01-06'],
    ['end of the month', '2025-03-31', '2025-04-02'],
    ['Wednesday next week', '2025-03-12', '2025-03-14'],
    ['by the 20th', '2025-03-20', '2025-03-24'],
  ])('reads "%s"', (text, stated, followUp) => {
    const r = read(text);
    expect(r.statedUntilDate).toBe(stated);
    expect(r.followUpDate).toBe(followUp);
    expect(r.understood).toBe(true);
    expect(r.matchedText).not.toBeNull();
  });

  it('falls back to seven business days after the thank-you and says it did not understand', () => {
    const r = read('We will be in touch soon!');
    expect(r).toMatchObject({ statedUntil: null, matchedText: null, understood: false, basis: 'default', followUpDate: '2025-03-14' });
  });

  it('keeps the local date and the day’s own offset across the daylight-saving change', () => {
    const r = read('by Friday');
    expect(r.statedUntil).toBe('2025-03-07T12:00:00-05:00');
    expect(r.followUpOn).toBe('2025-03-11T12:00:00-04:00');
    const late = parseTimeline('by Friday', { from: '2025-03-06T04:30:00Z', timeZone: tz });
    expect(late.statedUntilDate).toBe('2025-03-07'); // still Wednesday evening in New York
  });

  it('prefers the sentence about hearing back, then the latest date', () => {
    const r = read('I have another interview on Monday. They said we would hear back by the end of next week.');
    expect(r.statedUntilDate).toBe('2025-03-14');
  });

  it('skips holidays given by the person when counting business days', () => {
    const r = parseTimeline('by Friday', { from, timeZone: tz, holidays: ['2025-03-10'] });
    expect(r.followUpDate).toBe('2025-03-12');
  });

  it('rejects an unknown zone and a bad date as user errors', () => {
    expect(() => parseTimeline('by Friday', { from, timeZone: 'Mars/Base' })).toThrow(/unknown time zone/);
    expect(() => parseTimeline('by Friday', { from: 'yesterday-ish' })).toThrow(/not a date/);
  });

  it('never throws and always plans the follow-up after `from` (property)', () => {
    const words = fc.constantFrom('by', 'within', 'next', 'week', 'Friday', 'the', '2', 'business', 'days', 'end', 'of', 'month', 'holidays', 'after', 'early', 'mid', '31st', 'Q4', 'soon', '-', '—', 'Zoë');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.array(words, { maxLength: 12 }).map((w) => w.join(' '))),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland', 'Australia/Lord_Howe'),
        (text, t, zone) => {
          const r = parseTimeline(text, { from: new Date(t).toISOString(), timeZone: zone });
          expect(Date.parse(r.followUpOn)).toBeGreaterThan(t);
          expect(r.understood).toBe(r.statedUntil !== null);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('businessDaysAfter', () => {
  it('skips weekends and holidays', () => {
    expect(businessDaysAfter('2025-03-07', 2)).toBe('2025-03-11');
    expect(businessDaysAfter('2025-03-08', 1)).toBe('2025-03-10');
    expect(businessDaysAfter('2025-12-24', 2, ['2025-12-25', '2025-12-26'])).toBe('2025-12-30');
  });
  it('rejects a non-date', () => {
    expect(() => businessDaysAfter('2025-02-30', 1)).toThrow(/not a calendar date/);
  });
});

describe('planFollowUp', () => {
  it('suggests the planner day and flags a day on or before the stated date', () => {
    expect(planFollowUp({ statedUntilDate: '2025-03-14', followUpDate: '2025-03-18' })).toMatchObject({ action: 'follow_up', suggestedOn: '2025-03-18', flags: [] });
    const early = planFollowUp({ statedUntilDate: '2025-03-14', followUpDate: '2025-03-18', proposedOn: '2025-03-12' });
    expect(early.flags.map((f) => f.code)).toEqual(['BEFORE_STATED_DATE']);
  });
  it('says let it go after one unanswered follow-up unless a reason is given', () => {
    const sent = [{ sentAt: '2025-03-18T14:00:00Z', answered: false }];
    const r = planFollowUp({ statedUntilDate: '2025-03-14', followUpDate: '2025-03-18', followUps: sent });
    expect(r.action).toBe('let_go');
    expect(r.suggestedOn).toBeNull();
    expect(r.flags.map((f) => f.code)).toEqual(['REASON_REQUIRED']);
    const again = planFollowUp({ statedUntilDate: '2025-03-14', followUpDate: '2025-03-18', followUps: sent, reason: 'I have another offer expiring on the 31st' });
    expect(again).toMatchObject({ action: 'follow_up', suggestedOn: '2025-03-27' });
  });
  it('stops once they answered', () => {
    expect(planFollowUp({ statedUntilDate: null, followUpDate: '2025-03-14', followUps: [{ sentAt: '2025-03-14', answered: true }] }).action).toBe('answered');
  });
});
