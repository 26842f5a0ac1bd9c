export * from './schema';
export * from './fit';
export * from './diagnosis';
