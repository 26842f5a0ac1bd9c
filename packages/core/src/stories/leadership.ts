// Phrases that tell a story is about leading people (weights: 2 = managing people outright,
// 1 = leading others without authority). Counted once each, scaled to 0..1 at a total of 5.
const LEAD_PATTERNS: Array<[RegExp, number]> = [
  [/\b(my|our) (team|direct reports|reports|staff|crew)\b/i, 1],
  [/\b(managed|manage|managing|led|lead|leading|supervised|supervising|oversaw|directed)\s+(a\s+|the\s+|my\s+)?(team|staff|group|crew|department|squad|unit|engineers|nurses|people|employees|analysts|managers)\b/i, 2],
  [/\b(team|staff|group|crew) of (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/i, 1],
  [/\bdirect reports?\b/i, 2],
  [/\b(hired|recruited|onboarded|fired|let go|promoted)\b/i, 2],
  [/\b(performance (review|reviews|improvement plan|conversation)|pip\b|one-on-ones?|1:1s?)\b/i, 2],
  [/\b(delegated|delegating|assigned (tasks|work)|reorgani[sz]ed the team|restructured the team)\b/i, 1],
  [/\b(coached|mentored|trained)\s+(my\s+|the\s+|a\s+|two\s+|three\s+|\d+\s+)?(team|staff|new hires|junior|engineers|nurses|associates|people|colleagues|members)\b/i, 1],
  [/\b(as (the )?(manager|team lead|supervisor|director|head of)|as a (manager|team lead|supervisor|director))\b/i, 2],
  [/\b(headcount|morale|team culture|attrition on my team)\b/i, 1],
  [/\b(managed|manage|managing|led|leading|supervised|oversaw|ran|had)\s+(a\s+team\s+of\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many)\s+([a-z-]+\s+)?(direct reports|reports|people|engineers|nurses|employees|analysts|managers|staff|associates|developers)\b/i, 3],
  [/\b(under my (leadership|management|supervision)|i (built|grew|scaled) (the|a|my) team)\b/i, 2],
];

/**
 * How much a story leans on leading people, 0 (none) to 1 (a story about managing a team), from
 * its text: managing, hiring, performance reviews, "my team", delegating, coaching staff.
 * @example leadershipWeight('I hired three engineers and ran their performance reviews as the team lead.') > 0.5 // true
 */
export function leadershipWeight(text: string): number {
  let total = 0;
  for (const [re, w] of LEAD_PATTERNS) if (re.test(text)) total += w;
  return Math.min(1, total / 5);
}

/** The weight above which a story counts as a leadership story. */
export const LEADERSHIP_STORY_THRESHOLD = 0.5;
