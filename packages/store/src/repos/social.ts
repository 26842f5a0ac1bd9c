import {
  FINDING_CATEGORIES,
  socialAuditFromRow,
  socialFindingFromRow,
  socialPresenceFromRow,
  type SocialAudit,
  type FindingCategory,
  type SocialFinding,
  type SocialFindingRecord,
  type SocialPlatform,
  type SocialPresence,
} from '@secondround/core';
import { sql } from 'kysely';
import { newId } from '../ids';
import { chunks, type RepoContext } from './executor';
import { decodeCursor, encodeCursor } from './cursor';

export const SOCIAL_AUDIT_COLUMNS = ['id', 'platform', 'fileName', 'itemsScanned', 'findingsCount', 'truncated', 'status', 'errorCode', 'errorMessage', 'startedAt', 'finishedAt'] as const;
export const SOCIAL_FINDING_COLUMNS = ['id', 'auditId', 'platform', 'itemId', 'date', 'url', 'kind', 'category', 'terms', 'excerpt', 'severity', 'dealtWith', 'dealtWithAt', 'createdAt'] as const;
export const SOCIAL_PRESENCE_COLUMNS = ['id', 'platform', 'checked', 'updatedAt'] as const;

/** A finished scan to record: what the importer and scanner produced for one export. */
export interface SocialScanToSave {
  platform: SocialPlatform;
  fileName: string;
  startedAt: string;
  items: number;
  /** Every finding, counted (the kept list may be shorter when truncated). */
  findingsCount: number;
  findings: readonly SocialFinding[];
  truncated: boolean;
}

/** A failed upload to record (nothing else changes). */
export interface SocialFailureToSave {
  platform: SocialPlatform | null;
  fileName: string;
  startedAt: string;
  code: string;
  message: string;
}

/** A category's place in the page order, in SQL, from the one list in core (constants only). */
const CATEGORY_RANK_SQL = sql<number>`(case category ${sql.raw(FINDING_CATEGORIES.map((c, i) => `when '${c}' then ${i}`).join(' '))} else 99 end)`;
/** Undated findings sort after every date (an empty string is below any). */
const DATE_KEY_SQL = sql<string>`coalesce(date, '')`;

/** Open and total findings of each category that has any. */
export type FindingCounts = Partial<Record<FindingCategory, { open: number; total: number }>>;

const markKey = (itemId: string, category: string) => `${itemId}\u0000${category}`;

