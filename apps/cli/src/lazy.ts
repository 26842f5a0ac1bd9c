/**
 * A command's action loaded only when the command runs: the entry the CLI starts from knows every
 * command's options (for `--help`) but none of the domain, the taxonomy, the language model or the
 * database driver, which each command's own module brings in (a separate chunk in the bundle).
 * Even the error handling (`runAction`, which reads files and knows the domain's errors) is loaded
 * then, so `--help` compiles nothing but the command definitions.
 */
export function lazyAction<A extends unknown[]>(load: () => Promise<(...args: A) => Promise<void>>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const { runAction } = await import('./io');
    await runAction(async (...a: A) => {
      const action = await load();
      await action(...a);
    })(...args);
  };
}
