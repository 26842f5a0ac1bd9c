import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;

const LISTING = `Data Analyst — Northwind
We are a fast-paced, high-growth team. This is an on-site role at our Leeds office.
Requirements:
- 3+ years of experience with SQL
- Experience building dashboards in Tableau
Nice to have: Python`;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

describe('work-style profile API', () => {
  it('saves the profile and holds each listing against it', async () => {
    expect(await json(app.request('/api/profile'))).toMatchObject({ place: null, wontDo: [], updatedAt: null });
    const appId = (await json<{ id: string }>(send('POST', '/api/applications', { company: 'Northwind', role: 'Data Analyst', listingText: LISTING }))).id;
    // An empty profile says nothing, rather than "fits".
    expect(await json(app.request(`/api/applications/${appId}/fit`))).toEqual({ hasProfile: false, hasListing: true, mismatches: [], matches: [] });
    const saved = await json<{ updatedAt: string }>(send('PUT', '/api/profile', { place: -2, pace: -1, wontDo: ['on_call'], wontDoOther: ['cold calling'] }));
    expect(saved.updatedAt).toEqual(expect.any(String));
    const fit = await json<{ hasProfile: boolean; mismatches: Array<{ about: string; evidence: string }> }>(app.request(`/api/applications/${appId}/fit`));
    expect(fit.hasProfile).toBe(true);
    expect(fit.mismatches.map((m) => m.about).sort()).toEqual(['pace', 'place']);
    expect(fit.mismatches.find((m) => m.about === 'pace')?.evidence).toBe('fast-paced');
  });

  it('refuses out-of-range answers and unknown deal-breakers with a clear message', async () => {
    for (const body of [{ place: 3 }, { pace: 1.5 }, { wontDo: ['murder'] }, { wontDoOther: ['x'.repeat(81)] }, { wontDoOther: Array(21).fill('abc') }]) {
      const res = await send('PUT', '/api/profile', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect((await send('PUT', '/api/profile', {})).status).toBe(200);
  });
});

describe('references API', () => {
  async function seed() {
    const appId = (await json<{ id: string }>(send('POST', '/api/applications', { company: 'Northwind', role: 'Data Analyst', listingText: LISTING }))).id;
    const story = await json<{ id: string }>(send('POST', '/api/stories', { title: 'Cut the month-end close from 5 days to 2', result: 'Finance closed 3 days sooner.' }));
    const ref = await json<{ id: string }>(send('POST', '/api/references', { name: 'Ana Ruiz', relationship: 'manager', knowsWork: 5, email: 'ana@example.com', witnessedStoryIds: [story.id] }));
    return { appId, storyId: story.id, refId: ref.id };
  }

  it('keeps references, gives one for an application, and flags what to fix', async () => {
    const { appId, refId } = await seed();
    const weak = await json<{ id: string }>(send('POST', '/api/references', { name: 'Bo Lind', knowsWork: 2 }));
    const list = await json<{ references: Array<{ name: string; warnings: Array<{ code: string }>; timesGiven: number }> }>(app.request('/api/references'));
    expect(list.references.map((r) => [r.name, r.warnings.map((w) => w.code)])).toEqual([
      ['Ana Ruiz', []],
      ['Bo Lind', ['BARELY_KNOWS_WORK', 'NO_STORIES_WITNESSED']],
    ]);
    const use = await json<{ id: string; warnings: Array<{ code: string }>; reference: { name: string } }>(send('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' }));
    expect(use.reference.name).toBe('Ana Ruiz');
    expect(use.warnings.map((w) => w.code)).toEqual(['NOT_BRIEFED_YET']);
    expect((await send('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' })).status).toBe(409);
    expect((await json<{ error: { code: string } }>(send('POST', `/api/applications/${appId}/references`, { referenceId: 'nope', givenOn: '2026-10-01' }))).error.code).toBe('UNKNOWN_REFERENCE');
    const checked = await json<{ warnings: Array<{ code: string }> }>(send('PATCH', `/api/reference-uses/${use.id}`, { checkedOn: '2026-10-03' }));
    expect(checked.warnings.map((w) => w.code)).toEqual(['NOT_BRIEFED_BEFORE_CHECK']);
    const given = await json<{ uses: unknown[] }>(app.request(`/api/applications/${appId}/references`));
    expect(given.uses).toHaveLength(1);
    expect((await send('DELETE', `/api/references/${weak.id}`)).status).toBe(200);
    expect((await app.request(`/api/references/${weak.id}`)).status).toBe(404);
  });

  it("refuses story ids that are not in the person's story bank, and bad contact details", async () => {
    const res = await send('POST', '/api/references', { name: 'Cy', knowsWork: 3, witnessedStoryIds: ['not-mine'] });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_STORY');
    expect((await send('POST', '/api/references', { name: 'Cy', knowsWork: 3, email: 'javascript:alert(1)' })).status).toBe(422);
    expect((await send('POST', '/api/references', { name: '', knowsWork: 3 })).status).toBe(422);
    expect((await json<{ references: unknown[] }>(app.request('/api/references'))).references).toEqual([]);
  });

  it('drafts a brief from the listing and the stories the reference saw, as text and as .eml', async () => {
    const { appId, refId } = await seed();
    await send('PATCH', '/api/settings', { name: 'Sam Patel' });
    const use = await json<{ id: string }>(send('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' }));
    const brief = await json<{ subject: string; body: string; to: string }>(app.request(`/api/reference-uses/${use.id}/brief`));
    expect(brief.subject).toBe('Reference for the Data Analyst role at Northwind');
    expect(brief.to).toBe('Ana Ruiz <ana@example.com>');
    expect(brief.body).toContain('3+ years of experience with SQL');
    expect(brief.body).toContain('Cut the month-end close from 5 days to 2');
    const eml = await app.request(`/api/reference-uses/${use.id}/brief.eml`);
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
    const parsed = await simpleParser(Buffer.from(await eml.arrayBuffer()));
    expect(parsed.subject).toBe(brief.subject);
    expect(parsed.text?.trim()).toBe(brief.body.trim());
  });

  it('feeds the Diagnosis: a reference check without a brief is evidence, not "not recorded yet"', async () => {
    const before = await json<{ reasons: Array<{ id: string; evidence: string[] }> }>(app.request('/api/diagnosis'));
    expect(before.reasons.find((r) => r.id === 'references')?.evidence.join(' ')).toContain('not recorded yet');
    const { appId, refId } = await seed();
    const use = await json<{ id: string }>(send('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' }));
    await send('PATCH', `/api/reference-uses/${use.id}`, { checkedOn: '2026-10-03' });
    const after = await json<{ reasons: Array<{ id: string; evidence: string[] }> }>(app.request('/api/diagnosis'));
    const text = after.reasons.find((r) => r.id === 'references')!.evidence.join(' ');
    expect(text).not.toContain('not recorded yet');
    expect(text).toContain('before you had briefed the reference');
  });

  describe('sending the brief by SMTP', () => {
    let server: SMTPServer;
    let port: number;
    const received: Buffer[] = [];
    beforeAll(async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, cb) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            received.push(Buffer.concat(chunks));
            cb();
          });
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('sends it to the reference and records the brief as done today', async () => {
      const { appId, refId } = await seed();
      const use = await json<{ id: string }>(send('POST', `/api/applications/${appId}/references`, { referenceId: refId, givenOn: '2026-10-01' }));
      expect(((await json<{ error: { code: string } }>(send('POST', `/api/reference-uses/${use.id}/brief/send`, {}))).error.code)).toBe('SMTP_NOT_CONFIGURED');
      await send('PATCH', '/api/settings/smtp', { host: '127.0.0.1', port, secure: false, from: 'Sam Patel <sam@example.com>' });
      const sent = await json<{ briefedOn: string; warnings: unknown[] }>(send('POST', `/api/reference-uses/${use.id}/brief/send`, {}));
      expect(sent.briefedOn).toBe(new Date().toISOString().slice(0, 10));
      expect(sent.warnings).toEqual([]);
      const mail = await simpleParser(received.at(-1)!);
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('ana@example.com');
      expect(mail.subject).toBe('Reference for the Data Analyst role at Northwind');
      expect(mail.text).toMatch(/Sam Patel\s*$/);
    });
  });
});
