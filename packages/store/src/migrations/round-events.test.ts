import { describe, expect, it } from 'vitest';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import { MIGRATIONS } from './index';

describe('migration 2026-11-30T0130-round-events', () => {
  it('gives interviews recorded before it the round event they imply, on their local day, never backwards', async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('2026-11-25T2030-social')).error).toBeUndefined();
    const at = '2026-11-01T00:00:00.000Z';
    await db.insertInto('users').values({ id: 'u', email: null, password_hash: null, created_at: at }).execute();
    for (const id of ['late', 'ahead']) {
      await db.insertInto('applications').values({ id, owner_id: 'u', company: id, role: 'r', created_at: at, updated_at: at }).execute();
      await db.insertInto('stage_events').values({ id: `${id}-e`, owner_id: 'u', application_id: id, stage: id === 'ahead' ? 'round2' : 'saved', date: '2026-11-01', reason: null, created_at: at }).execute();
      await db
        .insertInto('interviews')
        .values({ id: `${id}-i`, owner_id: 'u', application_id: id, round: 1, kind: 'behavioural', starts_at: '2026-09-16T02:00:00.000Z', ends_at: '2026-09-16T03:00:00.000Z', time_zone: 'America/Los_Angeles', format: 'video', location: null, notes: null, created_at: at, updated_at: at })
        .execute();
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await db.selectFrom('stage_events').select(['application_id', 'stage', 'date']).orderBy('application_id').orderBy('date').execute();
    expect(rows).toEqual([
      { application_id: 'ahead', stage: 'round2', date: '2026-11-01' },
      { application_id: 'late', stage: 'round1', date: '2026-09-15' },
      { application_id: 'late', stage: 'saved', date: '2026-11-01' },
    ]);
    await db.destroy();
  });
});
