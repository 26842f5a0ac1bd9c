import { runAction } from './io';

/**
 * A command's action loaded only when the command runs: the entry the CLI starts from knows every
 * command's options (for `--help`) but none of the domain, the taxonomy, the language model or the
 * database driver, which each command's own module brings in (a separate chunk in the bundle).
 */
export function lazyAction<A extends unknown[]>(load: () => Promise<(...args: A) => Promise<void>>): (...args: A) => Promise<void> {
  return runAction(async (...args: A) => {
    const action = await load();
    await action(...args);
  });
}
