export * from './settings';
export * from './run';
export * from './schedule';
