export * from './settings';
export * from './run';
