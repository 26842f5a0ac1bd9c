import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

/**
 * Generated from the OpenAPI document: every string a request can carry (JSON body, query, path)
 * has a maximum length, every array a maximum count, every free-form object a maximum of keys.
 * A new field without one fails here, so no request can make the server hold an unbounded value.
 */

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema?: Schema }>; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

let store: Store;
let doc: Doc;

beforeAll(async () => {
  store = await openStore({ file: ':memory:' });
  const app = createApp({ store, mode: 'personal', version: 'test' });
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
  return () => store.close();
});

/** Where a schema lets a value grow without bound, as `where: why` lines. */
function unbounded(schema: Schema | undefined, where: string, components: Record<string, Schema>, seen = new Set<Schema>()): string[] {
  if (!schema || typeof schema !== 'object') return [];
  if (typeof schema.$ref === 'string') {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    if (!target || seen.has(target)) return [];
    seen.add(target);
    return unbounded(target, where, components, seen);
  }
  const out: string[] = [];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => out.push(...unbounded(s as Schema, `${where}<${key}${i}>`, components, seen)));
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  const isFixed = Array.isArray(schema.enum) || 'const' in schema;
  if (types.includes('string') && !isFixed && typeof schema.maxLength !== 'number') out.push(`${where}: string without maxLength`);
  if (types.includes('array')) {
    if (typeof schema.maxItems !== 'number') out.push(`${where}: array without maxItems`);
    out.push(...unbounded(schema.items as Schema | undefined, `${where}[]`, components, seen));
  }
  if (types.includes('object') || schema.properties) {
    for (const [k, v] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) out.push(...unbounded(v, `${where}.${k}`, components, seen));
    const extra = schema.additionalProperties;
    if (extra && typeof extra === 'object') {
      if (typeof schema.maxProperties !== 'number') out.push(`${where}: free-form object without maxProperties`);
      out.push(...unbounded(schema.propertyNames as Schema | undefined, `${where}<key>`, components, seen));
      out.push(...unbounded(extra as Schema, `${where}.*`, components, seen));
    }
  }
  return out;
}

describe('every request input is bounded', () => {
  it('walks a document that has request bodies and query parameters', () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.filter((o) => o.requestBody).length).toBeGreaterThan(20);
    expect(ops.flatMap((o) => o.parameters ?? []).filter((p) => p.in === 'query').length).toBeGreaterThan(3);
  });

  it('finds an unbounded field when there is one (the check itself can fail)', () => {
    const problems = unbounded({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string', maxLength: 3 } }, c: { type: 'object', additionalProperties: {} } } }, 'x', {});
    expect(problems).toEqual(['x.a: string without maxLength', 'x.b: array without maxItems', 'x.c: free-form object without maxProperties']);
  });

  it('has a maximum on every string, array and free-form object of every JSON body, query and path parameter', () => {
    const components = doc.components?.schemas ?? {};
    const problems: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const at = `${method.toUpperCase()} ${path}`;
        for (const p of op.parameters ?? []) problems.push(...unbounded(p.schema, `${at} ${p.in} ${p.name}`, components));
        for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
          // Raw bodies (a zip, a CSV) are bounded by the route's body limit (route-table.test.ts).
          if (type.includes('json')) problems.push(...unbounded(media.schema, `${at} body`, components));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
