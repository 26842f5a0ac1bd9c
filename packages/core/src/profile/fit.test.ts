import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cultureFit } from './fit';
import { analysingListingReader } from '../diagnosis/listing-fallback';
import { cultureFitByApplication } from './diagnosis';
import { readProfileData, workStyleProfileInputSchema, type WorkStyleProfileData } from './schema';
import { detectCulture, detectWorkplace } from '../listing/signals';

const empty: WorkStyleProfileData = workStyleProfileInputSchema.parse({});
const listing = (text: string) => ({ workplace: detectWorkplace(text), cultureEvidence: detectCulture(text), text });

describe('cultureFit', () => {
  it('says nothing for an empty profile, never "fits"', () => {
    const r = cultureFit(empty, listing('A fast-paced, fully remote team.'));
    expect(r).toEqual({ hasProfile: false, mismatches: [], matches: [] });
  });

  it('flags a fast pace for someone who wants a steady one, with the listing words', () => {
    const r = cultureFit({ ...empty, pace: -2 }, listing('Join our fast-paced startup environment.'));
    expect(r.mismatches).toHaveLength(1);
    expect(r.mismatches[0]).toMatchObject({ about: 'pace', evidence: 'fast-paced' });
    expect(r.mismatches[0]!.message).toContain('steady');
  });

  it('holds the workplace against where the person works best', () => {
    expect(cultureFit({ ...empty, place: -2 }, listing('This is an on-site role at our Leeds office.')).mismatches[0]?.about).toBe('place');
    expect(cultureFit({ ...empty, place: 2 }, listing('This is a fully remote role.')).mismatches[0]?.message).toContain('in person');
    expect(cultureFit({ ...empty, place: -2 }, listing('This is a fully remote role.')).matches[0]?.about).toBe('place');
    expect(cultureFit({ ...empty, place: 0 }, listing('This is a fully remote role.')).mismatches).toEqual([]);
  });

  it('finds deal-breakers in the listing, in other languages too', () => {
    const shift = cultureFit({ ...empty, wontDo: ['shift_work'] }, listing('Rotating shifts, including nights.'));
    expect(shift.mismatches.map((m) => m.about)).toEqual(['shift_work']);
    const oncall = cultureFit({ ...empty, wontDo: ['on_call'] }, listing('Teilnahme an der Rufbereitschaft ist erforderlich.'));
    expect(oncall.mismatches[0]?.evidence).toBe('Rufbereitschaft');
    const travel = cultureFit({ ...empty, wontDo: ['travel'] }, listing('Travel up to 50% across the region.'));
    expect(travel.mismatches[0]?.about).toBe('travel');
  });

  it('matches the person\'s own words as whole words only', () => {
    const p = { ...empty, wontDoOther: ['cold calling'] };
    expect(cultureFit(p, listing('Daily cold calling of new leads.')).mismatches[0]?.evidence).toBe('cold calling');
    expect(cultureFit(p, listing('No cold callings here; warm leads only.')).mismatches).toEqual([]);
    expect(cultureFit({ ...empty, wontDoOther: ['a+b (c)'] }, listing('nothing special')).mismatches).toEqual([]);
  });

  it('never reports a mismatch for a neutral profile (property)', () => {
    const neutral = { ...empty, place: 0, team: 0, social: 0, structure: 0, pace: 0 };
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(cultureFit(neutral, listing(text)).mismatches).toEqual([]);
      }),
    );
  });
});

describe('profile storage and diagnosis parts', () => {
  it('reads a stored profile tolerantly', () => {
    expect(readProfileData('{"place":-2,"future":1}').place).toBe(-2);
    expect(readProfileData('not json')).toEqual(empty);
    expect(readProfileData('{"place":7}')).toEqual(empty);
  });

  it('gives each application with a listing its mismatches, and nothing without a profile', () => {
    const apps = [
      { id: 'a', listingText: 'A fast-paced, high-growth team. Rotating shifts.' },
      { id: 'b', listingText: null },
    ];
    expect(cultureFitByApplication({ applications: apps }, analysingListingReader()).size).toBe(0);
    const fits = cultureFitByApplication({ applications: apps, workProfiles: [{ data: JSON.stringify({ pace: -2, wontDo: ['shift_work'] }) }] }, analysingListingReader());
    expect([...fits.keys()]).toEqual(['a']);
    expect(fits.get('a')!.mismatchSignals).toEqual(['a fast pace', 'shift work']);
  });
});