/** The social audit of one owner: audits, the current findings per platform, presence ticks. */
export function socialRepo({ db, clock }: RepoContext) {
  return {
    /** One page of uploaded exports, newest first, after `cursor`; `nextCursor` is null on the last page. */
    async listAuditsPage(ownerId: string, page: { cursor?: string | undefined; limit: number }): Promise<{ audits: SocialAudit[]; nextCursor: string | null }> {
      let q = db.selectFrom('socialAudits').select(SOCIAL_AUDIT_COLUMNS).where('ownerId', '=', ownerId);
      if (page.cursor) {
        const [startedAt, id] = decodeCursor(page.cursor, 'ss') as [string, string];
        q = q.where((eb) => eb.or([eb('startedAt', '<', startedAt), eb.and([eb('startedAt', '=', startedAt), eb('id', '<', id)])]));
      }
      const rows = await q.orderBy('startedAt', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return { audits: shown.map(socialAuditFromRow), nextCursor: rows.length > page.limit && last ? encodeCursor([last.startedAt, last.id]) : null };
    },

    async listAudits(ownerId: string): Promise<SocialAudit[]> {
      const rows = await db.selectFrom('socialAudits').select(SOCIAL_AUDIT_COLUMNS).where('ownerId', '=', ownerId).orderBy('startedAt', 'desc').orderBy('id', 'desc').execute();
      return rows.map(socialAuditFromRow);
    },

    /**
     * Record a finished scan: the audit, and its findings in place of the platform's previous
     * ones. A finding seen again (same platform, item id and category) keeps its "dealt with"
     * mark. Several statements: call inside `store.transaction` so it is all or nothing.
     */
    async saveScan(ownerId: string, scan: SocialScanToSave): Promise<{ audit: SocialAudit; carriedMarks: number }> {
      const now = clock().toISOString();
      const marked = await db
        .selectFrom('socialFindings')
        .select(['itemId', 'category', 'dealtWithAt'])
        .where('ownerId', '=', ownerId)
        .where('platform', '=', scan.platform)
        .where('dealtWith', '=', 1)
        .execute();
      const marks = new Map(marked.map((m) => [markKey(m.itemId, m.category), m.dealtWithAt]));
      const row = {
        id: newId(),
        ownerId,
        platform: scan.platform,
        fileName: scan.fileName,
        itemsScanned: scan.items,
        findingsCount: scan.findingsCount,
        truncated: scan.truncated ? 1 : 0,
        status: 'done',
        errorCode: null,
        errorMessage: null,
        startedAt: scan.startedAt,
        finishedAt: now,
      };
      await db.insertInto('socialAudits').values(row).execute();
      await db.deleteFrom('socialFindings').where('ownerId', '=', ownerId).where('platform', '=', scan.platform).execute();
      let carriedMarks = 0;
      const findings = scan.findings.map((f) => {
        const key = markKey(f.id, f.category);
        const isMarked = marks.has(key);
        if (isMarked) carriedMarks++;
        return {
          id: newId(),
          ownerId,
          auditId: row.id,
          platform: scan.platform,
          itemId: f.id,
          date: f.date,
          url: f.url,
          kind: f.kind,
          category: f.category,
          terms: JSON.stringify(f.terms),
          excerpt: f.excerpt,
          severity: f.severity,
          dealtWith: isMarked ? 1 : 0,
          dealtWithAt: isMarked ? (marks.get(key) ?? now) : null,
          createdAt: now,
        };
      });
      for (const c of chunks(findings)) await db.insertInto('socialFindings').values(c).execute();
      const { ownerId: _o, ...saved } = row;
      return { audit: socialAuditFromRow(saved), carriedMarks };
    },

    /** Record an upload that failed: an audit with its error; findings stay as they were. */
    async saveFailure(ownerId: string, failure: SocialFailureToSave): Promise<SocialAudit> {
      const row = {
        id: newId(),
        ownerId,
        platform: failure.platform,
        fileName: failure.fileName,
        itemsScanned: 0,
        findingsCount: 0,
        truncated: 0,
        status: 'failed',
        errorCode: failure.code,
        errorMessage: failure.message.slice(0, 2_000),
        startedAt: failure.startedAt,
        finishedAt: clock().toISOString(),
      };
      await db.insertInto('socialAudits').values(row).execute();
      const { ownerId: _o, ...saved } = row;
      return socialAuditFromRow(saved);
    },

    async listFindings(ownerId: string, filter: { platform?: SocialPlatform } = {}): Promise<SocialFindingRecord[]> {
      let q = db.selectFrom('socialFindings').select(SOCIAL_FINDING_COLUMNS).where('ownerId', '=', ownerId);
      if (filter.platform) q = q.where('platform', '=', filter.platform);
      const rows = await q.orderBy('date', 'desc').orderBy('id').execute();
      return rows.map(socialFindingFromRow).filter((f): f is SocialFindingRecord => f !== null);
    },

    /**
     * One page of findings in the order the page shows them: by category (core's order), newest
     * first inside it, undated last; after `cursor`. `nextCursor` is null on the last page.
     */
    async listFindingsPage(ownerId: string, page: { platform?: SocialPlatform | undefined; cursor?: string | undefined; limit: number }): Promise<{ findings: SocialFindingRecord[]; nextCursor: string | null }> {
      let q = db.selectFrom('socialFindings').select(SOCIAL_FINDING_COLUMNS).select(CATEGORY_RANK_SQL.as('rank')).where('ownerId', '=', ownerId);
      if (page.platform) q = q.where('platform', '=', page.platform);
      if (page.cursor) {
        const [rank, date, id] = decodeCursor(page.cursor, 'nss') as [number, string, string];
        q = q.where(sql<boolean>`(${CATEGORY_RANK_SQL} > ${rank} or (${CATEGORY_RANK_SQL} = ${rank} and (${DATE_KEY_SQL} < ${date} or (${DATE_KEY_SQL} = ${date} and id > ${id}))))`);
      }
      const rows = await q.orderBy(CATEGORY_RANK_SQL).orderBy(DATE_KEY_SQL, 'desc').orderBy('id').limit(page.limit + 1).execute();
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return {
        findings: shown.map(({ rank: _r, ...row }) => socialFindingFromRow(row)).filter((f): f is SocialFindingRecord => f !== null),
        nextCursor: rows.length > page.limit && last ? encodeCursor([Number(last.rank), last.date ?? '', last.id]) : null,
      };
    },

    /** How many findings each category holds, and how many of them are still open (not dealt with). */
    async countFindings(ownerId: string, filter: { platform?: SocialPlatform | undefined } = {}): Promise<FindingCounts> {
      let q = db
        .selectFrom('socialFindings')
        .select((eb) => ['category', eb.fn.countAll().as('total'), eb.fn.sum<number | string | null>(sql`case when dealt_with = 0 then 1 else 0 end`).as('open')])
        .where('ownerId', '=', ownerId);
      if (filter.platform) q = q.where('platform', '=', filter.platform);
      const rows = await q.groupBy('category').execute();
      const out: FindingCounts = {};
      for (const r of rows) if ((FINDING_CATEGORIES as readonly string[]).includes(r.category)) out[r.category as FindingCategory] = { open: Number(r.open ?? 0), total: Number(r.total) };
      return out;
    },

    async getFinding(ownerId: string, id: string): Promise<SocialFindingRecord | null> {
      const row = await db.selectFrom('socialFindings').select(SOCIAL_FINDING_COLUMNS).where('ownerId', '=', ownerId).where('id', '=', id).executeTakeFirst();
      return row ? socialFindingFromRow(row) : null;
    },

    /** Mark a finding dealt with (or undo); null when it is not the owner's. */
    async setDealtWith(ownerId: string, id: string, dealtWith: boolean): Promise<SocialFindingRecord | null> {
      const res = await db
        .updateTable('socialFindings')
        .set({ dealtWith: dealtWith ? 1 : 0, dealtWithAt: dealtWith ? clock().toISOString() : null })
        .where('ownerId', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) return null;
      return this.getFinding(ownerId, id);
    },

    async getPresence(ownerId: string): Promise<SocialPresence[]> {
      const rows = await db.selectFrom('socialPresence').select(['platform', 'checked', 'updatedAt']).where('ownerId', '=', ownerId).orderBy('platform').execute();
      return rows.map(socialPresenceFromRow).filter((p): p is SocialPresence => p !== null);
    },

    /** Save the ticked points of one platform's checklist (the whole list, replacing the last). */
    async putPresence(ownerId: string, platform: SocialPlatform, checked: readonly string[]): Promise<SocialPresence> {
      const list = JSON.stringify([...new Set(checked)]);
      const now = clock().toISOString();
      await db
        .insertInto('socialPresence')
        .values({ id: newId(), ownerId, platform, checked: list, updatedAt: now })
        .onConflict((oc) => oc.columns(['ownerId', 'platform']).doUpdateSet({ checked: list, updatedAt: now }))
        .execute();
      return { platform, checked: [...new Set(checked)], updatedAt: now };
    },
  };
}
