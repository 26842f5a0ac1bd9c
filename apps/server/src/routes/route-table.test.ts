import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';
import { defineRoute, ROUTE_TABLE } from './route-table';

/**
 * Generated from the route table: every route answers 401 to nobody in hosted mode, 404 to
 * another user's ids, and 413 to a body over its limit. A new route without a sample body below
 * fails here until it gets one.
 */
const SAMPLE_BODIES: Record<string, unknown> = {
  'POST /api/applications': { company: 'A', role: 'B' },
  'PATCH /api/applications/{id}': { notes: 'x' },
  'POST /api/applications/{id}/events': { stage: 'applied', date: '2026-01-01' },
  'PATCH /api/events/{id}': { reason: 'x' },
  'POST /api/applications/{id}/interviews': { round: 1, kind: 'technical', startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T11:00:00Z', timeZone: 'UTC', format: 'video' },
  'PATCH /api/interviews/{id}': { notes: 'x' },
  'POST /api/interviews/{id}/interviewers': { name: 'N' },
  'PATCH /api/interviewers/{id}': { title: 'T' },
  'POST /api/contacts': { name: 'C' },
  'PATCH /api/contacts/{id}': { title: 'T' },
  'POST /api/backup': { format: 'secondround-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', applications: [], stageEvents: [], interviews: [], interviewers: [], contacts: [] },
  'POST /api/auth/signup': { email: 'x@example.com', password: 'long enough password' },
  'POST /api/auth/login': { email: 'x@example.com', password: 'long enough password' },
  'POST /api/auth/logout': {},
  'PATCH /api/settings': { timeZone: 'Europe/Paris' },
  'POST /api/stories': { title: 'T' },
  'POST /api/stories/import': { text: '## T\nSituation: s' },
  'PATCH /api/stories/{id}': { title: 'T' },
  'PUT /api/interviews/{id}/prep': { companyNotes: 'x' },
  'PUT /api/interviews/{id}/debrief': { feeling: 3 },
  'POST /api/import/csv': 'company,role\nA,B\n',
  'POST /api/social/audits': 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"wtf is this","created_at":"Wed Mar 22 07:41:49 +0000 2017"}}]',
  'PATCH /api/findings/{id}': { dealtWith: true },
  'PUT /api/social/presence': { platform: 'x', checked: ['photo'] },
  'POST /api/interviewers/{id}/thank-you': { body: 'Hi Ivy, thank you.' },
  'POST /api/notes/check': { text: 'Hi Ivy', context: { interviewers: ['Ivy'], company: 'Alice Co', addressee: 'Ivy' } },
  'POST /api/notes/{id}/sent': { via: 'copy' },
  'POST /api/notes/{id}/send': {},
  'POST /api/applications/{id}/followups/plan': { statedText: 'within 5 business days' },
  'POST /api/applications/{id}/followups': { kind: 'feedback_request' },
  'PATCH /api/followups/{id}': { answerText: 'x' },
  'POST /api/followups/{id}/sent': { via: 'eml' },
  'POST /api/followups/{id}/send': {},
  'PATCH /api/settings/smtp': { host: 'smtp.example.com', port: 587, secure: false, from: 'me@example.com' },
  'PATCH /api/settings/imap': { host: 'imap.example.com', port: 993, security: 'tls', user: 'me@example.com', password: 'app password' },
  'POST /api/settings/calendar': {},
  'PUT /api/profile': { pace: -2, wontDo: ['on_call'] },
  'POST /api/references': { name: 'Ana Ruiz', knowsWork: 4 },
  'PATCH /api/references/{id}': { knowsWork: 5 },
  'POST /api/applications/{id}/references': { referenceId: 'REFERENCE_ID', givenOn: '2026-01-02' },
  'PATCH /api/reference-uses/{id}': { briefedOn: '2026-01-03' },
  'POST /api/reference-uses/{id}/brief/send': {},
  'POST /api/auth/logout-everywhere': {},
  'POST /api/auth/password': { currentPassword: 'correct horse battery', newPassword: 'another long password' },
  'POST /api/auth/reset-request': { email: 'x@example.com' },
  'POST /api/auth/reset': { token: 'x', password: 'long enough password' },
  'POST /api/auto-backups/restore': { name: 'secondround-2026-01-01.db' },
  'PUT /api/applications/{id}/materials/items': { items: [{ kind: 'resume', required: true, formats: ['pdf'], maxBytes: null, via: null }] },
  'POST /api/applications/{id}/materials/from-listing': {},
  'POST /api/applications/{id}/materials/files': 'Jane Doe, resume',
  'POST /api/applications/{id}/materials/submit': { reason: 'sent by e-mail' },
  'POST /api/clipper/clips': { url: 'https://jobs.example.com/1', heading: 'Data Analyst', html: '<h2>Requirements</h2><ul><li>SQL</li></ul>' },
  'POST /api/pairing-tokens': { name: 'Chrome' },
  'POST /api/undo/{id}': {},
  'POST /api/coach-shares': { email: 'carol@example.com' },
  'POST /api/mail/paste': { text: 'Unfortunately we have decided not to move forward with your application.' },
  'POST /api/mail/eml': 'From: Acme <jobs@acme.example>\nSubject: Your application\nMessage-ID: <rt1@x>\n\nUnfortunately we have decided not to move forward with your application.\n',
  'POST /api/mail/mbox': 'From x Mon Nov  2 10:00:00 2026\nFrom: Acme <jobs@acme.example>\nSubject: Hi\nMessage-ID: <rt2@x>\n\nHello.\n',
  'POST /api/mail-proposals/decide': { ids: ['none'], decision: 'reject' },
  'POST /api/mail/sync': {},
};

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

