import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { applicationInputSchema, interviewInputSchema, interviewerInputSchema, storyFormSchema, type MailClassification } from '@secondround/core';
import type { Clock } from './ids';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

// Names in no sorted order, so a list that fell back on anything but insertion order would show it
// (six random ids come back in insertion order one time in 720).
const NAMES = ['Tom Lee', 'Ana Ruiz', 'Zoe Adams', 'Bo Chen', 'Mia Kaur', 'Eli Park'];

/**
 * Rows written in the same millisecond (quick add, an import's batch, a fast script) come back in
 * the order they were written: every list ordered by a time then `id` relies on ids that sort by
 * creation. Run on every backend with a clock that stands still, so every row shares one time.
 */
export function sameMillisecondStoreCases(backend: string, open: (clock: Clock) => Promise<Store>): void {
  describe(`lists on ${backend} keep the order rows were added in, within one millisecond`, () => {
    const owner = LOCAL_OWNER_ID;
    const stopped = new Date('2026-11-30T18:00:00.000Z');
    let store: Store;
    beforeEach(async () => {
      store = await open(() => stopped);
      return () => store.close();
    });

    const newApp = (company = 'Acme', extra: Record<string, unknown> = {}) => store.applications.create(owner, applicationInputSchema.parse({ company, role: 'Analyst', ...extra }));
    async function round() {
      const a = await newApp();
      const iv = (await store.interviews.create(owner, a.id, interviewInputSchema.parse({ round: 1, kind: 'technical', startsAt: '2026-12-01T15:00:00Z', endsAt: '2026-12-01T16:00:00Z', timeZone: 'UTC', format: 'video' })))!;
      const people = [];
      for (const name of NAMES) people.push((await store.interviews.addInterviewer(owner, iv.id, interviewerInputSchema.parse({ name })))!);
      return { app: a, iv, people };
    }

    it("a round's people, on the application and on its prep sheet", async () => {
      const { app, iv, people } = await round();
      expect(people.every((p) => p.createdAt === stopped.toISOString())).toBe(true);
      const detail = await store.applications.get(owner, app.id);
      expect(detail?.interviews[0]?.interviewers.map((p) => p.name)).toEqual(NAMES);
      expect((await store.prep.getPrepSheet(owner, iv.id))?.sheet.interviewers.map((p) => p.name)).toEqual(NAMES);
    });

    it('the story bank, whole and by page', async () => {
      await store.prep.createStories(owner, NAMES.slice(0, 3).map((title) => storyFormSchema.parse({ title })));
      for (const title of NAMES.slice(3)) await store.prep.createStories(owner, [storyFormSchema.parse({ title })]);
      expect((await store.prep.listStories(owner)).map((s) => s.title)).toEqual(NAMES);
      const first = await store.prep.listStoriesPage(owner, { limit: 4 });
      const rest = await store.prep.listStoriesPage(owner, { limit: 4, cursor: first.nextCursor! });
      expect([...first.stories, ...rest.stories].map((s) => s.title)).toEqual(NAMES);
    });

    it('thank-you notes and follow-ups', async () => {
      const { app, iv, people } = await round();
      for (const p of [...people].reverse()) await store.followup.saveNote(owner, p.id, { subject: p.name, body: 'Thank you', tone: 'warm', problems: [] });
      expect((await store.followup.listNotes(owner, { interviewId: iv.id })).map((n) => n.subject)).toEqual([...NAMES].reverse());
      for (const subject of NAMES) await store.followup.createFollowUp(owner, app.id, { kind: 'follow_up', interviewId: null, plannedOn: '2026-12-10', statedText: null, statedUntil: null, subject, body: 'b', reason: null });
      expect((await store.followup.listFollowUps(owner, { applicationId: app.id })).map((f) => f.subject)).toEqual(NAMES);
    });

    it("an application's files (oldest first, newest first by page, the latest of an item) and its submissions (newest first)", async () => {
      const app = await newApp();
      const [item] = (await store.transaction((tx) => tx.materials.saveItems(owner, app.id, [{ kind: 'resume', label: null, required: true, formats: ['pdf'], maxBytes: null, via: 'portal' }])))!;
      for (const name of NAMES) {
        const bytes = new TextEncoder().encode(`%PDF-1.4 ${name}`);
        await store.materials.addFile(owner, app.id, { itemId: item!.id, fileName: `${name}.pdf`, sha256: createHash('sha256').update(bytes).digest('hex'), mime: 'application/pdf', format: 'pdf', textReadable: true }, bytes);
      }
      const files = NAMES.map((n) => `${n}.pdf`);
      expect((await store.materials.listFiles(owner, app.id)).map((f) => f.fileName)).toEqual(files);
      const first = await store.materials.listFilesPage(owner, app.id, { limit: 4 });
      const rest = await store.materials.listFilesPage(owner, app.id, { limit: 4, cursor: first.nextCursor! });
      expect([...first.files, ...rest.files].map((f) => f.fileName)).toEqual([...files].reverse());
      expect((await store.materials.latestFilesOfItems(owner, app.id)).map((f) => f.fileName)).toEqual([files.at(-1)]);

      for (const reason of NAMES) await store.materials.addSubmission(owner, app.id, [], reason);
      expect((await store.materials.listSubmissions(owner, app.id)).map((s) => s.reason)).toEqual([...NAMES].reverse());
      const s1 = await store.materials.listSubmissionsPage(owner, app.id, { limit: 4 });
      const s2 = await store.materials.listSubmissionsPage(owner, app.id, { limit: 4, cursor: s1.nextCursor! });
      expect([...s1.submissions, ...s2.submissions].map((s) => s.reason)).toEqual([...NAMES].reverse());
    });

    it("the clipper's tokens (newest first) and the first application saved from a page", async () => {
      for (const name of NAMES) await store.clipper.createToken(owner, name);
      expect((await store.clipper.listTokens(owner)).map((t) => t.name)).toEqual([...NAMES].reverse());
      const url = 'https://jobs.example.com/42';
      const apps = [];
      for (const company of NAMES) apps.push(await newApp(company, { listingUrl: url }));
      expect((await store.clipper.applicationForUrl(owner, url))?.id).toBe(apps[0]!.id);
    });

    it('coach shares (newest first)', async () => {
      const emails = NAMES.map((n) => `${n.replace(' ', '.').toLowerCase()}@coach.example`);
      for (const email of emails) await store.coach.share(owner, email);
      expect((await store.coach.listShares(owner)).map((s) => s.email)).toEqual([...emails].reverse());
    });

    it('jobs waiting to run (oldest first)', async () => {
      const ids = [];
      for (const name of NAMES) {
        const id = await store.jobRuns.create(owner, 'import-spreadsheet', { name });
        await store.jobRuns.markQueued(owner, id, 0);
        ids.push(id);
      }
      expect((await store.jobRuns.unfinished()).map((j) => j.id)).toEqual(ids);
    });

    it("mail proposals (a mailbox's own order), by page", async () => {
      const classification: MailClassification = { kind: 'rejection', company: 'Quillstone', role: 'Analyst', confidence: 0.9, language: 'en', reason: null, sender: 'jo@quillstone.example' };
      const ids = [];
      for (const name of NAMES) {
        const mid = (await store.mail.addMessage(owner, { messageKey: `<${name}@x>`, origin: 'mbox', label: 'box.mbox', fromName: name, fromAddress: 'jo@quillstone.example', subject: name, sentAt: '2026-11-16T10:00:00.000Z', classification, body: 'No.', isBodyTruncated: false }))!;
        ids.push(await store.mail.addProposal(owner, { messageId: mid, applicationId: null, newApplication: { company: 'Quillstone', role: 'Analyst' }, event: { stage: 'rejected', date: '2026-11-16', reason: null }, matchScore: 0, why: 'new' }));
      }
      const first = await store.mail.listPage(owner, { limit: 4 });
      const rest = await store.mail.listPage(owner, { limit: 4, cursor: first.nextCursor! });
      expect([...first.proposals, ...rest.proposals].map((p) => p.id)).toEqual(ids);
    });

    it('social uploads started at the same moment (newest first), whole and by page', async () => {
      for (const fileName of NAMES) await store.social.saveFailure(owner, { platform: null, fileName, startedAt: stopped.toISOString(), code: 'BAD_ARCHIVE', message: 'Not a zip file' });
      expect((await store.social.listAudits(owner)).map((a) => a.fileName)).toEqual([...NAMES].reverse());
      const first = await store.social.listAuditsPage(owner, { limit: 4 });
      const rest = await store.social.listAuditsPage(owner, { limit: 4, cursor: first.nextCursor! });
      expect([...first.audits, ...rest.audits].map((a) => a.fileName)).toEqual([...NAMES].reverse());
    });
  });
}
