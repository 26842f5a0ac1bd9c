import { UserError, type SocialItem, type SocialPlatform } from '@secondround/core';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, entryReadError, openArchive, type ArchiveEntry, type ArchiveLimits } from './archive';
import { streamCsvRows } from './csv-stream';
import { streamJsonRecords } from './json-stream';
import { MARKERS, roleOf, type FileRole } from './platforms';

export interface SocialProgress {
  bytesRead: number;
  bytesTotal: number;
}

export interface SocialImportOptions {
  limits?: Partial<ArchiveLimits>;
  onProgress?: (p: SocialProgress) => void;
}

export interface SocialExport {
  platform: SocialPlatform;
  /** The files read, in order (media and other entries are skipped unread). */
  files: string[];
  bytesTotal: number;
  /** The items, streamed; the archive is closed when the iteration ends or stops. */
  items(): AsyncGenerator<SocialItem>;
  close(): void;
}

function notAnExport(file: string, platform: SocialPlatform, why: string): UserError {
  return new UserError('NOT_AN_EXPORT', `${basename(file)} is not a ${platform} export file: ${why}. Download the export again and upload it as it came`, 422);
}

/** A file named as an export's but without its columns (random bytes, another table) is refused. */
function checkColumns(role: FileRole, record: unknown, file: string, platform: SocialPlatform): void {
  if (!role.columns || role.format !== 'csv') return;
  const header = Object.keys(record as Record<string, string>);
  if (!role.columns.some((c) => header.includes(c))) throw notAnExport(file, platform, `its first line has none of the expected columns (${role.columns.join(', ')})`);
}

/**
 * Open a platform's data export (zip, unpacked folder, or one of its files), detect the platform
 * from the file names, and stream the person's posts, comments, replies, likes and shares.
 */
export async function openSocialExport(path: string, options: SocialImportOptions = {}): Promise<SocialExport> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = await openArchive(path, limits);
  const plan: Array<{ entry: ArchiveEntry; role: FileRole }> = [];
  const score = new Map<SocialPlatform, number>();
  for (const entry of source.entries) {
    const role = roleOf(entry.path);
    if (role) {
      plan.push({ entry, role });
      score.set(role.platform, (score.get(role.platform) ?? 0) + 2);
    }
    for (const [re, platform] of MARKERS) if (re.test(entry.path)) score.set(platform, (score.get(platform) ?? 0) + 1);
  }
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) {
    source.close();
    throw new UserError(
      'UNKNOWN_PLATFORM',
      `${basename(path)} is not an export this tool knows: expected X (data/tweets.js), Facebook or Instagram (JSON), LinkedIn (Shares.csv, Comments.csv) or Reddit (comments.csv, posts.csv)`,
      422,
    );
  }
  const platform = best[0];
  const files = plan.filter((p) => p.role.platform === platform);
  if (files.length === 0) {
    source.close();
    throw new UserError('NO_POSTS', `${basename(path)} looks like a ${platform} export but holds no file of posts or comments`, 422);
  }
  const bytesTotal = files.reduce((s, f) => s + f.entry.size, 0);
  let bytesRead = 0;
  let closed = false;
  const close = () => {
    if (!closed) source.close();
    closed = true;
  };

  async function* chunksOf(entry: ArchiveEntry): AsyncGenerator<Buffer> {
    const stream = await source.open(entry);
    try {
      for await (const chunk of stream) {
        bytesRead += (chunk as Buffer).length;
        options.onProgress?.({ bytesRead, bytesTotal });
        yield chunk as Buffer;
      }
    } catch (e) {
      throw entryReadError(path, entry.path, e);
    } finally {
      stream.destroy();
    }
  }

  async function* items(): AsyncGenerator<SocialItem> {
    try {
      for (const { entry, role } of files) {
        const records = role.format === 'json' ? streamJsonRecords(chunksOf(entry), entry.path) : streamCsvRows(chunksOf(entry), entry.path);
        let index = 0;
        for await (const record of records) {
          if (index === 0) checkColumns(role, record, entry.path, platform);
          const item = role.toItem(record, index++, entry.path);
          if (item) yield item;
        }
        // A real file with a header and no rows is a few bytes; a large one with no row is not CSV.
        if (index === 0 && role.format === 'csv' && entry.size > 64 * 1024) throw notAnExport(entry.path, platform, 'no rows could be read from it');
      }
    } finally {
      close();
    }
  }

  return { platform, files: files.map((f) => f.entry.path), bytesTotal, items, close };
}
