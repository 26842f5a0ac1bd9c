/**
 * Query parameters that only say where a click came from (campaigns, referrers, trackers): two
 * visits to the same listing differ in them, so they are dropped before a URL is compared.
 * `utm_*` is Google Analytics' convention; `gh_src` Greenhouse's, `lever-source` Lever's,
 * `trk`/`trackingId`/`refId` LinkedIn's, `src`/`from`/`vjs` Indeed's.
 */
const TRACKING = /^(utm_\w+|gh_src|lever-source|lever-origin|trk|trkInfo|trackingId|refId|ref|referrer|src|source|from|vjs|tk|fbclid|gclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmkt|ebp|currentJobId|position|pageNum)$/i;

/**
 * The URL that names a listing, whatever link led to it: http(s) only, host lower-cased, no
 * fragment, no default port, tracking parameters removed and the rest sorted. Null for anything
 * that is not an http(s) URL. LinkedIn's search pages carry the listing in `currentJobId`; that
 * one is turned into the listing's own address so a listing opened from search and from its
 * own page is the same listing.
 * @example canonicalListingUrl('https://Jobs.Example.com/job/1?utm_source=x&b=2&a=1#apply') // 'https://jobs.example.com/job/1?a=1&b=2'
 */
export function canonicalListingUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const linkedInJob = /(^|\.)linkedin\.com$/i.test(url.hostname) ? url.searchParams.get('currentJobId') : null;
  if (linkedInJob && /^\d{1,20}$/.test(linkedInJob)) return `https://www.linkedin.com/jobs/view/${linkedInJob}/`;
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  return url.toString();
}