let store: Store;
let app: ReturnType<typeof createApp>;
let personal: ReturnType<typeof createApp>;
let alice: string;
let bob: string;
/** Alice's coach: Alice shares with Carol before any case runs. */
let carol: string;
let aliceId: string;
const ids: Record<string, string> = {};

async function signup(email: string): Promise<string> {
  const res = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify({ email, password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

function call(method: string, path: string, cookie: string | null, body?: BodyInit, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { Origin: 'http://localhost', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...extra };
  if (cookie) headers.Cookie = `sr_session=${cookie}`;
  return app.request(`http://localhost${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
}

/** Which fixture a `{id}` stands for, named by the path segment before it when that is not the record's own name. */
const ID_OF_SEGMENT: Record<string, string> = { files: 'materials' };

/**
 * The route's path with Alice's ids in it. A path parameter without a fixture fails the test, so
 * a new route cannot skip the matrix by naming a parameter nobody fills.
 */
function concrete(path: string): string {
  return path.replace(/([\w-]+)\/\{(\w+)\}/g, (_m, segment: string, param: string) => {
    if (param === 'personId') return `${segment}/${aliceId}`;
    // The calendar feed's secret: any token that is not one answers the same.
    if (param === 'token') return `${segment}/not-a-feed-token`;
    const id = param === 'id' ? ids[ID_OF_SEGMENT[segment] ?? segment] : undefined;
    if (!id) throw new Error(`${path}: no fixture for {${param}} after /${segment}/; add one in beforeAll`);
    return `${segment}/${id}`;
  });
}

beforeAll(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'hosted', version: 'test' });
  personal = createApp({ store, mode: 'personal', version: 'test', allowedHosts: ['localhost:4870'] });
  alice = await signup('alice@example.com');
  bob = await signup('bob@example.com');
  carol = await signup('carol@example.com');
  aliceId = ((await (await call('GET', '/api/auth/me', alice)).json()) as { id: string }).id;
  const json = async (res: Response | Promise<Response>) => (await (await res).json()) as { id: string };
  ids.applications = (await json(call('POST', '/api/applications', alice, JSON.stringify({ company: 'Alice Co', role: 'R' })))).id;
  const detail = (await (await call('GET', `/api/applications/${ids.applications}`, alice)).json()) as { events: Array<{ id: string }> };
  ids.events = detail.events[0]!.id;
  ids.interviews = (await json(call('POST', `/api/applications/${ids.applications}/interviews`, alice, JSON.stringify(SAMPLE_BODIES['POST /api/applications/{id}/interviews'])))).id;
  ids.interviewers = (await json(call('POST', `/api/interviews/${ids.interviews}/interviewers`, alice, JSON.stringify({ name: 'Ivy' })))).id;
  ids.contacts = (await json(call('POST', '/api/contacts', alice, JSON.stringify({ name: 'Cy' })))).id;
  ids.notes = (await json(call('POST', `/api/interviewers/${ids.interviewers}/thank-you`, alice, JSON.stringify({ body: 'Hi Ivy' })))).id;
  ids.followups = ((await (await call('POST', `/api/applications/${ids.applications}/followups`, alice, JSON.stringify({ kind: 'feedback_request' }))).json()) as { followUp: { id: string } }).followUp.id;
  ids.stories = (await json(call('POST', '/api/stories', alice, JSON.stringify({ title: 'A story' })))).id;
  ids.references = (await json(call('POST', '/api/references', alice, JSON.stringify({ name: 'Ana Ruiz', knowsWork: 4, witnessedStoryIds: [ids.stories] })))).id;
  SAMPLE_BODIES['POST /api/applications/{id}/references'] = { referenceId: ids.references, givenOn: '2026-01-02' };
  ids['reference-uses'] = (await json(call('POST', `/api/applications/${ids.applications}/references`, alice, JSON.stringify(SAMPLE_BODIES['POST /api/applications/{id}/references'])))).id;
  const scan = await settledJob((path) => call('GET', path, alice), await call('POST', '/api/social/audits?name=tweets.js', alice, SAMPLE_BODIES['POST /api/social/audits'] as string, { 'Content-Type': 'application/octet-stream' }));
  expect(scan.status).toBe('done');
  ids.jobs = scan.id;
  ids.findings = ((await (await call('GET', '/api/social/findings', alice)).json()) as { groups: Array<{ years: Array<{ findings: Array<{ id: string }> }> }> }).groups[0]!.years[0]!.findings[0]!.id;
  const upload = await app.request(`http://localhost/api/applications/${ids.applications}/materials/files?name=cv.txt`, { method: 'POST', headers: { Origin: 'http://localhost', Cookie: `sr_session=${alice}`, 'Content-Type': 'application/octet-stream' }, body: 'Jane Doe, resume' });
  expect(upload.status).toBe(201);
  ids.materials = ((await upload.json()) as { id: string }).id;
  const itemsView = (await (await call('PUT', `/api/applications/${ids.applications}/materials/items`, alice, JSON.stringify(SAMPLE_BODIES['PUT /api/applications/{id}/materials/items']))).json()) as { items: Array<{ id: string }> };
  ids.items = itemsView.items[0]!.id;
  ids['pairing-tokens'] = ((await (await call('POST', '/api/pairing-tokens', alice, JSON.stringify({ name: 'Chrome' }))).json()) as { record: { id: string } }).record.id;
  const spare = (await json(call('POST', '/api/contacts', alice, JSON.stringify({ name: 'Spare' })))).id;
  ids.undo = ((await (await call('DELETE', `/api/contacts/${spare}`, alice)).json()) as { undo: { id: string } }).undo.id;
  ids['coach-shares'] = ((await (await call('POST', '/api/coach-shares', alice, JSON.stringify({ email: 'carol@example.com' }))).json()) as { share: { id: string } }).share.id;
  expect((await call('GET', `/api/coach/people/${aliceId}/applications`, carol)).status).toBe(200);
  ids['mail-proposals'] = ((await (await call('POST', '/api/mail/paste', alice, JSON.stringify({ text: 'From: Jo <jo@quillstone.example>\nSubject: Quillstone\n\nUnfortunately Quillstone has decided not to move forward with your application for the Analyst role.' }))).json()) as { proposal: { id: string } }).proposal.id;
  return () => store.close();
});

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

    const namesRecords = /\{(id|personId)\}/.test(route.path);
    if (namesRecords) {
      it(`${key}: 404 for another user`, async () => {
        const res = await call(route.method, concrete(route.path), bob, hasBody ? sample() : undefined, ownType);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      });
    }

    // The owner: a read of Alice's own records is let through (writes are proven by each feature's
    // tests; running them here would change the records every other case stands on). A coach
    // route names the person who shares: Alice is not her own coach, so hers answer 404.
    if (route.method === 'GET' && !route.isPublic) {
      it(`${key}: the owner reads ${route.coachAccess === 'read' && namesRecords ? 'nothing through a coach route (404)' : 'it'}`, async () => {
        const res = await call(route.method, concrete(route.path), alice);
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
        const res = await call(route.method, concrete(route.path), carol);
        expect(res.status).toBe(200);
        if (namesRecords) expect(JSON.stringify(await res.json())).toMatch(/Alice Co|"counts"/);
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
          const write = await call(method, concrete(route.path), carol, '{}');
          expect(write.status, method).toBe(404);
        }
      });
      if (!namesRecords) {
        it(`${key}: another user, whom nobody shares with, sees none of Alice's records`, async () => {
          const res = await call(route.method, route.path, bob);
          expect(res.status).toBe(200);
          const text = await res.text();
          expect(text).not.toContain(aliceId);
          expect(text).not.toContain('alice@example.com');
        });
      }
    } else if (namesRecords) {
      it(`${key}: 404 for Alice's coach (a share is read-only and only through the coach routes)`, async () => {
        const res = await call(route.method, concrete(route.path), carol, hasBody ? sample() : undefined, ownType);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      });
    } else if (route.method === 'GET' && !route.isPublic) {
      it(`${key}: Alice's coach gets their own records here, none of Alice's`, async () => {
        const text = await (await call(route.method, route.path, carol)).text();
        expect(text).not.toContain('Alice Co');
        expect(text).not.toContain(ids.applications!);
      });
    }
    // Left: public routes (no records of anyone's without a secret) and writes whose address names
    // no record, which a coach's session applies to the coach's own records.

    if (isWrite) {
      it(`${key}: 413 for a 100 MB body (or one declared over a larger limit)`, async () => {
        // An upload route's limit is in GB: it is checked against the declared length instead.
        const res = route.bodyLimit >= HUGE.length ? await call(route.method, concrete(route.path), alice, 'PK', { ...ownType, 'Content-Length': String(route.bodyLimit + 1) }) : await call(route.method, concrete(route.path), alice, HUGE, ownType);
        expect(res.status).toBe(413);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TOO_LARGE');
      });
    }

    if (isWrite) {
      // What a page on another site can send without a CORS preflight: a no-cors fetch or a form.
      for (const simpleType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        it(`${key}: 415 for a ${simpleType.split(';')[0]} body`, async () => {
          const res = await call(route.method, concrete(route.path), alice, hasBody ? sample() : 'x', { 'Content-Type': simpleType });
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
          const res = await app.request(`http://localhost${concrete(route.path)}`, { method: route.method, headers: { ...extra, Cookie: `sr_session=${alice}` }, body: hasBody ? sample() : null });
          expect(res.status).toBe(403);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN_ORIGIN');
        });
      }

      it(`${key}: 403 in personal mode for Origin: null (a sandboxed frame)`, async () => {
        const res = await personal.request(`http://localhost:4870${concrete(route.path)}`, { method: route.method, headers: { ...ownType, Origin: 'null' }, body: hasBody ? sample() : null });
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
        const reader = ROUTE_TABLE.some((r) => r.method === 'GET' && r.path === route.path && r.coachAccess === 'read') ? carol : alice;
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
    const res = await call('GET', `/api/applications/${ids.applications}`, alice);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { interviews: unknown[] }).interviews).toHaveLength(1);
  });
});
