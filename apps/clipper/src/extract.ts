// Runs inside the job page (injected on the toolbar click, with the activeTab permission only):
// reads the page and leaves a function for the background to call. Nothing leaves the page here.
import { Readability } from '@mozilla/readability';
import type { ClipInput } from '@secondround/core';

/** Characters of readable HTML sent at most (the server's limit is the same). */
const MAX_HTML = 1_000_000;
/** Characters of plain text sent at most: what an application keeps of a listing's text. */
const MAX_TEXT = 200_000;
/** Above this many elements Readability (which clones and scores the whole page) is skipped for a plain text walk. */
const MAX_ELEMENTS = 15_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CANVAS']);
/** Page chrome left out of the plain-text reading: menus, banners, side bars, forms. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'DIALOG']);
const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|SECTION|ARTICLE|HEADER|FOOTER|TR|TABLE|BR|DD|DT|BLOCKQUOTE|PRE)$/;

function oneLine(s: string | null | undefined, max = 500): string | null {
  const v = (s ?? '').replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : null;
}

type Json = Record<string, unknown>;

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v == null ? [] : [v];
}

function isJobPosting(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && asArray((v as Json)['@type']).some((t) => t === 'JobPosting');
}

function placeOf(loc: unknown): string | null {
  const address = (loc as Json | null)?.address;
  if (typeof address === 'string') return oneLine(address);
  const a = (address ?? {}) as Json;
  const country = typeof a.addressCountry === 'object' && a.addressCountry ? (a.addressCountry as Json).name : a.addressCountry;
  const parts = [a.addressLocality, a.addressRegion, country].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

/** The page's own schema.org JobPosting (JSON-LD), as most applicant tracking systems publish it for search engines. */
function jobPosting(): ClipInput['jobPosting'] {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = asArray(data).flatMap((d) => [d, ...asArray((d as Json | null)?.['@graph'])]);
    const job = candidates.find(isJobPosting);
    if (!job) continue;
    const org = job.hiringOrganization as Json | string | undefined;
    const places = [...new Set(asArray(job.jobLocation).map(placeOf).filter((p): p is string => p !== null))];
    const remote = job.jobLocationType === 'TELECOMMUTE' ? 'Remote' : null;
    return {
      title: oneLine(typeof job.title === 'string' ? job.title : null, 200),
      company: oneLine(typeof org === 'string' ? org : typeof org?.name === 'string' ? org.name : null, 200),
      location: oneLine(places.length ? places.slice(0, 3).join(' / ') : remote),
    };
  }
  return null;
}

/** The lines around the first heading: where boards put the company, the place and the kind of contract. */
function topCard(heading: HTMLElement | null): string[] {
  if (!heading) return [];
  let box: HTMLElement = heading;
  for (let up = 0; up < 4 && box.parentElement && box.parentElement !== document.body; up++) {
    const { text, isTruncated } = plainText(box.parentElement, 700);
    if (isTruncated) break;
    box = box.parentElement;
    if (text.split('\n').length >= 4) break;
  }
  return plainText(box, 700).text.split('\n').map((l) => oneLine(l)).filter((l): l is string => l !== null).slice(0, 12);
}

function tidy(text: string): string {
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * The page's text without its chrome, one line per block, read without layout (a page of many
 * megabytes stays cheap) and cut at `limit`; `prose` counts the characters outside links.
 */
function plainText(root: Element, limit: number): { text: string; isTruncated: boolean; prose: number } {
  const out: string[] = [];
  let size = 0;
  let prose = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && (SKIP.has((n as Element).tagName.toUpperCase()) || CHROME.has((n as Element).tagName.toUpperCase())) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const isText = n.nodeType === 3;
    const piece = isText ? (n.nodeValue ?? '') : BLOCK.test((n as Element).tagName.toUpperCase()) ? '\n' : '';
    if (!piece) continue;
    if (isText && !n.parentElement?.closest('a')) prose += piece.trim().length;
    out.push(piece);
    size += piece.length;
    if (size >= limit) return { text: tidy(out.join('').slice(0, limit)), isTruncated: true, prose };
  }
  return { text: tidy(out.join('')), isTruncated: false, prose };
}

/**
 * A copy of the page without what Readability would score and drop anyway: scripts, menus, side
 * bars, forms, and long lists of links (other vacancies, a site map), which cost it most of its
 * time on a large page since it measures the link density of every block.
 */
function prunedCopy(): Document {
  const copy = document.cloneNode(true) as Document;
  for (const el of copy.querySelectorAll('script, style, noscript, template, svg, iframe, canvas, nav, footer, aside, form, dialog')) el.remove();
  for (const list of copy.querySelectorAll('ul, ol')) {
    if (list.children.length < 20) continue;
    const text = (list.textContent ?? '').replace(/\s+/g, '').length;
    let linked = 0;
    for (const a of list.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
    if (text === 0 || linked / text > 0.7) list.remove();
  }
  return copy;
}

/** Read the page: address, title, heading and top card, readable content, JobPosting data. */
function readPage(): ClipInput {
  // Some boards (Lever, Workday) set the job title in an h2 and have no h1 at all.
  const heading = document.querySelector<HTMLElement>('h1') ?? document.querySelector<HTMLElement>('h2');
  // Read without layout (no innerText): on a page of many megabytes a layout alone takes seconds.
  const base = { url: location.href, pageTitle: oneLine(document.title), heading: oneLine(heading?.textContent), header: topCard(heading), jobPosting: jobPosting() };
  const elements = document.getElementsByTagName('*').length;
  const plain = plainText(document.body, MAX_TEXT);
  if (elements <= MAX_ELEMENTS) {
    try {
      const article = new Readability(prunedCopy(), { maxElemsToParse: MAX_ELEMENTS }).parse();
      const html = article?.content ?? '';
      // Readability keeps one block and its like siblings; a listing split into sections of
      // different markup (Lever's) loses most of its text that way: then the page's own text is better.
      const kept = (article?.textContent ?? '').replace(/\s+/g, '').length;
      if (html.trim() && kept >= plain.prose * 0.5) return { ...base, html: html.slice(0, MAX_HTML), isTruncated: html.length > MAX_HTML };
    } catch {
      // Readability gave up on this page: its plain text below.
    }
  }
  return { ...base, text: plain.text, isTruncated: plain.isTruncated };
}

(globalThis as { secondroundReadPage?: () => ClipInput }).secondroundReadPage = readPage;
