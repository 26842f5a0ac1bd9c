import type { SocialItem, SocialItemKind, SocialPlatform } from '@secondround/core';
import { repairLinkedInBreaks } from './csv-stream';
import type { JsonRecord } from './json-stream';
import { fixMojibake } from './text-repair';

export type FileFormat = 'json' | 'csv';

/** A file of an export that holds the person's own words, and how to turn its records into items. */
export interface FileRole {
  platform: SocialPlatform;
  format: FileFormat;
  /** CSV: the header must name at least one of these, or the file is not this export's. */
  columns?: readonly string[];
  /** Turn one record (a JSON record or a CSV row) into zero or one item; `index` counts records in the file. */
  toItem(record: unknown, index: number, file: string): SocialItem | null;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function isoFromSeconds(v: unknown): string | null {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) && n > 0 ? new Date(n * 1000).toISOString() : null;
}
function isoFromText(v: string): string | null {
  if (!v.trim()) return null;
  // "2025-07-01 14:33:22", "2017/06/08 08:15:44 UTC", "Wed Mar 22 07:41:49 +0000 2017"
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(v.trim());
  const x = m ? null : /^\w{3} (\w{3}) (\d{1,2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(v.trim());
  const t = m
    ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)
    : x
      ? Date.parse(`${x[2]} ${x[1]} ${x[6]} ${x[3]} GMT${x[4]}${x[5]}`)
      : Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
function base(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.\w+$/, '');
}

const xTweets: FileRole = {
  platform: 'x',
  format: 'json',
  toItem(record) {
    const r = record as JsonRecord;
    const t = obj(obj(r.value).tweet ?? r.value);
    const id = str(t.id_str) || str(t.id);
    const text = str(t.full_text) || str(t.text);
    if (!id || !text) return null;
    const kind: SocialItemKind = text.startsWith('RT @') ? 'share' : t.in_reply_to_status_id_str || t.in_reply_to_status_id ? 'reply' : 'post';
    return { id: `x:${id}`, platform: 'x', kind, date: isoFromText(str(t.created_at)), url: `https://x.com/i/web/status/${id}`, text };
  },
};

const xLikes: FileRole = {
  platform: 'x',
  format: 'json',
  toItem(record) {
    const l = obj(obj((record as JsonRecord).value).like);
    const id = str(l.tweetId);
    const text = str(l.fullText);
    if (!id || !text) return null;
    return { id: `x:like:${id}`, platform: 'x', kind: 'like', date: null, url: str(l.expandedUrl) || `https://x.com/i/web/status/${id}`, text };
  },
};

/** Facebook posts and comments: `data[].post` or `data[].comment.comment`; titles are generated and skipped. */
function facebookRole(kind: 'post' | 'comment'): FileRole {
  return {
    platform: 'facebook',
    format: 'json',
    toItem(record, index, file) {
      const r = obj((record as JsonRecord).value);
      const texts: string[] = [];
      for (const d of arr(r.data)) {
        const o = obj(d);
        if (typeof o.post === 'string') texts.push(o.post);
        const c = obj(o.comment);
        if (typeof c.comment === 'string') texts.push(c.comment);
      }
      const text = fixMojibake(texts.join('\n').trim());
      if (!text) return null;
      const key = (record as JsonRecord).key;
      const k: SocialItemKind = key && /comment/.test(key) ? 'comment' : kind;
      return { id: `facebook:${base(file)}:${index}`, platform: 'facebook', kind: k, date: isoFromSeconds(r.timestamp), url: null, text };
    },
  };
}

const instagramPosts: FileRole = {
  platform: 'instagram',
  format: 'json',
  toItem(record, index, file) {
    const r = obj((record as JsonRecord).value);
    const media = arr(r.media).map(obj);
    const text = fixMojibake((str(r.title) || media.map((m) => str(m.title)).find(Boolean) || '').trim());
    if (!text) return null;
    const date = isoFromSeconds(r.creation_timestamp ?? media[0]?.creation_timestamp);
    return { id: `instagram:${base(file)}:${index}`, platform: 'instagram', kind: 'post', date, url: null, text };
  },
};

const instagramComments: FileRole = {
  platform: 'instagram',
  format: 'json',
  toItem(record, index, file) {
    const m = obj(obj((record as JsonRecord).value).string_map_data);
    const text = fixMojibake(str(obj(m.Comment).value).trim());
    if (!text) return null;
    return { id: `instagram:${base(file)}:${index}`, platform: 'instagram', kind: 'comment', date: isoFromSeconds(obj(m.Time).timestamp), url: null, text };
  },
};

function linkedinRole(kind: 'post' | 'comment'): FileRole {
  return {
    platform: 'linkedin',
    format: 'csv',
    columns: kind === 'post' ? ['ShareCommentary', 'Share Commentary'] : ['Message'],
    toItem(record, index) {
      const r = record as Record<string, string>;
      const raw = kind === 'post' ? (r.ShareCommentary ?? r['Share Commentary'] ?? '') : (r.Message ?? '');
      const text = repairLinkedInBreaks(raw).trim();
      if (!text) return null;
      const url = (kind === 'post' ? (r.ShareLink ?? r['Share Link']) : r.Link) || null;
      const urn = url ? decodeURIComponent(url).match(/urn:li:\w+:\d+/)?.[0] : undefined;
      const id = `linkedin:${kind}:${urn ?? index}${kind === 'comment' ? `:${index}` : ''}`;
      return { id, platform: 'linkedin', kind: kind === 'post' && !raw.trim() ? 'share' : kind, date: isoFromText(r.Date ?? ''), url, text };
    },
  };
}

function redditUrl(permalink: string): string | null {
  if (!permalink) return null;
  return permalink.startsWith('http') ? permalink : `https://www.reddit.com${permalink.startsWith('/') ? '' : '/'}${permalink}`;
}

function redditRole(kind: 'post' | 'comment'): FileRole {
  return {
    platform: 'reddit',
    format: 'csv',
    columns: kind === 'post' ? ['title', 'body'] : ['body'],
    toItem(record, index) {
      const r = record as Record<string, string>;
      const text = (kind === 'post' ? [r.title ?? '', r.body ?? ''].filter(Boolean).join('\n') : (r.body ?? '')).trim();
      if (!text || text === '[deleted]' || text === '[removed]') return null;
      return { id: `reddit:${kind}:${r.id || index}`, platform: 'reddit', kind, date: isoFromText(r.date ?? ''), url: redditUrl(r.permalink ?? ''), text };
    },
  };
}

const RULES: Array<[RegExp, FileRole]> = [
  [/(^|\/)tweets?(-part\d+)?\.js$/, xTweets],
  [/(^|\/)like(-part\d+)?\.js$/, xLikes],
  [/(^|\/)(your_posts(_\d+)?|your_posts__check_ins__photos_and_videos(_\d+)?)\.json$/, facebookRole('post')],
  [/(^|\/)(comments_and_reactions|comments)\/comments(_\d+)?\.json$/, facebookRole('comment')],
  [/(^|\/)your_posts_in_groups(_\d+)?\.json$/, facebookRole('post')],
  [/(^|\/)your_comments_in_groups(_\d+)?\.json$/, facebookRole('comment')],
  [/(^|\/)(content\/)?posts_\d+\.json$/, instagramPosts],
  [/(^|\/)(post_comments(_\d+)?|reels_comments)\.json$/, instagramComments],
  [/(^|\/)Shares\.csv$/, linkedinRole('post')],
  [/(^|\/)Comments\.csv$/, linkedinRole('comment')],
  [/(^|\/)comments\.csv$/, redditRole('comment')],
  [/(^|\/)posts\.csv$/, redditRole('post')],
];

/** Files whose presence tells the platform even when they hold no text we read. */
export const MARKERS: Array<[RegExp, SocialPlatform]> = [
  [/(^|\/)data\/(account|manifest|profile)\.js$/, 'x'],
  [/(^|\/)your_instagram_activity\//, 'instagram'],
  [/(^|\/)(your_facebook_activity|your_activity_across_facebook)\//, 'facebook'],
  [/(^|\/)(Profile|Connections|Positions|Skills)\.csv$/, 'linkedin'],
  [/(^|\/)(account_gender|statistics|post_votes|comment_votes|subscribed_subreddits)\.csv$/, 'reddit'],
];

/**
 * The role of a file in an export, by its path; Instagram's folders take precedence over
 * Facebook's names (both come from Meta's "Download your information").
 */
export function roleOf(path: string): FileRole | null {
  for (const [re, role] of RULES) {
    if (!re.test(path)) continue;
    if (role === instagramPosts && !/instagram|(^|\/)content\//.test(path)) continue;
    if (role === instagramComments && !/instagram|(^|\/)comments\//.test(path)) continue;
    return role;
  }
  return null;
}
