import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalListingUrl } from './canonical-url';

describe('canonicalListingUrl', () => {
  it('drops fragments, trackers and case of the host, and sorts what is left', () => {
    expect(canonicalListingUrl('https://Jobs.Example.com/job/1?utm_source=x&b=2&a=1#apply')).toBe('https://jobs.example.com/job/1?a=1&b=2');
    expect(canonicalListingUrl('https://boards.greenhouse.io/acme/jobs/123?gh_src=abc')).toBe('https://boards.greenhouse.io/acme/jobs/123');
    expect(canonicalListingUrl('http://127.0.0.1:8080/x?lever-source=LinkedIn')).toBe('http://127.0.0.1:8080/x');
  });

  it('names a LinkedIn listing opened from search by its own address', () => {
    expect(canonicalListingUrl('https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=analyst')).toBe('https://www.linkedin.com/jobs/view/4012345678/');
  });

  it('keeps parameters that name the listing', () => {
    expect(canonicalListingUrl('https://careers.example.com/apply?jobId=77&utm_medium=mail')).toBe('https://careers.example.com/apply?jobId=77');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalListingUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalListingUrl('chrome://extensions')).toBeNull();
    expect(canonicalListingUrl('not a url')).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (u) => {
        const once = canonicalListingUrl(u);
        if (once !== null) expect(canonicalListingUrl(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
