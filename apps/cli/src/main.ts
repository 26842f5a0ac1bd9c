import { Command, CommanderError, type HelpConfiguration, type OutputConfiguration } from 'commander';
import { COMMANDS } from './commands/index';
import type { HelpPart, HelpTemplate } from './help-layout';

/** The whole `secondround` command tree, with every feature's subcommands, before parsing. */
export function buildProgram(output?: OutputConfiguration, help?: HelpConfiguration): Command {
  const program = new Command()
    .name('secondround')
    .description('Keep the record of a job search and learn why you stall after first interviews.')
    .option('--data <file>', 'SQLite database file (default: $SECONDROUND_DATA or ./data/secondround.db; DATABASE_URL=postgres://… uses PostgreSQL)')
    .showHelpAfterError('(run secondround --help for usage)')
    .exitOverride();
  // Set before the subcommands are added, which copy it.
  if (output) program.configureOutput(output);
  if (help) program.configureHelp(help);
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

/**
 * Every command's help as a template that `renderHelp` (help-layout.ts) lays out for any width, as
 * commander would: the binary prints `--help` on a terminal from these without loading commander.
 * Rendered by commander itself, with each item and the description paragraph left as a marker
 * where the width matters. `bundle.test.ts` checks the layouts against commander's live output.
 */
export async function helpTemplates(): Promise<Record<string, HelpTemplate>> {
  const templates: Record<string, HelpTemplate> = {};
  for (const path of commandPaths()) {
    const parts: HelpPart[] = [];
    const marker = (part: HelpPart) => `\u0000${parts.push(part) - 1}\u0000`;
    let text = '';
    const program = buildProgram(
      { writeOut: (s) => (text += s), writeErr: () => {}, getOutHelpWidth: () => 80, getOutHasColors: () => false },
      { formatItem: (term, termWidth, description) => marker({ term, termWidth, description }), boxWrap: (wrap) => marker({ wrap }) },
    );
    try {
      await program.parseAsync(['node', 'secondround', ...path, '--help']);
    } catch (e) {
      if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
    }
    templates[path.join(' ')] = { text, parts };
  }
  return templates;
}
