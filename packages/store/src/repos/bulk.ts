import type { ApplicationCreate, StageEventInput } from '@secondround/core';
import { newId } from '../ids';
import { chunks, type RepoContext } from './executor';
import { encodeTags } from './applications';

export interface BulkApplication {
  application: Omit<ApplicationCreate, 'stage' | 'stageDate'>;
  events: StageEventInput[];
}

/**
 * Insert many applications with their histories using multi-row inserts. Every row of one
 * INSERT has the same columns (a PostgreSQL requirement for multi-row values). Run inside a
 * transaction: imports are all or nothing.
 */
export function bulkRepo({ db, clock }: RepoContext) {
  return {
    async insert(ownerId: string, items: readonly BulkApplication[]): Promise<number> {
      const now = clock().toISOString();
      for (const part of chunks(items, 400)) {
        const apps = part.map((it) => ({
          id: newId(),
          ownerId,
          company: it.application.company,
          role: it.application.role,
          listingText: it.application.listingText ?? null,
          listingUrl: it.application.listingUrl ?? null,
          source: it.application.source ?? null,
          location: it.application.location ?? null,
          workplace: it.application.workplace ?? null,
          salaryMin: it.application.salaryMin ?? null,
          salaryMax: it.application.salaryMax ?? null,
          salaryCurrency: it.application.salaryCurrency ?? null,
          notes: it.application.notes ?? null,
          tags: encodeTags(it.application.tags),
          priority: it.application.priority ?? 'normal',
          createdAt: now,
          updatedAt: now,
        }));
        await db.insertInto('applications').values(apps).execute();
        const events = part.flatMap((it, i) =>
          it.events.map((e) => ({ id: newId(), ownerId, applicationId: apps[i]!.id, stage: e.stage, date: e.date, reason: e.reason ?? null, createdAt: now })),
        );
        for (const c of chunks(events)) await db.insertInto('stageEvents').values(c).execute();
      }
      return items.length;
    },
  };
}
