export * from './schema';
export * from './parse';
export * from './leadership';
export * from './match';
