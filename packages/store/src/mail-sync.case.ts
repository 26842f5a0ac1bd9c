import { expect, it } from 'vitest';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Places of IMAP sync, and the IMAP password kept out of backups, on every backend. */
export function mailSyncStoreCases(current: () => Store): void {
  it('keeps one place per owner, account and folder, moves it forward, and forgets it on clear', async () => {
    const store = current();
    const owner = LOCAL_OWNER_ID;
    const other = (await store.users.create('other-sync@example.com', null))!.id;
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'INBOX')).toBeNull();
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'INBOX', { uidValidity: '1796023724', lastUid: 41 });
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'INBOX', { uidValidity: '1796023724', lastUid: 4_000_000_000 });
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'Jobs', { uidValidity: '7', lastUid: 3 });
    await store.mailSync.saveCursor(other, 'me@imap.example.com:993', 'INBOX', { uidValidity: '9', lastUid: 1 });
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'INBOX')).toEqual({ uidValidity: '1796023724', lastUid: 4_000_000_000 });
    expect(await store.mailSync.getCursor(owner, 'other@imap.example.com:993', 'INBOX')).toBeNull();
    expect(await store.mailSync.clear(owner)).toBe(2);
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'Jobs')).toBeNull();
    expect(await store.mailSync.getCursor(other, 'me@imap.example.com:993', 'INBOX')).toEqual({ uidValidity: '9', lastUid: 1 });
  });

  it('keeps one sync run per person: a second request while one is queued or running is refused, and one that ended may start again', async () => {
    const store = current();
    const owner = (await store.users.create('runs-sync@example.com', null))!.id;
    const other = (await store.users.create('runs-other@example.com', null))!.id;
    expect(await store.mailSync.getRun(owner)).toBeNull();
    expect(await store.mailSync.claimRun(owner)).toBe(false);
    const asked = await Promise.all([store.mailSync.requestRun(owner), store.mailSync.requestRun(owner)]);
    expect(asked.filter(Boolean)).toHaveLength(1);
    expect(await store.mailSync.requestRun(other)).toBe(true);
    expect(await store.mailSync.getRun(owner)).toMatchObject({ state: 'queued', startedAt: null, counts: { read: 0, imported: 0, duplicates: 0, proposed: 0, failed: 0, bytes: 0 }, error: null });
    const claims = await Promise.all([store.mailSync.claimRun(owner), store.mailSync.claimRun(owner)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.mailSync.requestRun(owner)).toBe(false);
    await store.mailSync.runProgress(owner, { read: 3, imported: 3, duplicates: 0, proposed: 2, failed: 0, bytes: 3_000_000_000 });
    expect(await store.mailSync.getRun(owner)).toMatchObject({ state: 'running', counts: { read: 3, proposed: 2, bytes: 3_000_000_000 } });
    await store.mailSync.runProgress(owner, { read: 4, imported: 4, duplicates: 0, proposed: 2, failed: 0, bytes: 3_000_100_000 }, true);
    expect((await store.mailSync.getRun(owner))!.state).toBe('queued');
    expect(await store.mailSync.claimRun(owner)).toBe(true);
    await store.mailSync.finishRun(owner, { read: 5, imported: 4, duplicates: 1, proposed: 2, failed: 0, bytes: 3_000_200_000 }, { code: 'IMAP_DROPPED', message: 'the connection dropped' });
    const ended = await store.mailSync.getRun(owner);
    expect(ended).toMatchObject({ state: 'failed', counts: { read: 5, duplicates: 1 }, error: { code: 'IMAP_DROPPED', message: 'the connection dropped' }, finishedAt: expect.any(String) });
    expect(await store.mailSync.requestRun(owner)).toBe(true);
    // A new run starts from nothing but keeps when the last one ended.
    expect(await store.mailSync.getRun(owner)).toMatchObject({ state: 'queued', finishedAt: ended!.finishedAt, error: null, counts: { read: 0, bytes: 0 } });
    expect((await store.mailSync.getRun(other))!.state).toBe('queued');
  });

  it('keeps a periodic check per person, due ones first, each due check taken by one caller only', async () => {
    const store = current();
    const owner = (await store.users.create('schedule-sync@example.com', null))!.id;
    expect(await store.mailSync.getSchedule(owner)).toBeNull();
    const set = await store.mailSync.setSchedule(owner, 6);
    expect(set).toMatchObject({ ownerId: owner, everyHours: 6 });
    expect(await store.mailSync.getSchedule(owner)).toEqual(set);
    // Not due for six hours: none of this owner's is listed.
    expect((await store.mailSync.dueSchedules(1000)).map((d) => d.ownerId)).not.toContain(owner);
    const due = { ...set!, nextCheckAt: '2000-01-01T00:00:00.000Z' };
    await store.db.updateTable('mailSyncSchedules').set({ nextCheckAt: due.nextCheckAt }).where('ownerId', '=', owner).execute();
    expect((await store.mailSync.dueSchedules(1000)).find((d) => d.ownerId === owner)).toEqual(due);
    expect((await Promise.all([store.mailSync.takeDueCheck(due), store.mailSync.takeDueCheck(due)])).filter(Boolean)).toHaveLength(1);
    expect((await store.mailSync.dueSchedules(1000)).map((d) => d.ownerId)).not.toContain(owner);
    expect(await store.mailSync.setSchedule(owner, null)).toBeNull();
    expect(await store.mailSync.getSchedule(owner)).toBeNull();
  });

  it('never exports the IMAP app password in a backup', async () => {
    const store = current();
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: 'imap.example.com', port: 993, security: 'tls', user: 'me', password: 'app-secret-1', folder: null } });
    const backup = await store.backup.export(LOCAL_OWNER_ID);
    expect(JSON.parse(backup.settings![0]!.data)).toMatchObject({ imap: { host: 'imap.example.com', user: 'me' } });
    let streamed = '';
    for await (const part of store.backup.exportJson(LOCAL_OWNER_ID)) streamed += part;
    expect(JSON.stringify(backup)).not.toContain('app-secret-1');
    expect(streamed).toContain('imap.example.com');
    expect(streamed).not.toContain('app-secret-1');
  });
}
