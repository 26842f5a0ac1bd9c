import { matchPath } from 'react-router';

/**
 * The document title of each route in App.tsx, keyed by the route's path (WCAG 2.4.2: each page
 * has a title that says what it is). A route without an entry here falls back to the brand alone,
 * which the accessibility e2e test rejects, so a new page cannot ship untitled.
 */
export const PAGE_TITLES: Record<string, string> = {
  '/': 'Board',
  '/applications/:id': 'Application',
  '/diagnosis': 'Diagnosis',
  '/stories': 'Story bank',
  '/applications/:id/prep/:interviewId?': 'Prep sheet',
  '/applications/:id/debrief/:interviewId': 'Debrief',
  '/social': 'Social audit',
  '/data': 'Import & export',
  '/today': 'Today',
  '/compose': 'Thank-you notes',
  '/compose/:interviewerId': 'Thank-you note',
  '/settings/mail': 'Mail & calendar',
  '/references': 'References',
  '/profile': 'Work-style profile',
  '/applications/:id/materials': 'Materials',
  '/settings/clipper': 'Browser clipper',
  '/settings/coach': 'Coach access',
  '/coach': 'People who shared with you',
  '/coach/:personId': 'Shared records',
  '/coach/:personId/applications/:id/prep': 'Shared prep sheets',
  '/mail': 'Mail inbox',
};

export const BRAND = 'secondround';

/** "Board — secondround" for a known route, "Page not found — secondround" for any other. */
export function pageTitle(pathname: string): string {
  // Longer patterns first so /applications/:id/prep wins over /applications/:id.
  const patterns = Object.keys(PAGE_TITLES).sort((a, b) => b.length - a.length);
  const hit = patterns.find((p) => matchPath(p, pathname));
  return `${hit ? PAGE_TITLES[hit] : 'Page not found'} — ${BRAND}`;
}
