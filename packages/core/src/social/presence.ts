import type { SocialPlatform } from './types';

/** One point of a professional presence (47% of hiring managers are less likely to interview someone they cannot find online: CareerBuilder 2018). */
export interface PresenceCheck {
  id: string;
  label: string;
  why: string;
}

const COMMON: PresenceCheck[] = [
  { id: 'findable', label: 'The profile exists and a search for your name finds it', why: 'Recruiters who cannot find you are less likely to interview you.' },
  { id: 'photo', label: 'A clear, recent photo of you', why: 'A face makes the profile yours and recognisable.' },
  { id: 'headline', label: 'A headline or bio that says what you do and want', why: 'It is the first line a recruiter reads.' },
  { id: 'no-hurried-deletion', label: 'Nothing deleted in a hurry: clean up posts, keep the account', why: 'A vanished account looks like hiding; deleting accounts is the wrong fix.' },
];

const BY_PLATFORM: Record<SocialPlatform, PresenceCheck[]> = {
  linkedin: [
    { id: 'experience-matches-cv', label: 'Experience and dates match your CV', why: 'Mismatches are read as dishonesty.' },
    { id: 'custom-url', label: 'A custom profile URL on your CV and email signature', why: 'It makes the profile easy to find.' },
    { id: 'recent-activity', label: 'Some professional activity in the last months', why: 'A live profile shows engagement in your field.' },
  ],
  x: [
    { id: 'public-or-private-by-choice', label: 'Public only if every post could be read by a recruiter', why: 'Public tweets are what screening services read.' },
    { id: 'pinned-post', label: 'A pinned post about your work, if public', why: 'It sets the first impression.' },
  ],
  facebook: [
    { id: 'privacy-reviewed', label: 'Privacy settings reviewed: old posts limited to friends', why: 'Facebook lets you limit all past posts at once.' },
    { id: 'tags-reviewed', label: 'Photos you are tagged in reviewed', why: 'Others’ posts of you show up too.' },
  ],
  instagram: [
    { id: 'bio-professional', label: 'A bio a recruiter can read without wincing', why: 'It is shown on every visit.' },
    { id: 'private-or-clean', label: 'Private, or public and clean', why: 'Public photos are screened like posts.' },
  ],
  reddit: [
    { id: 'username-not-linked', label: 'Username not linked to your real name unless you want it found', why: 'Pseudonymous accounts are found through reused usernames.' },
  ],
};

/**
 * The presence checklist for a platform: the common points, then the platform's own.
 * @example presenceChecklist('linkedin').some((c) => c.id === 'photo') // true
 */
export function presenceChecklist(platform: SocialPlatform): PresenceCheck[] {
  return [...COMMON, ...BY_PLATFORM[platform]];
}

export interface PresenceAnswers {
  [checkId: string]: boolean | undefined;
}

/**
 * Score a checklist from the person's answers: which points are done, which are still open.
 * @example evaluatePresence('reddit', { findable: true }).done // ['findable']
 */
export function evaluatePresence(platform: SocialPlatform, answers: PresenceAnswers): { done: string[]; open: PresenceCheck[]; score: number } {
  const list = presenceChecklist(platform);
  const done = list.filter((c) => answers[c.id] === true).map((c) => c.id);
  const open = list.filter((c) => answers[c.id] !== true);
  return { done, open, score: list.length === 0 ? 1 : done.length / list.length };
}
