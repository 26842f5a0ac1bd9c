import { readTrackerCsv, type TrackerCsvInput, type TrackerCsvResult, type TrackerItem } from '@secondround/importers';
import type { Repos, Store } from '@secondround/store';
import { accountCaps, checkRecordCap } from './caps';
import { freshStatistics } from './backup-restore';

const ROLLBACK = Symbol('rollback');

export interface CsvImportReport extends Omit<TrackerCsvResult, 'items'> {
  imported: number;
  /** True when invalid rows stopped the import (nothing was written). */
  blocked: boolean;
}

/**
 * Import a tracker spreadsheet for one owner, all or nothing. Rows are written in batches inside
 * one transaction while the file streams, so memory stays flat on 100,000 rows; when any row is
 * invalid and `skipInvalid` is off, the transaction is rolled back and nothing is kept.
 */
export async function importTrackerCsv(store: Store, ownerId: string, input: TrackerCsvInput | ((tx: Repos) => TrackerCsvInput), options: { skipInvalid: boolean; today: string; maxBytes?: number; maxApplications?: number; beforeCommit?: (tx: Repos, report: CsvImportReport) => Promise<void> }): Promise<CsvImportReport> {
  let imported = 0;
  let result: TrackerCsvResult | undefined;
  let blocked = false;
  await store
    .transaction(async (tx) => {
      let batch: TrackerItem[] = [];
      const existing = options.maxApplications === undefined ? 0 : await tx.counts.records(ownerId, 'applications');
      const flush = async () => {
        if (batch.length === 0) return;
        if (options.maxApplications !== undefined) checkRecordCap('applications', existing + imported, batch.length, { ...accountCaps(), applications: options.maxApplications });
        // A row with only company and role has no dated step; it enters the board as saved today.
        imported += await tx.bulk.insert(ownerId, batch.map((it) => (it.events.length > 0 ? it : { ...it, events: [{ stage: 'saved' as const, date: options.today, reason: null }] })));
        batch = [];
      };
      // Input read from the database is read through the transaction (SQLite has one connection).
      result = await readTrackerCsv(typeof input === 'function' ? input(tx) : input, {
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
        onItem: async (item) => {
          batch.push(item);
          if (batch.length >= 2_000) await flush();
        },
      });
      await flush();
      if (result.invalidRows > 0 && !options.skipInvalid) {
        blocked = true;
        throw ROLLBACK;
      }
      // A background job marks itself done in the same transaction, so a repeat imports nothing twice.
      if (options.beforeCommit) {
        const { items: _items, ...rest } = result;
        await options.beforeCommit(tx, { ...rest, imported, blocked: false });
      }
    })
    .catch((e: unknown) => {
      if (e !== ROLLBACK) throw e;
      imported = 0;
    });
  // Each imported application has at least one step.
  if (imported > 0) await freshStatistics(store, { applications: imported, stageEvents: imported });
  const { items: _items, ...rest } = result!;
  return { ...rest, imported, blocked };
}
