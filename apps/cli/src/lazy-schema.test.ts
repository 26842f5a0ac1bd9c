import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { lazySchema } from './lazy-schema';

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let built = 0;
    const schema = lazySchema(() => {
      built++;
      return z.object({ name: z.string().max(5) });
    });
    expect(built).toBe(0);
    expect(schema.parse({ name: 'Ada' })).toEqual({ name: 'Ada' });
    expect(schema.safeParse({ name: 'Adelaide' }).success).toBe(false);
    expect(built).toBe(1);
  });

  it('behaves as the schema itself when composed, extended, spread and tested with instanceof', () => {
    const inner = lazySchema(() => z.string().min(1));
    const fields = lazySchema(() => ({ a: inner, b: z.number().optional() }));
    const outer = lazySchema(() => z.object({ ...fields, c: inner.nullable() }));
    const wider = lazySchema(() => outer.extend({ d: z.boolean() }).partial());
    expect(inner).toBeInstanceOf(z.ZodString);
    expect(Object.keys(fields)).toEqual(['a', 'b']);
    expect(outer.parse({ a: 'x', c: null })).toEqual({ a: 'x', c: null });
    expect(outer.safeParse({ a: '', c: null }).success).toBe(false);
    expect(wider.parse({ d: true })).toEqual({ d: true });
    expect(z.array(outer).parse([{ a: 'y', b: 2, c: 'z' }])).toEqual([{ a: 'y', b: 2, c: 'z' }]);
    expect(z.toJSONSchema(outer)).toEqual(z.toJSONSchema(z.object({ a: z.string().min(1), b: z.number().optional(), c: z.string().min(1).nullable() })));
  });
});
