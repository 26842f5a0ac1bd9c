/*
 * In-app places a fix links to, in one file so the web routes and the rules stay in step.
 * Paths with an application id fall back to the board when there is no application to point at.
 */
export const LINKS = {
  board: '/board',
  prep: (id: string | null) => (id ? `/applications/${id}/prep` : '/board'),
  materials: (id: string | null) => (id ? `/applications/${id}/materials` : '/board'),
  stories: '/stories',
  profile: '/profile',
  compose: '/compose',
  followUps: '/today',
  social: '/social',
  references: '/references',
} as const;
