import { describe, expect, it } from 'vitest';
import { interviewDay, roundEventFor } from './round-event';

describe('roundEventFor', () => {
  it('dates round N on the interview day in the interview zone', () => {
    expect(interviewDay({ startsAt: '2026-09-16T02:00:00.000Z', timeZone: 'America/Los_Angeles' })).toBe('2026-09-15');
    expect(roundEventFor({ round: 2, startsAt: '2026-10-01T09:00:00Z', timeZone: 'Europe/Berlin' }, [{ stage: 'round1' }])).toEqual({ stage: 'round2', date: '2026-10-01', reason: null });
    expect(roundEventFor({ round: 0, startsAt: '2026-10-01T09:00:00Z', timeZone: 'UTC' }, [{ stage: 'saved' }])?.stage).toBe('screen');
  });

  it('adds nothing when the history already reached that round or further, even if it closed since', () => {
    expect(roundEventFor({ round: 1, startsAt: '2026-10-01T09:00:00Z', timeZone: 'UTC' }, [{ stage: 'round2' }])).toBeNull();
    expect(roundEventFor({ round: 1, startsAt: '2026-10-01T09:00:00Z', timeZone: 'UTC' }, [{ stage: 'round1' }, { stage: 'rejected' }])).toBeNull();
    expect(roundEventFor({ round: 1, startsAt: '2026-10-01T09:00:00Z', timeZone: 'UTC' }, [{ stage: 'applied' }, { stage: 'rejected' }])?.stage).toBe('round1');
  });
});
