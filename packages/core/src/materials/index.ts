export * from './types';
export { parseRequestedMaterials, type RequestedMaterialsParse } from './parse';
export { checkMaterials, fileProblems } from './check';
export { checkResume, type ResumeCheck, type ResumeTextInfo } from './resume';
export { materialsByApplication, type MaterialsBackupParts } from './diagnosis';
