import { createWriteStream } from 'node:fs';
import { mkdir, truncate, writeFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/*
 * Synthetic exports for tests and benchmarks, written by us: they reproduce the quirks of the real
 * formats (X's `window.YTD` prefix, Facebook's Latin-1-as-UTF-8 text, LinkedIn's UTF-16 TAB file
 * and its `""` line breaks, Reddit's columns) without anyone's real posts. Includes a minimal zip
 * writer so hostile archives (bombs, `../` names, links, cut files) can be made on purpose.
 */

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Store (0) or deflate (8, default). */
  method?: 0 | 8;
  symlink?: boolean;
}

interface Central {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  method: number;
  offset: number;
  attrs: number;
}

function localHeader(name: Buffer, method: number, crc: number, csize: number, usize: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x800, 6); // UTF-8 names
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(csize, 18);
  h.writeUInt32LE(usize, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralDirectory(entries: Central[], offset: number): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  for (const e of entries) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(0x031e, 4); // made by Unix, so the external attributes are a mode
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x800, 8);
    h.writeUInt16LE(e.method, 10);
    h.writeUInt32LE(e.crc >>> 0, 16);
    h.writeUInt32LE(e.csize, 20);
    h.writeUInt32LE(e.usize, 24);
    h.writeUInt16LE(e.name.length, 28);
    h.writeUInt32LE(e.attrs >>> 0, 38);
    h.writeUInt32LE(e.offset, 42);
    parts.push(h, e.name);
    size += h.length + e.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, end]);
}

/** Write a small zip from in-memory entries (names are written as given, `../` included). */
export async function writeZip(path: string, entries: ZipEntrySpec[]): Promise<void> {
  const parts: Buffer[] = [];
  const central: Central[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data) : e.data;
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name);
    const crc = crc32(data);
    const header = localHeader(name, method, crc, body.length, data.length);
    central.push({ name, crc, csize: body.length, usize: data.length, method, offset, attrs: (e.symlink ? 0o120777 : 0o100644) << 16 });
    parts.push(header, body);
    offset += header.length + body.length;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, Buffer.concat([...parts, centralDirectory(central, offset)]));
}

/**
 * Stream a large zip to disk: each entry's data comes from a generator of chunks, deflated one
 * chunk at a time, so a multi-GB archive is written in little memory. Sizes must stay under 4 GiB
 * per entry and in total (no ZIP64).
 */
