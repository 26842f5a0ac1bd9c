export * from './normalize';
export * from './matcher';
export type { SkillKind, TaxonomyFile, TaxonomySkill } from './types';
