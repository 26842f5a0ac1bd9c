export * from './csv/index';
export * from './social/index';
export * from './backup/index';
