import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { COMMANDS } from './commands/index';

/** The whole `secondround` command tree, with every feature's subcommands, before parsing. */
export function buildProgram(output?: OutputConfiguration): Command {
  const program = new Command()
    .name('secondround')
    .description('Keep the record of a job search and learn why you stall after first interviews.')
    .option('--data <file>', 'SQLite database file (default: $SECONDROUND_DATA or ./data/secondround.db; DATABASE_URL=postgres://… uses PostgreSQL)')
    .showHelpAfterError('(run secondround --help for usage)')
    .exitOverride();
  // Set before the subcommands are added, which copy it.
  if (output) program.configureOutput(output);
  for (const register of COMMANDS) register(program);
  return program;
}

/**
 * The `secondround` command. Each feature registers its subcommands from its own file in
 * `commands/`, listed in `commands/index.ts`.
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

/** Every command path of the tree ("" for the root, "listing analyze"), the root first. */
export function commandPaths(program: Command = buildProgram()): string[][] {
  const out: string[][] = [];
  const walk = (cmd: Command, path: string[]) => {
    out.push(path);
    for (const sub of cmd.commands) walk(sub, [...path, sub.name()]);
  };
  walk(program, []);
  return out;
}

/**
 * What `secondround [PATH…] --help` writes, run through commander itself with its output captured,
 * with stdout a pipe (`width` undefined: commander wraps at 80 columns) or a terminal that wide.
 */
export async function liveHelp(path: string[], width?: number): Promise<string> {
  let written = '';
  const program = buildProgram({
    writeOut: (s) => (written += s),
    writeErr: () => {},
    // commander's own default answers `undefined` for a pipe (wrap at 80); its type leaves that out.
    getOutHelpWidth: () => width as number,
    getOutHasColors: () => false,
  });
  try {
    await program.parseAsync(['node', 'secondround', ...path, '--help']);
  } catch (e) {
    if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
  }
  return written;
}

/**
 * The help of every command as printed to a pipe, keyed by command path joined with spaces,
 * rendered from the real definitions when the CLI is bundled so the binary can print it without
 * loading commander (`bin/secondround.js`). `bundle.test.ts` checks it against commander's live
 * output for every command. On a terminal commander wraps to its width, so the binary runs it.
 */
export async function pipedHelpTexts(): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of commandPaths()) texts[path.join(' ')] = await liveHelp(path);
  return texts;
}
