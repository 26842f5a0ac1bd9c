export * from './csv/index';
export * from './social/index';
export * from './documents/index';
export * from './backup/index';
export * from './mail/index';
