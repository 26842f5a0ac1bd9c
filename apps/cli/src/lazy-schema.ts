/**
 * A zod schema built when it is first used, for the diagnose bundle (`scripts/build.mjs` wraps each
 * schema the domain defines at the top of a module in it): the bundle carries the whole store and
 * with it every record's schemas, of which a diagnosis parses few, and zod builds each schema (its
 * checks, its clones for `.max()` or `.optional()`) when its module runs.
 *
 * The stand-in forwards every operation to the real schema, built on the first one, so reading,
 * calling, `instanceof` and composing into other schemas behave as with the schema itself.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = (): T => (real ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(get(), key),
    set: (_, key, value) => Reflect.set(get(), key, value),
    has: (_, key) => Reflect.has(get(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
    defineProperty: (_, key, desc) => Reflect.defineProperty(get(), key, desc),
    ownKeys: () => Reflect.ownKeys(get()),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
    getOwnPropertyDescriptor: (target, key) => {
      const desc = Reflect.getOwnPropertyDescriptor(get(), key);
      // A proxy may call a property fixed only when its target has it so.
      if (desc && !desc.configurable && !Reflect.getOwnPropertyDescriptor(target, key)) Object.defineProperty(target, key, desc);
      return desc;
    },
  });
}
