/**
 * A command's action loaded only when the command runs: the entry the CLI starts from knows every
 * command's options (for `--help`) but none of the domain, the taxonomy, the language model or the
 * database driver, which each command's own module brings in (a separate chunk in the bundle).
 * Even the error handling (`runAction`, which reads files and knows the domain's errors) is loaded
 * then, so `--help` compiles nothing but the command definitions.
 */
export function lazyAction<A extends unknown[]>(load: () => Promise<(...args: A) => Promise<void>>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const [{ runAction }, v8] = await Promise.all([import('./io'), import('node:v8')]);
    // A command reads each text once with large regular expressions (the listing analysis, the
    // note checks); V8 first runs a new expression in its bytecode interpreter, which is slow over
    // a whole listing. Compiling each to machine code at once cut diagnose on the demo from a
    // median 903 to 798 ms of CPU (11 runs each, interleaved), with the same output. The flag is
    // read each time an expression is compiled (on its first use), so it is set before any command code.
    v8.setFlagsFromString('--no-regexp-tier-up');
    await runAction(async (...a: A) => {
      const action = await load();
      await action(...a);
    })(...args);
  };
}
