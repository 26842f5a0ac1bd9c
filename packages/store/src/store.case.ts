import { beforeEach, describe, expect, it } from 'vitest';
import { applicationInputSchema, interviewInputSchema, stageEventInputSchema, type Backup } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';
import { prepStoreCases } from './prep.case';
import { followupStoreCases } from './followup.case';
import { socialStoreCases } from './social.case';
import { peopleStoreCases } from './people.case';
import { accountStoreCases } from './accounts.case';
import { stageStoreCases } from './stages.case';
import { boardStoreCases } from './board.case';
import { materialsStoreCases } from './materials.case';
import { clipperStoreCases } from './clipper.case';
import { usageStoreCases } from './usage.case';
import { auditPageStoreCases, contactPageStoreCases, historyPageStoreCases, pageStoreCases } from './pages.case';
import { listPageStoreCases } from './lists.case';
import { remindersStoreCases } from './reminders.case';
import { coachStoreCases } from './coach.case';
import { diagnosisSummaryStoreCases } from './diagnosis-summaries.case';
import { followupReadsStoreCases } from './followup-reads.case';
import { mailStoreCases } from './mail.case';
import { mailSyncStoreCases } from './mail-sync.case';
import { listReadsStoreCases } from './list-reads.case';
import { jobRunsStoreCases } from './job-runs.case';
import { listingAnalysesStoreCases } from './listing-analyses.case';
import { storyTermsStoreCases } from './story-terms.case';
import { analyzeStoreCases } from './analyze.case';

/**
 * The repository suite every backend runs unchanged. `makeStore` gives a fresh, migrated,
 * empty store for each test.
 */