export async function writeLargeZip(path: string, entries: Array<{ name: string; chunks: () => Iterable<Buffer>; method?: 0 | 8 }>): Promise<void> {
  const { createDeflateRaw } = await import('node:zlib');
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let failure: Error | null = null;
  out.on('error', (e) => (failure = e));
  const write = (b: Buffer) =>
    new Promise<void>((res, rej) => {
      if (failure) return rej(failure);
      if (out.write(b)) res();
      else out.once('drain', res);
    });
  const central: Central[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const name = Buffer.from(e.name);
    // Sizes and CRC go in a data descriptor after the data (flag bit 3).
    const header = localHeader(name, method, 0, 0, 0);
    header.writeUInt16LE(0x808, 6);
    await write(header);
    let crc = 0;
    let usize = 0;
    let csize = 0;
    const deflater = method === 8 ? createDeflateRaw({ level: 1 }) : null;
    const compressed: Buffer[] = [];
    deflater?.on('data', (c: Buffer) => compressed.push(c));
    for (const chunk of e.chunks()) {
      crc = crc32(chunk, crc);
      usize += chunk.length;
      if (deflater) {
        deflater.write(chunk);
        await new Promise<void>((res) => deflater.flush(() => res()));
        for (const c of compressed.splice(0)) {
          csize += c.length;
          await write(c);
        }
      } else {
        csize += chunk.length;
        await write(chunk);
      }
    }
    if (deflater) {
      const ended = new Promise<void>((res) => deflater.once('end', () => res()));
      deflater.end();
      await ended;
      for (const c of compressed.splice(0)) {
        csize += c.length;
        await write(c);
      }
    }
    const dd = Buffer.alloc(16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(crc >>> 0, 4);
    dd.writeUInt32LE(csize, 8);
    dd.writeUInt32LE(usize, 12);
    await write(dd);
    central.push({ name, crc, csize, usize, method, offset, attrs: 0o100644 << 16 });
    offset += header.length + csize + dd.length;
  }
  await write(centralDirectory(central, offset));
  await new Promise<void>((res) => out.end(res));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** X's date format: "Wed Mar 22 07:41:49 +0000 2017". */
export function xDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/** Facebook writes each UTF-8 byte as its own \u00XX escape. */
export function facebookEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\u00${b.toString(16).padStart(2, '0')}`)).join('').replace(/\n/g, '\\n');
}

function csvQuote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export const SYNTHETIC_POSTS = [
  'Excited to start my new role as a data analyst in Essex!',
  'Honestly I hate my job and my boss is an idiot.',
  'What the f*ck is this traffic',
  'Got so wasted last night at the bar lol',
  'Shiitake risotto and a cocktail at the therapist’s recommendation. Scunthorpe next week.',
  "Don't tell anyone but our Q3 numbers are terrible, layoffs coming",
];

/** The files of a synthetic export per platform: path inside the export → contents. */
export function syntheticExport(platform: 'x' | 'x-legacy' | 'facebook' | 'instagram' | 'linkedin' | 'linkedin-2018' | 'reddit', posts = SYNTHETIC_POSTS): Record<string, Buffer | string> {
  const t0 = Date.UTC(2019, 0, 1) / 1000;
  switch (platform) {
    case 'x': {
      const tweets = posts.map((text, i) => ({ tweet: { id_str: String(1000 + i), id: String(1000 + i), created_at: xDate(new Date((t0 + i * 86400) * 1000)), full_text: text, ...(i === 1 ? { in_reply_to_status_id_str: '1' } : {}) } }));
      const likes = [{ like: { tweetId: '77', fullText: 'this is bullsh1t', expandedUrl: 'https://x.com/i/web/status/77' } }];
      return {
        'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 2)}`,
        'data/like.js': `window.YTD.like.part0 = ${JSON.stringify(likes)}`,
        'data/account.js': 'window.YTD.account.part0 = []',
        'data/tweets_media/1000-a.jpg': Buffer.alloc(2048, 7),
      };
    }
    case 'x-legacy':
      return { 'tweet.js': `window.YTD.tweet.part0 = ${JSON.stringify(posts.map((text, i) => ({ tweet: { id_str: String(i + 1), full_text: text, created_at: 'Wed Mar 22 07:41:49 +0000 2017' } })))}` };
    case 'facebook': {
      const fbPosts = posts.map((text, i) => `{"timestamp": ${t0 + i}, "data": [{"post": "${facebookEncode(text)}"}], "title": "Someone updated their status."}`);
      const comment = `{"comments_v2": [{"timestamp": ${t0}, "data": [{"comment": {"timestamp": ${t0}, "comment": "${facebookEncode('Tøs! this party was a shitshow')}", "author": "A"}}], "title": "A commented."}, {"timestamp": ${t0 + 5}, "title": "A commented on a post."}]}`;
      const groups = `{"group_posts_v2": [{"timestamp": ${t0}, "data": [{"post": "${facebookEncode('Selling weed, DM me')}"}], "title": "t"}]}`;
      return {
        'your_facebook_activity/posts/your_posts_1.json': `[\n${fbPosts.join(',\n')}\n]`,
        'your_facebook_activity/comments_and_reactions/comments.json': comment,
        'your_facebook_activity/groups/your_posts_in_groups.json': groups,
        'your_facebook_activity/posts/media/photo.jpg': Buffer.alloc(1024, 1),
      };
    }
    case 'instagram':
      return {
        'your_instagram_activity/content/posts_1.json': JSON.stringify(posts.map((text, i) => ({ media: [{ uri: `media/posts/${i}.jpg`, creation_timestamp: t0 + i, title: text }] }))).replace(/ø/g, '\\u00c3\\u00b8'),
        'your_instagram_activity/comments/post_comments_1.json': JSON.stringify([{ string_map_data: { Comment: { value: 'kill yourself loser' }, 'Media Owner': { value: 'x' }, Time: { timestamp: t0 } } }]),
        'media/posts/0.jpg': Buffer.alloc(512, 2),
      };
    case 'linkedin': {
      // LinkedIn's broken quoting: a line break in a post becomes "" newline "".
      const rows = posts.map((text, i) => `2024-0${(i % 9) + 1}-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${700 + i},${csvQuote(text.replace(/\n/g, '"\n"'))},"","",MEMBER_NETWORK`);
      const multi = `2024-10-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A799,${csvQuote('First line.\n\nMy manager is useless.'.replace(/\n/g, '"\n"'))},"","",PUBLIC`;
      return {
        'Shares.csv': `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${[...rows, multi].join('\n')}\n`,
        'Comments.csv': `Date,Link,Message\n2024-01-02 03:04:05,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,"Jane Doe I told them \\"under NDA\\" so I can't share the roadmap"\n`,
        'Profile.csv': 'First Name,Last Name\nA,B\n',
      };
    }
    case 'linkedin-2018': {
      const header = ['Date', 'Share Title', 'Share Description', 'Share Link', 'Share Commentary', 'Shared URL', 'Media URL', 'Type', 'Visibility'].map(csvQuote).join('\t');
      const rows = posts.map((text, i) => ['2017/06/08 08:15:44 UTC', '', '', `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${600 + i}`, text, '', '', 'Homepage', 'Public'].map(csvQuote).join('\t'));
      return { 'Shares.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\r\n${rows.join('\r\n')}\r\n`, 'utf16le')]) };
    }
    case 'reddit': {
      const comments = posts.map((text, i) => [`c${i}`, `https://www.reddit.com/r/jobs/comments/abc/x/c${i}/`, '2021-03-04 05:06:07 UTC', '', 'jobs', '0', 'https://www.reddit.com/r/jobs/comments/abc/x/', 't1_x', text, ''].map(csvQuote).join(','));
      return {
        'comments.csv': `id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n${comments.join('\n')}\n`,
        'posts.csv': `id,permalink,date,ip,subreddit,gildings,title,url,body\np1,/r/cscareerquestions/comments/p1/x/,2020-01-01 00:00:00 UTC,,cscareerquestions,0,My boss sucks,,"Long story.\nHe is a moron."\n`,
        'statistics.csv': 'statistic,value\nkarma,1\n',
      };
    }
  }
}

