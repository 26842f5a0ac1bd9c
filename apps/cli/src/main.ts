import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index';

/**
 * The `secondround` command. Each feature registers its subcommands from its own file in
 * `commands/`, listed in `commands/index.ts`.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('secondround')
    .description('Keep the record of a job search and learn why you stall after first interviews.')
    .option('--data <file>', 'SQLite database file (default: $SECONDROUND_DATA or ./data/secondround.db; DATABASE_URL=postgres://… uses PostgreSQL)')
    .showHelpAfterError('(run secondround --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
