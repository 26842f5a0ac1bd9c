export * from './questions';
export * from './readiness';
