// The CLI uses the server's speller: one English dictionary loader for both, cached per process.
// From its own module, not the server's index: through the index, `note check` loaded the whole
// server (6 MB of bundle: the HTTP app, IMAP, mail, PostgreSQL) to check one note.
export { loadSpeller } from '@secondround/server/speller';
