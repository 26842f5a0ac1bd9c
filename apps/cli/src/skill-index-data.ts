import { buildSkillIndex, skillIndexToData } from '@secondround/core';

/**
 * The skill index as JSON text, built at bundle time by `scripts/build.mjs` and defined into the
 * bundle as `SECONDROUND_SKILL_INDEX`, so commands that match skills read it instead of building it.
 */
export function skillIndexJson(): string {
  return JSON.stringify(skillIndexToData(buildSkillIndex()));
}