export function runStoreSuite(backend: string, makeStore: () => Promise<Store>): void {
  describe(`store on ${backend}`, () => {
    let store: Store;
    const owner = LOCAL_OWNER_ID;
    beforeEach(async () => {
      store = await makeStore();
      return () => store.close();
    });

    const app = (company: string, role = 'Engineer', extra: Record<string, unknown> = {}) =>
      store.applications.create(owner, applicationInputSchema.parse({ company, role, ...extra }));

    it('creates an application with a first stage and derives its stage from events', async () => {
      const a = await app('Acme', 'Data Analyst', { stage: 'applied', stageDate: '2026-01-05' });
      await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'round1', date: '2026-01-20' }));
      await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'rejected', date: '2026-01-28', reason: 'went with another candidate' }));
      const [summary] = await store.applications.list(owner);
      expect(summary).toMatchObject({ company: 'Acme', stage: 'rejected', furthestStage: 'round1', outcome: 'rejected', stageSince: '2026-01-28' });
      const detail = await store.applications.get(owner, a.id);
      expect(detail?.events.map((e) => e.stage)).toEqual(['applied', 'round1', 'rejected']);
    });

    it('keeps text exactly as typed, including markup and quotes', async () => {
      const evil = `<script>alert('x')</script> Robert'); DROP TABLE applications;--`;
      const a = await app(evil, 'Zoë O\'Brien-Ünal');
      const got = await store.applications.get(owner, a.id);
      expect(got?.company).toBe(evil);
      expect(got?.role).toBe("Zoë O'Brien-Ünal");
      expect(await store.applications.count(owner)).toBe(1);
    });

    it('scopes every read and write to the owner', async () => {
      const other = await store.users.create('other@example.com', 'hash');
      const a = await app('Mine');
      expect(await store.applications.get(other!.id, a.id)).toBeNull();
      expect(await store.applications.update(other!.id, a.id, { company: 'Stolen' })).toBeNull();
      expect(await store.applications.remove(other!.id, a.id)).toBe(false);
      expect(await store.events.add(other!.id, a.id, stageEventInputSchema.parse({ stage: 'applied', date: '2026-02-01' }))).toBeNull();
      expect(await store.applications.list(other!.id)).toEqual([]);
      expect((await store.applications.get(owner, a.id))?.company).toBe('Mine');
    });

    it('records interviews with interviewers, and deletes them with the application', async () => {
      const a = await app('Globex');
      const iv = await store.interviews.create(
        owner,
        a.id,
        interviewInputSchema.parse({ round: 1, kind: 'technical', startsAt: '2026-03-10T15:00:00+01:00', endsAt: '2026-03-10T16:00:00+01:00', timeZone: 'Europe/Berlin', format: 'video', location: 'https://meet.example/abc' }),
      );
      expect(iv?.startsAt).toBe('2026-03-10T14:00:00.000Z');
      await store.interviews.addInterviewer(owner, iv!.id, { name: 'Siobhán Ní Bhriain', title: 'Staff Engineer', email: null, pronunciation: 'shiv-AWN', notes: null });
      const detail = await store.applications.get(owner, a.id);
      expect(detail?.interviews[0]?.interviewers[0]).toMatchObject({ name: 'Siobhán Ní Bhriain', pronunciation: 'shiv-AWN' });
      expect((await store.applications.list(owner))[0]?.interviewCount).toBe(1);
      await store.applications.remove(owner, a.id);
      expect(await store.interviews.get(owner, iv!.id)).toBeNull();
    });

    it('refuses an interview update that ends before it starts', async () => {
      const a = await app('Initech');
      const iv = await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 1, kind: 'behavioural', startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T11:00:00Z', timeZone: 'UTC', format: 'phone' }));
      await expect(store.interviews.update(owner, iv!.id, { endsAt: '2026-03-10T09:00:00.000Z' })).rejects.toThrow(/after startsAt/);
    });

    it('edits an event date and reason, and contacts link to applications', async () => {
      const a = await app('Umbrella');
      const ev = await store.events.add(owner, a.id, stageEventInputSchema.parse({ stage: 'screen', date: '2026-04-01' }));
      const edited = await store.events.update(owner, ev!.id, { date: '2026-03-30', reason: 'recruiter call' });
      expect(edited).toMatchObject({ stage: 'screen', date: '2026-03-30', reason: 'recruiter call' });
      const c = await store.contacts.create(owner, { applicationId: a.id, name: 'Ana Recruiter', title: 'Talent Partner', company: 'Umbrella', email: 'ana@umbrella.example', phone: null, url: null, notes: null });
      expect((await store.applications.get(owner, a.id))?.contacts.map((x) => x.id)).toEqual([c.id]);
      await expect(store.contacts.create(owner, { applicationId: 'nope', name: 'X', title: null, company: null, email: null, phone: null, url: null, notes: null })).rejects.toThrow(/not found/);
    });

    it('exports and restores all or nothing', async () => {
      const a = await app('Hooli', 'PM', { listingText: 'Build things' });
      const iv = await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 0, kind: 'phone_screen', startsAt: '2026-05-01T09:00:00Z', endsAt: '2026-05-01T09:30:00Z', timeZone: 'America/New_York', format: 'phone' }));
      await store.interviews.addInterviewer(owner, iv!.id, { name: 'Gavin', title: null, email: 'g@hooli.example', pronunciation: null, notes: null });
      const backup = await store.backup.export(owner);
      const fresh = await makeStore();
      try {
        await fresh.transaction((tx) => tx.backup.restore(owner, backup));
        const again = await fresh.backup.export(owner);
        expect(strip(again)).toEqual(strip(backup));
        // A second restore without replace is refused and changes nothing.
        await expect(fresh.transaction((tx) => tx.backup.restore(owner, backup))).rejects.toThrow(/already holds/);
        // A broken backup midway leaves the database as it was.
        const broken = { ...backup, interviewers: [{ ...backup.interviewers[0]!, interviewId: 'missing' }] };
        await expect(fresh.transaction((tx) => tx.backup.restore(owner, broken, { replace: true }))).rejects.toThrow(/missing interview/);
        expect(strip(await fresh.backup.export(owner))).toEqual(strip(backup));
      } finally {
        await fresh.close();
      }
    });

    prepStoreCases(() => store, makeStore);
    followupStoreCases(() => store);
    socialStoreCases(() => store, makeStore);
    peopleStoreCases(() => store, makeStore);
    accountStoreCases(() => store);
    stageStoreCases(() => store);
    boardStoreCases(() => store, makeStore);
    materialsStoreCases(() => store, makeStore);
    clipperStoreCases(() => store);
    usageStoreCases(() => store);
    pageStoreCases(() => store);
    remindersStoreCases(() => store);
    historyPageStoreCases(() => store);
    contactPageStoreCases(() => store);
    auditPageStoreCases(() => store);
    coachStoreCases(() => store);
    followupReadsStoreCases(() => store);
    mailStoreCases(() => store);
    mailSyncStoreCases(() => store);
    listPageStoreCases(() => store);
    listReadsStoreCases(() => store);
    jobRunsStoreCases(() => store);
    listingAnalysesStoreCases(() => store);
    storyTermsStoreCases(() => store);
    analyzeStoreCases(() => store);
    diagnosisSummaryStoreCases(() => store);

    it('bulk-inserts applications with histories in one transaction', async () => {
      const items = Array.from({ length: 1200 }, (_, i) => ({
        application: applicationInputSchema.parse({ company: `Co ${i}`, role: 'Dev' }),
        events: [
          { stage: 'applied' as const, date: '2026-01-01', reason: null },
          { stage: 'rejected' as const, date: '2026-01-15', reason: null },
        ],
      }));
      await store.transaction((tx) => tx.bulk.insert(owner, items));
      expect(await store.applications.count(owner)).toBe(1200);
      const list = await store.applications.list(owner);
      expect(list.filter((a) => a.outcome === 'rejected' && a.furthestStage === 'applied')).toHaveLength(1200);
      await expect(store.transaction(async (tx) => { await tx.bulk.insert(owner, items.slice(0, 10)); throw new Error('boom'); })).rejects.toThrow('boom');
      expect(await store.applications.count(owner)).toBe(1200);
    });
  });
}

function strip(b: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _e, ...rest } = b;
  return rest;
}
