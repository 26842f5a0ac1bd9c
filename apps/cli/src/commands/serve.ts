import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround serve`: the web app and API on one port. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and API (default http://127.0.0.1:4870; PORT and HOST override)')
    .option('--port <n>', 'port to listen on (default: $PORT or 4870)')
    .option('--host <addr>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .option('--allow-network', 'personal mode only: listen on a non-loopback address although anyone who reaches it can read and change the search')
    .action(lazyAction(async () => (await import('./serve-run')).runServe));
}
