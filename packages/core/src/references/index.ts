export * from './schema';
export * from './brief';
export * from './diagnosis';
