/*
 * In-app places a fix links to, in one file so the web routes and the rules stay in step.
 * Paths with an application id fall back to the board when there is no application to point at.
 */
export const LINKS = {
  board: '/',
  prep: (id: string | null) => (id ? `/applications/${id}/prep` : '/'),
  /** The prep sheet of one interview: the next first round's, not whichever round comes next. */
  prepFor: (next: { applicationId: string; interviewId: string } | null) => (next ? `/applications/${next.applicationId}/prep/${next.interviewId}` : '/'),
  materials: (id: string | null) => (id ? `/applications/${id}/materials` : '/'),
  stories: '/stories',
  profile: '/profile',
  compose: '/compose',
  followUps: '/today',
  social: '/social',
  references: '/references',
} as const;
