export * from './normalize';
export * from './matcher';
export type { TaxonomyFile, TaxonomySkill } from './types';
