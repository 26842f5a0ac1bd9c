export * from './schema';
export * from './parse';
export * from './leadership';
export * from './match';
export * from './terms';
export * from './stored-terms';
