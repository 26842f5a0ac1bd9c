import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

const send = async (method: string, path: string, body: unknown) => {
  const res = await app.request(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
};
const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
const at = (ago: number, hour: number) => `${day(ago)}T${String(hour).padStart(2, '0')}:00:00Z`;

interface Step { id: string; entered: number; advanced: number; notAdvanced: number; open: number }

describe('a search entered after the fact', () => {
  it('derives the stage and the Diagnosis the history describes, not the day it was typed', async () => {
    // Ten applications created today, then given their real history: applied ~3 months ago,
    // round 1 two weeks later (recorded as an interview), rejected twelve days after.
    for (let i = 0; i < 10; i++) {
      const { id } = await send('POST', '/api/applications', { company: `Company ${i}`, role: 'Analyst' });
      await send('POST', `/api/applications/${id}/events`, { stage: 'applied', date: day(90) });
      await send('POST', `/api/applications/${id}/interviews`, { round: 1, kind: 'behavioural', startsAt: at(76, 10), endsAt: at(76, 11), timeZone: 'UTC', format: 'video' });
      await send('POST', `/api/applications/${id}/events`, { stage: 'rejected', date: day(64) });
    }
    // One more typed as it happens in the app: every move dated today, then each event moved to
    // the day it really happened.
    const { id: late } = await send('POST', '/api/applications', { company: 'Moved', role: 'Analyst', stage: 'applied', stageDate: day(0) });
    const r1 = await send('POST', `/api/applications/${late}/events`, { stage: 'round1', date: day(0) });
    const rej = await send('POST', `/api/applications/${late}/events`, { stage: 'rejected', date: day(0) });
    const detail = (await (await app.request(`/api/applications/${late}`)).json()) as { events: Array<{ id: string; stage: string }> };
    const applied = detail.events.find((e) => e.stage === 'applied')!;
    await send('PATCH', `/api/events/${rej.id}`, { date: day(50) });
    await send('PATCH', `/api/events/${r1.id}`, { date: day(62) });
    await send('PATCH', `/api/events/${applied.id}`, { date: day(80) });

    const list = (await (await app.request('/api/applications')).json()) as { applications: Array<{ company: string; stage: string; furthestStage: string; outcome: string | null }> };
    for (const a of list.applications) {
      expect(a, a.company).toMatchObject({ stage: 'rejected', outcome: 'rejected', furthestStage: 'round1' });
    }

    const diagnosis = (await (await app.request('/api/diagnosis')).json()) as { tooEarly: boolean; funnel: Step[]; stallPoint: { transition: string } | null };
    expect(diagnosis.funnel.find((s) => s.id === 'round1')).toMatchObject({ entered: 11, advanced: 0, notAdvanced: 11, open: 0 });
    expect(diagnosis.tooEarly).toBe(false);
    expect(diagnosis.stallPoint?.transition).toBe('round1');
  });
});
