/** What a saved job page declares about itself in schema.org `JobPosting` JSON-LD or Open Graph. */
export interface PageDeclared {
  title: string | null;
  company: string | null;
  /** `jobLocationType: "TELECOMMUTE"`: the page says the job is done remotely. */
  isTelecommute: boolean;
  /** `og:title`, which boards fill with "Title - Company | Board" or the bare title. */
  ogTitle: string | null;
}

// A saved page has a handful of JSON-LD blocks at most; a hostile one is cut off here.
const MAX_BLOCKS = 8;
const MAX_BLOCK_CHARS = 200_000;

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function asText(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? decode(v) : null;
}

/** The JobPosting objects in a parsed JSON-LD value: top level, in an array or in `@graph`. */
function jobPostings(v: unknown, depth = 0): Array<Record<string, unknown>> {
  if (depth > 3 || v === null || typeof v !== 'object') return [];
  if (Array.isArray(v)) return v.flatMap((x) => jobPostings(x, depth + 1));
  const o = v as Record<string, unknown>;
  const type = o['@type'];
  const isJob = type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
  return isJob ? [o] : jobPostings(o['@graph'], depth + 1);
}

/**
 * Read a saved page's own declaration of the job: the first schema.org `JobPosting` in its JSON-LD
 * (`title`, `hiringOrganization.name`, `jobLocationType`) and its `og:title`. A block that is not
 * valid JSON is skipped; nothing here runs the page's scripts.
 * @example pageDeclared('<script type="application/ld+json">{"@type":"JobPosting","title":"Data Analyst","hiringOrganization":{"name":"Acme"}}</script>').company // 'Acme'
 */
export function pageDeclared(html: string): PageDeclared {
  const out: PageDeclared = { title: null, company: null, isTelecommute: false, ogTitle: null };
  const lower = html.toLowerCase();
  let from = 0;
  for (let n = 0; n < MAX_BLOCKS; n++) {
    const at = lower.indexOf('application/ld+json', from);
    if (at < 0) break;
    const open = lower.indexOf('>', at);
    const close = open < 0 ? -1 : lower.indexOf('</script', open);
    if (close < 0) break;
    from = close;
    if (close - open > MAX_BLOCK_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(html.slice(open + 1, close).trim());
    } catch {
      continue;
    }
    const job = jobPostings(parsed)[0];
    if (!job) continue;
    out.title = asText(job.title);
    const org = job.hiringOrganization;
    out.company = typeof org === 'string' ? asText(org) : org && typeof org === 'object' ? asText((org as Record<string, unknown>).name) : null;
    out.isTelecommute = /telecommute/i.test(JSON.stringify(job.jobLocationType ?? ''));
    break;
  }
  const og = /<meta\b[^>]{0,300}?property=["']og:title["'][^>]{0,300}?content=["']([^"']{1,300})["']|<meta\b[^>]{0,300}?content=["']([^"']{1,300})["'][^>]{0,300}?property=["']og:title["']/i.exec(html.slice(0, 300_000));
  out.ogTitle = og ? decode(og[1] ?? og[2] ?? '') || null : null;
  return out;
}
