import { beforeAll, describe, expect, it } from 'vitest';
import { defineRoute, ROUTE_TABLE } from './route-table';
import { SAMPLE_BODIES, seedRouteFixtures, type RouteFixtures } from './route-table-fixtures';

// Generated from the route table: every route, as its owner (Alice), as the coach she shares with
// (Carol), as another user (Bob) and as nobody; then the body limit and the origin rules of every
// write. A route that takes a body and has no sample in `route-table-fixtures.ts`, or names a
// record no fixture there fills, fails here until it gets one.

/**
 * The routes a coach may call on what people shared with them: read-only, and nothing else.
 * Widening coach access means changing this list on purpose.
 */
const COACH_READABLE = [
  'GET /api/coach/people',
  'GET /api/coach/people/{personId}/applications',
  'GET /api/coach/people/{personId}/diagnosis',
  'GET /api/coach/people/{personId}/applications/{id}/prep',
  'GET /api/coach/cohort',
];

const HUGE = new Uint8Array(100 * 1024 * 1024).fill(0x20);

let f: RouteFixtures;
beforeAll(async () => {
  f = await seedRouteFixtures();
  return () => f.store.close();
});
const call = (...args: Parameters<RouteFixtures['call']>) => f.call(...args);
const concrete = (path: string) => f.concrete(path);

