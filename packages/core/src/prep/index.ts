export * from './questions';
export * from './readiness';
export * from './records';
export * from './diagnosis';
