import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround mcp`: the search open to an AI assistant, as a Model Context Protocol server over stdio. */
export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('Run a Model Context Protocol server over stdio so an AI assistant can read and update your search (see README)')
    .action(lazyAction(async () => (await import('./mcp-run')).runMcp));
}
