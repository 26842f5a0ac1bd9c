import { z } from 'zod';
import { analyzeListing } from '../listing/analyze';
import { htmlToText } from '../listing/html';
import { LIMITS } from '../model/application';
import { canonicalListingUrl } from './canonical-url';

/** Characters of readable HTML the extension sends at most; a listing is a few kilobytes. */
export const MAX_CLIP_HTML = 1_000_000;

const line = (max: number) => z.string().max(max).nullish().transform((v) => (v == null || v.trim() === '' ? null : v.replace(/\s+/g, ' ').trim()));

/**
 * What the browser extension reads from a page and sends: the address, the page's title, its
 * first heading and the lines around it (the "top card" where boards put company and location),
 * the readable part of the page (Mozilla's Readability, as HTML, or the page's text when the
 * page was too large for it), and the page's own JobPosting data (schema.org JSON-LD) if it has one.
 */
export const clipInputSchema = z
  .object({
    url: z.string().min(1).max(LIMITS.url),
    pageTitle: line(LIMITS.shortText),
    heading: line(LIMITS.shortText),
    header: z.array(z.string().max(LIMITS.shortText)).max(12).default([]),
    html: z.string().max(MAX_CLIP_HTML).nullish().transform((v) => v ?? null),
    text: z.string().max(MAX_CLIP_HTML).nullish().transform((v) => v ?? null),
    jobPosting: z
      .object({ title: line(LIMITS.name), company: line(LIMITS.name), location: line(LIMITS.shortText) })
      .nullish()
      .transform((v) => v ?? null),
    /** The extension cut the page short (a page of megabytes). */
    isTruncated: z.boolean().default(false),
  })
  .refine((c) => canonicalListingUrl(c.url) !== null, { message: 'expected the http(s) address of the page', path: ['url'] })
  .refine((c) => (c.html ?? c.text ?? '').trim() !== '', { message: 'the page has no readable text', path: ['html'] });
export type ClipInput = z.input<typeof clipInputSchema>;
export type Clip = z.output<typeof clipInputSchema>;

/** What is saved from a clip: the application's fields and what the person should know. */
export interface ClipReading {
  url: string;
  role: string;
  company: string;
  location: string | null;
  workplace: 'remote' | 'hybrid' | 'onsite' | null;
  listingText: string;
  isListing: boolean;
  warnings: string[];
}

/** The role saved for a page that does not read as a job listing: never a heading passed off as a job title. */
export const NOT_A_LISTING_ROLE = '(no job title found)';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function cap(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/**
 * Read a clipped page as the listing analysis does: the page's own JobPosting fields are given
 * to it as labelled lines ("Job title: …", "Company: …", which it reads first), then the heading
 * and the lines after it, then the readable text. A page with neither JobPosting data nor any
 * requirement is saved as "(no job title found)" with a warning, never with its heading as a job
 * title. A company the page does not name falls back to the site's host, with a warning.
 * @example readClip({ url: 'https://jobs.example.com/1', heading: 'Data Analyst', header: ['Acme', 'Berlin'], html: '<h2>Requirements</h2><ul><li>3 years of SQL</li></ul>' }).company // 'Acme'
 */
export function readClip(input: ClipInput): ClipReading {
  const clip = clipInputSchema.parse(input);
  const url = canonicalListingUrl(clip.url)!;
  const jp = clip.jobPosting;
  const body = clip.html !== null ? htmlToText(clip.html).text : (clip.text ?? '');
  // Lines of the top card the body holds already are not repeated: the analysis takes a line
  // named twice for the company's name.
  const header = clip.header.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l && l !== clip.heading && !body.includes(l));
  const labelled = [jp?.title ? `<p>Job title: ${escapeHtml(jp.title)}</p>` : '', jp?.company ? `<p>Company: ${escapeHtml(jp.company)}</p>` : ''].join('');
  // The title goes outside <head>: the analysis drops a head with all it holds.
  const page = `<html><title>${escapeHtml(clip.pageTitle ?? '')}</title><body>${labelled}${clip.heading ? `<h1>${escapeHtml(clip.heading)}</h1>` : ''}${header.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<div>${escapeHtml(body)}</div></body></html>`;
  const analysis = analyzeListing(page);
  const warnings = [...analysis.warnings];
  if (clip.isTruncated) warnings.push('the page was too large to read whole: only its first part was saved');
  const isListing = Boolean(jp?.title) || (analysis.title !== null && analysis.requirements.length > 0);
  let role = analysis.title;
  if (!isListing || !role) {
    role = NOT_A_LISTING_ROLE;
    warnings.push('this page does not look like a job listing (no job title with requirements, and no job data in the page): it was saved with the role left for you to fill in');
  }
  let company = analysis.company;
  if (!company) {
    company = hostOf(url);
    warnings.push(`the page does not name the company: the site's address (${company}) was used instead`);
  }
  return {
    url,
    role: cap(role, LIMITS.name),
    company: cap(company, LIMITS.name),
    location: jp?.location ?? analysis.location,
    workplace: analysis.workplace,
    listingText: cap(body.trim(), LIMITS.listingText),
    isListing,
    warnings,
  };
}
