// The CLI uses the server's speller: one English dictionary loader for both, cached per process.
export { loadSpeller } from '@secondround/server';