describe('route table', () => {
  it('opens to a coach exactly the read-only routes listed here', () => {
    expect(ROUTE_TABLE.filter((r) => r.coachAccess === 'read').map((r) => `${r.method} ${r.path}`)).toEqual(COACH_READABLE);
    for (const r of ROUTE_TABLE) if (r.path.includes('{personId}')) expect(r.coachAccess, r.path).toBe('read');
  });

  it('refuses to define a write route open to coaches', () => {
    const before = ROUTE_TABLE.length;
    expect(() => defineRoute({ method: 'put', path: '/coach/people/{personId}/notes', bodyLimit: 1024, coachAccess: 'read', responses: {} })).toThrow('coach access is read-only');
    expect(ROUTE_TABLE.length).toBe(before);
  });

  it('lists every route of the OpenAPI document, each with an explicit body limit', async () => {
    const doc = (await (await call('GET', '/api/openapi.json', null)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const table = ROUTE_TABLE.map((r) => `${r.method} ${r.path}`);
    expect(new Set(table)).toEqual(new Set(documented));
    for (const r of ROUTE_TABLE) expect(r.bodyLimit, `${r.method} ${r.path}`).toBeGreaterThan(0);
  });

  for (const route of ROUTE_TABLE) {
    const key = `${route.method} ${route.path}`;
    const hasBody = route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT';
    const isWrite = hasBody || route.method === 'DELETE';
    const ownType = { 'Content-Type': route.contentType ?? 'application/json' };
    const sample = () => (typeof SAMPLE_BODIES[key] === 'string' ? (SAMPLE_BODIES[key] as string) : JSON.stringify(SAMPLE_BODIES[key] ?? {}));

    it(`${key}: has a sample body if it takes one`, () => {
      if (hasBody) expect(SAMPLE_BODIES[key], `add a sample body for ${key}`).toBeDefined();
    });

    // Nobody.
    if (!route.isPublic) {
      it(`${key}: 401 for nobody`, async () => {
        const res = await call(route.method, concrete(route.path), null, hasBody ? sample() : undefined, ownType);
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
      });
    } else {
      it(`${key}: answers nobody, since it is public`, async () => {
        const res = await call(route.method, concrete(route.path), null, hasBody ? sample() : undefined, ownType);
        expect(res.status).not.toBe(401);
      });
    }

    // Another user.
    const namesRecords = /\{(id|personId)\}/.test(route.path);
    if (namesRecords) {
      it(`${key}: 404 for another user`, async () => {
        const res = await call(route.method, concrete(route.path), f.bob, hasBody ? sample() : undefined, ownType);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      });
    }

    // The owner: a read of Alice's own records is let through (writes are proven by each feature's
    // tests; running them here would change the records every other case stands on). A coach
    // route names the person who shares: Alice is not her own coach, so hers answer 404.
    if (route.method === 'GET' && !route.isPublic) {
      it(`${key}: the owner reads ${route.coachAccess === 'read' && namesRecords ? 'nothing through a coach route (404)' : 'it'}`, async () => {
        const res = await call(route.method, concrete(route.path), f.alice);
        if (route.coachAccess === 'read' && namesRecords) expect(res.status).toBe(404);
        else {
          expect([401, 403, 404]).not.toContain(res.status);
          expect(res.status).toBeLessThan(500);
        }
      });
    }

    // The coach Alice shares with.
    if (route.coachAccess === 'read') {
      it(`${key}: the coach reads it, and no write exists at its address`, async () => {
        expect(route.method).toBe('GET');
        const res = await call(route.method, concrete(route.path), f.carol);
        expect(res.status).toBe(200);
        if (namesRecords) expect(JSON.stringify(await res.json())).toMatch(/Alice Co|"counts"/);
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
          const write = await call(method, concrete(route.path), f.carol, '{}');
          expect(write.status, method).toBe(404);
        }
      });
      if (!namesRecords) {
        it(`${key}: another user, whom nobody shares with, sees none of Alice's records`, async () => {
          const res = await call(route.method, route.path, f.bob);
          expect(res.status).toBe(200);
          const text = await res.text();
          expect(text).not.toContain(f.aliceId);
          expect(text).not.toContain('alice@example.com');
        });
      }
    } else if (namesRecords) {
      it(`${key}: 404 for Alice's coach (a share is read-only and only through the coach routes)`, async () => {
        const res = await call(route.method, concrete(route.path), f.carol, hasBody ? sample() : undefined, ownType);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      });
    } else if (route.method === 'GET' && !route.isPublic) {
      it(`${key}: Alice's coach gets their own records here, none of Alice's`, async () => {
        const text = await (await call(route.method, route.path, f.carol)).text();
        expect(text).not.toContain('Alice Co');
        expect(text).not.toContain(f.ids.applications!);
      });
    }
    // Left: public routes (no records of anyone's without a secret) and writes whose address names
    // no record, which a coach's session applies to the coach's own records.

    // Every write: its body limit and the origins it answers.
    if (isWrite) {
      it(`${key}: 413 for a 100 MB body (or one declared over a larger limit)`, async () => {
        // An upload route's limit is in GB: it is checked against the declared length instead.
        const res = route.bodyLimit >= HUGE.length ? await call(route.method, concrete(route.path), f.alice, 'PK', { ...ownType, 'Content-Length': String(route.bodyLimit + 1) }) : await call(route.method, concrete(route.path), f.alice, HUGE, ownType);
        expect(res.status).toBe(413);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TOO_LARGE');
      });
    }

    if (isWrite) {
      // What a page on another site can send without a CORS preflight: a no-cors fetch or a form.
      for (const simpleType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        it(`${key}: 415 for a ${simpleType.split(';')[0]} body`, async () => {
          const res = await call(route.method, concrete(route.path), f.alice, hasBody ? sample() : 'x', { 'Content-Type': simpleType });
          expect(res.status).toBe(415);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        });
      }

      for (const [what, headers] of [
        ['a foreign Origin', { Origin: 'https://evil.example' }],
        ['Origin: null', { Origin: 'null' }],
        ['a same-site sibling Origin', { Origin: 'http://evil.localhost' }],
        ['no Origin and a cross-site Sec-Fetch-Site', { Origin: '', 'Sec-Fetch-Site': 'cross-site' }],
      ] as const) {
        it(`${key}: 403 in hosted mode for ${what}`, async () => {
          const extra: Record<string, string> = { ...ownType, ...headers };
          if (extra.Origin === '') delete extra.Origin;
          const res = await f.app.request(`http://localhost${concrete(route.path)}`, { method: route.method, headers: { ...extra, Cookie: `sr_session=${f.alice}` }, body: hasBody ? sample() : null });
          expect(res.status).toBe(403);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN_ORIGIN');
        });
      }

      it(`${key}: 403 in personal mode for Origin: null (a sandboxed frame)`, async () => {
        const res = await f.personal.request(`http://localhost:4870${concrete(route.path)}`, { method: route.method, headers: { ...ownType, Origin: 'null' }, body: hasBody ? sample() : null });
        expect(res.status).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN_ORIGIN');
      });
    }
  }

  describe('paged lists (every GET with a cursor, from the OpenAPI document)', () => {
    type Param = { name: string; in: string; schema?: { minimum?: number; maximum?: number } };
    const paged = async () => {
      const doc = (await (await call('GET', '/api/openapi.json', null)).json()) as { paths: Record<string, Record<string, { parameters?: Param[] }>> };
      return Object.entries(doc.paths).flatMap(([path, ops]) => {
        const params = ops.get?.parameters ?? [];
        return params.some((p) => p.in === 'query' && p.name === 'cursor') ? [{ path: `/api${path.replace(/^\/api/, '')}`, limit: params.find((p) => p.in === 'query' && p.name === 'limit') }] : [];
      });
    };

    it('finds the paged routes', async () => {
      expect((await paged()).map((r) => r.path)).toEqual(expect.arrayContaining(['/api/applications', '/api/applications/{id}/events', '/api/contacts', '/api/social/audits', '/api/social/findings', '/api/stories', '/api/references', '/api/applications/{id}/materials/files', '/api/applications/{id}/materials/submissions']));
    });

    it('bounds every page size, refuses one out of bounds, and answers a forged cursor with 400 and what to do', async () => {
      for (const route of await paged()) {
        const max = route.limit?.schema?.maximum;
        expect(max, `${route.path}: limit needs a maximum`).toBeGreaterThan(0);
        expect(route.limit?.schema?.minimum, route.path).toBe(1);
        const url = concrete(route.path);
        // A coach's paged list is read by the coach Alice shares with.
        const reader = ROUTE_TABLE.some((r) => r.method === 'GET' && r.path === route.path && r.coachAccess === 'read') ? f.carol : f.alice;
        for (const bad of [0, max! + 1]) expect((await call('GET', `${url}?limit=${bad}`, reader)).status, `${route.path} limit=${bad}`).toBe(422);
        const one = await call('GET', `${url}?limit=1`, reader);
        expect(one.status, route.path).toBe(200);
        expect(Object.keys((await one.json()) as object), route.path).toContain('nextCursor');
        const forged = await call('GET', `${url}?cursor=${encodeURIComponent(Buffer.from('["x"]').toString('base64url'))}`, reader);
        expect(forged.status, route.path).toBe(400);
        expect(await forged.json(), route.path).toEqual({ error: { code: 'BAD_CURSOR', message: expect.stringContaining('start from the first page') } });
      }
    });
  });

  it('still holds Alice’s records untouched after all that', async () => {
    const res = await call('GET', `/api/applications/${f.ids.applications}`, f.alice);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { interviews: unknown[] }).interviews).toHaveLength(1);
  });
});
