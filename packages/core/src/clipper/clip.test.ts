import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../listing/language';
import { NOT_A_LISTING_ROLE, readClip } from './clip';

const requirements = '<h2>Requirements</h2><ul><li>3+ years of SQL and Python</li><li>Experience with Tableau or Looker</li></ul><h2>Nice to have</h2><ul><li>dbt</li></ul>';

beforeAll(async () => {
  await loadLanguageDetector();
});

describe('readClip', () => {
  it('reads title, company and location from the heading and the lines after it', () => {
    const r = readClip({ url: 'https://www.linkedin.com/jobs/view/4012345678/?trk=abc', pageTitle: 'Data Analyst | Northwind Logistics | LinkedIn', heading: 'Data Analyst', header: ['Data Analyst', 'Northwind Logistics · Rotterdam, South Holland, Netherlands (Hybrid)', '2 weeks ago · 84 applicants'], html: `<p>Northwind Logistics moves fresh food across Europe.</p>${requirements}` });
    expect(r).toMatchObject({ url: 'https://www.linkedin.com/jobs/view/4012345678/', role: 'Data Analyst', company: 'Northwind Logistics', location: 'Rotterdam, South Holland, Netherlands', isListing: true });
    expect(r.listingText).toContain('3+ years of SQL and Python');
    expect(r.listingText.split('\n').length).toBeGreaterThan(3);
  });

  it('prefers the page’s own JobPosting data for title, company and location', () => {
    const r = readClip({ url: 'https://boards.greenhouse.io/acme/jobs/1', pageTitle: 'Job Application for Backend Engineer at Acme', heading: 'Backend Engineer', html: requirements, jobPosting: { title: 'Backend Engineer', company: 'Acme Robotics', location: 'Lyon, France' } });
    expect(r).toMatchObject({ role: 'Backend Engineer', company: 'Acme Robotics', location: 'Lyon, France', isListing: true });
  });

  it('saves a page that is not a listing with a warning and no invented title', () => {
    const r = readClip({ url: 'https://blog.example.org/2026/11/our-new-office', pageTitle: 'Our new office | Example blog', heading: 'Our new office', html: '<p>We moved to a bigger office by the river. The coffee machine is excellent and the view is even better.</p><p>Come and visit us some time.</p>' });
    expect(r.role).toBe(NOT_A_LISTING_ROLE);
    expect(r.isListing).toBe(false);
    expect(r.warnings.join(' ')).toMatch(/does not look like a job listing/);
  });

  it('reads the company from the page title when the page names it nowhere else (Lever)', () => {
    const r = readClip({ url: 'https://jobs.lever.co/fernhill/1', pageTitle: 'Fernhill Energy - Grid Data Engineer', heading: 'Grid Data Engineer', header: ['Grid Data Engineer', 'Utrecht, Netherlands', 'Engineering – Data /', 'Hybrid'], text: 'Grid Data Engineer\nUtrecht, Netherlands\nEngineering – Data /\nHybrid\nWe balance the grid with home batteries.\nWhat you bring\n4+ years building data pipelines in Python\nSolid SQL and experience with Kafka' });
    expect(r).toMatchObject({ role: 'Grid Data Engineer', company: 'Fernhill Energy', location: 'Utrecht, Netherlands', isListing: true });
  });

  it('falls back to the site for a company the page does not name, and says so', () => {
    const r = readClip({ url: 'https://www.jobs.example.net/123', heading: 'Warehouse Associate', html: requirements });
    expect(r.company).toBe('jobs.example.net');
    expect(r.warnings.join(' ')).toMatch(/does not name the company/);
  });

  it('refuses a clip with no http(s) address or no text', () => {
    expect(() => readClip({ url: 'file:///etc/passwd', html: requirements })).toThrow(/http\(s\) address/);
    expect(() => readClip({ url: 'https://example.com/x', html: '  ' })).toThrow(/no readable text/);
  });
});
