import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';

let store: Store;
beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
});
afterEach(() => store.close());

/**
 * What was seen: a sandboxed iframe on any web page (`Origin: null`) added an application to a
 * person's local search with a `text/plain` no-cors fetch to /api/import/csv.
 */
describe('cross-site writes into a personal server', () => {
  const personal = () => createApp({ store, mode: 'personal', version: 't', allowedHosts: ['127.0.0.1:4870'] });
  const csv = 'company,role\nPlanted Co,Spy\n';

  for (const [what, headers, status] of [
    ['a sandboxed frame (Origin: null)', { Origin: 'null', 'Content-Type': 'text/plain' }, 403],
    ['a no-cors fetch without an Origin', { 'Content-Type': 'text/plain' }, 415],
    ['a form post', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
  ] as const) {
    it(`refuses a CSV import from ${what} and adds nothing`, async () => {
      const res = await personal().request('http://127.0.0.1:4870/api/import/csv', { method: 'POST', headers, body: csv });
      expect(res.status).toBe(status);
      const audit = await personal().request('http://127.0.0.1:4870/api/social/audits?name=tweets.js', { method: 'POST', headers, body: 'window.YTD.tweets.part0 = []' });
      expect(audit.status).toBe(status);
      expect(await store.applications.list('local')).toEqual([]);
      expect(await store.social.listAudits('local')).toEqual([]);
    });
  }

  it('still takes the same CSV from its own page with its own content type', async () => {
    const app = personal();
    const res = await app.request('http://127.0.0.1:4870/api/import/csv', { method: 'POST', headers: { Origin: 'http://127.0.0.1:4870', 'Content-Type': 'text/csv; charset=utf-8' }, body: csv });
    expect(res.status).toBe(202);
    expect((await settledJob((path) => app.request(`http://127.0.0.1:4870${path}`), res)).status).toBe('done');
    expect((await store.applications.list('local')).map((a) => a.company)).toEqual(['Planted Co']);
  });
});
