export * from './csv/index';
export * from './social/index';
