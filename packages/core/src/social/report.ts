import { scanItem } from './scanner';
import type { SocialFinding, SocialItem, SocialPlatform, SocialScanReport } from './types';

/** Keep the report a size a person and a browser can handle; counts stay exact past it. */
export const MAX_REPORTED_FINDINGS = 5000;

/**
 * Scan a stream of items into the `social scan` report: findings, counts by category and year.
 * With `onFinding`, every finding goes to it as it is found and none is kept in the report (so a
 * caller can list all of them without holding them in memory); `truncated` is then false.
 * @example await scanItems('x', (async function* () { yield { id: '1', platform: 'x', kind: 'post', date: null, url: null, text: 'wtf' }; })()) // { platform: 'x', items: 1, … }
 */
export async function scanItems(platform: SocialPlatform, items: AsyncIterable<SocialItem> | Iterable<SocialItem>, maxFindings = MAX_REPORTED_FINDINGS, onFinding?: (finding: SocialFinding) => void): Promise<SocialScanReport> {
  const findings: SocialFinding[] = [];
  const byCategory: Record<string, number> = {};
  const byYear: Record<string, number> = {};
  let count = 0;
  let truncated = false;
  for await (const item of items) {
    count++;
    for (const f of scanItem(item)) {
      byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
      const year = f.year === null ? 'unknown' : String(f.year);
      byYear[year] = (byYear[year] ?? 0) + 1;
      if (onFinding) onFinding(f);
      else if (findings.length < maxFindings) findings.push(f);
      else truncated = true;
    }
  }
  return { platform, items: count, findings, byCategory, byYear, truncated };
}