/** Write a synthetic export as an unpacked folder. */
export async function writeFolder(dir: string, files: Record<string, Buffer | string>): Promise<void> {
  for (const [name, data] of Object.entries(files)) {
    const full = join(dir, ...name.split('/'));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, data);
  }
}

/** Write a synthetic export as a zip. */
export async function writeExportZip(path: string, files: Record<string, Buffer | string>): Promise<void> {
  await writeZip(path, Object.entries(files).map(([name, data]) => ({ name, data, method: /\.(jpg|mp4|png)$/.test(name) ? 0 : 8 })));
}

/** Hostile and broken archives, each the case its name says. */
export async function writeHostileZips(dir: string): Promise<Record<'bomb' | 'dotdot' | 'absolute' | 'symlink' | 'truncated' | 'cutJson' | 'unknown' | 'notZip', string>> {
  const p = (n: string) => join(dir, n);
  await writeZip(p('bomb.zip'), [{ name: 'data/tweets.js', data: Buffer.alloc(20 * 1024 * 1024, 0x20) }]);
  await writeZip(p('dotdot.zip'), [{ name: '../../evil/tweets.js', data: 'window.YTD.tweets.part0 = []' }]);
  await writeZip(p('absolute.zip'), [{ name: '/etc/tweets.js', data: 'window.YTD.tweets.part0 = []' }]);
  await writeZip(p('symlink.zip'), [{ name: 'data/tweets.js', data: '/etc/passwd', symlink: true, method: 0 }]);
  const x = syntheticExport('x');
  await writeExportZip(p('truncated.zip'), x);
  await truncate(p('truncated.zip'), Math.floor((await stat(p('truncated.zip'))).size / 2));
  const tweets = String(x['data/tweets.js']);
  await writeExportZip(p('cut-json.zip'), { 'data/tweets.js': tweets.slice(0, Math.floor(tweets.length * 0.6)) });
  await writeExportZip(p('unknown.zip'), { 'notes/readme.txt': 'hello', 'photos/a.jpg': Buffer.alloc(10) });
  await writeFile(p('not-a-zip.zip'), 'PK this is not really a zip');
  return { bomb: p('bomb.zip'), dotdot: p('dotdot.zip'), absolute: p('absolute.zip'), symlink: p('symlink.zip'), truncated: p('truncated.zip'), cutJson: p('cut-json.zip'), unknown: p('unknown.zip'), notZip: p('not-a-zip.zip') };
}
