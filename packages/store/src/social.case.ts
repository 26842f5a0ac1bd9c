import { expect, it } from 'vitest';
import { diagnosisInputFromBackup, generateDemo, type SocialFinding } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/**
 * Repository cases of issue 6 (social audit), run inside the shared store suite on every
 * backend. `current` gives the suite's fresh store of the running test.
 */
export function socialStoreCases(current: () => Store, makeStore: () => Promise<Store>): void {
  const owner = LOCAL_OWNER_ID;
  const finding = (id: string, category: SocialFinding['category'], date = '2019-01-02T00:00:00.000Z'): SocialFinding => ({
    id,
    date,
    year: Number(date.slice(0, 4)),
    url: `https://x.com/i/web/status/${id}`,
    kind: 'post',
    category,
    terms: ['wtf'],
    excerpt: `post ${id} wtf`,
    severity: 'low',
  });
  const scan = (platform: 'x' | 'linkedin', findings: SocialFinding[]) => ({ platform, fileName: `${platform}.zip`, startedAt: '2026-11-25T10:00:00.000Z', items: 10, findingsCount: findings.length, findings, truncated: false });

  it('records a scan, marks findings dealt with, and keeps the marks when the platform is uploaded again', async () => {
    const store = current();
    const first = await store.transaction((tx) => tx.social.saveScan(owner, scan('x', [finding('1', 'profanity'), finding('2', 'alcohol_drugs'), finding('2', 'profanity')])));
    expect(first.audit).toMatchObject({ platform: 'x', fileName: 'x.zip', itemsScanned: 10, findingsCount: 3, status: 'done', truncated: false, errorCode: null });
    await store.transaction((tx) => tx.social.saveScan(owner, scan('linkedin', [finding('L1', 'confidential')])));
    const listed = await store.social.listFindings(owner, { platform: 'x' });
    expect(listed).toHaveLength(3);
    const two = listed.find((f) => f.itemId === '2' && f.category === 'alcohol_drugs')!;
    const marked = await store.social.setDealtWith(owner, two.id, true);
    expect(marked).toMatchObject({ dealtWith: true, terms: ['wtf'], platform: 'x' });
    expect(marked!.dealtWithAt).toMatch(/Z$/);

    // A new export of X: item 2 appears again (its alcohol finding keeps the mark), item 1 is gone, 3 is new.
    const again = await store.transaction((tx) => tx.social.saveScan(owner, scan('x', [finding('2', 'alcohol_drugs'), finding('2', 'profanity'), finding('3', 'violence')])));
    expect(again.carriedMarks).toBe(1);
    const now = await store.social.listFindings(owner, { platform: 'x' });
    expect(now.map((f) => `${f.itemId}:${f.category}:${f.dealtWith}`).sort()).toEqual(['2:alcohol_drugs:true', '2:profanity:false', '3:violence:false']);
    expect(now.find((f) => f.category === 'alcohol_drugs')!.dealtWithAt).toBe(marked!.dealtWithAt);
    // LinkedIn's findings are untouched by an X upload; both audits of X stay in the history.
    expect(await store.social.listFindings(owner, { platform: 'linkedin' })).toHaveLength(1);
    expect((await store.social.listAudits(owner)).filter((a) => a.platform === 'x')).toHaveLength(2);

    expect((await store.social.setDealtWith(owner, two.id, false))).toBeNull(); // that row was replaced
    const undone = await store.social.setDealtWith(owner, now.find((f) => f.category === 'alcohol_drugs')!.id, false);
    expect(undone).toMatchObject({ dealtWith: false, dealtWithAt: null });
  });

  it('records a failed upload without touching the findings, and scopes everything to the owner', async () => {
    const store = current();
    await store.social.saveScan(owner, scan('x', [finding('1', 'profanity')]));
    const failed = await store.social.saveFailure(owner, { platform: null, fileName: 'bomb.zip', startedAt: '2026-11-25T10:00:00.000Z', code: 'ZIP_BOMB', message: 'a zip bomb; refused' });
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'ZIP_BOMB', platform: null, itemsScanned: 0 });
    expect(await store.social.listFindings(owner)).toHaveLength(1);

    const other = (await store.users.create('social-other@example.com', 'hash'))!;
    const [f] = await store.social.listFindings(owner);
    expect(await store.social.listFindings(other.id)).toEqual([]);
    expect(await store.social.listAudits(other.id)).toEqual([]);
    expect(await store.social.getFinding(other.id, f!.id)).toBeNull();
    expect(await store.social.setDealtWith(other.id, f!.id, true)).toBeNull();
    expect((await store.social.getFinding(owner, f!.id))?.dealtWith).toBe(false);
    await store.social.putPresence(other.id, 'x', ['photo']);
    expect(await store.social.getPresence(owner)).toEqual([]);
  });

  it('keeps the presence checklist per platform, replaced on save', async () => {
    const store = current();
    await store.social.putPresence(owner, 'linkedin', ['photo', 'findable', 'photo']);
    await store.social.putPresence(owner, 'x', ['headline']);
    const saved = await store.social.putPresence(owner, 'linkedin', ['photo']);
    expect(saved.checked).toEqual(['photo']);
    const all = await store.social.getPresence(owner);
    expect(all.map((p) => [p.platform, p.checked])).toEqual([
      ['linkedin', ['photo']],
      ['x', ['headline']],
    ]);
  });

  it('backs up and restores the audit, and feeds the diagnosis', async () => {
    const store = current();
    await store.transaction((tx) => tx.social.saveScan(owner, scan('x', [finding('1', 'profanity'), finding('2', 'profanity')])));
    const [f] = await store.social.listFindings(owner);
    await store.social.setDealtWith(owner, f!.id, true);
    await store.social.putPresence(owner, 'x', ['findable']);
    const backup = await store.backup.export(owner);
    expect(backup.socialAudits).toHaveLength(1);
    expect(backup.socialFindings).toHaveLength(2);
    expect(backup.socialPresence).toHaveLength(1);
    expect(diagnosisInputFromBackup(backup).socialAudit).toEqual({ scanned: true, openFindings: { profanity: 1 }, presenceChecklistDone: false });
    const fresh = await makeStore();
    try {
      await fresh.transaction((tx) => tx.backup.restore(owner, backup));
      const again = await fresh.backup.export(owner);
      expect(again.socialFindings).toEqual(backup.socialFindings);
      expect(again.socialAudits).toEqual(backup.socialAudits);
      expect(again.socialPresence).toEqual(backup.socialPresence);
      // A finding that points at a missing audit is refused before anything is written.
      const broken = { ...backup, socialFindings: [{ ...backup.socialFindings![0]!, auditId: 'missing' }] };
      await expect(fresh.transaction((tx) => tx.backup.restore(owner, broken, { replace: true }))).rejects.toThrow(/missing audit/);
      expect((await fresh.social.listFindings(owner)).length).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('restores the demo audit (findings, some dealt with, presence partly done)', async () => {
    const store = current();
    const demo = generateDemo(new Date('2026-11-25T12:00:00Z'));
    await store.transaction((tx) => tx.backup.restore(owner, demo, { replace: true }));
    const findings = await store.social.listFindings(owner);
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(findings.some((f) => f.dealtWith)).toBe(true);
    expect(findings.some((f) => !f.dealtWith)).toBe(true);
    const state = diagnosisInputFromBackup(await store.backup.export(owner)).socialAudit;
    expect(state?.scanned).toBe(true);
    expect(state?.presenceChecklistDone).toBe(false);
  });
}
