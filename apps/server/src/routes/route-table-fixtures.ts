import { expect } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { settledJob } from '../../../../tests/support/jobs';
import { createApp } from '../app';

// The records and bodies the route-table matrix stands on, kept apart so the test reads as the
// matrix itself: owner, coach, another user, nobody.

/**
 * A body each write route accepts (the route table's test fails for a route that takes a body and
 * has none here). `POST /api/applications/{id}/references` gets Alice's reference id once it exists.
 */
export const SAMPLE_BODIES: Record<string, unknown> = {
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
  'PUT /api/mail/sync/schedule': { everyHours: 6 },
  'POST /api/applications/quick-add': { application: { company: 'A', role: 'B' } },
};

/** Which fixture a `{id}` stands for, named by the path segment before it when that is not the record's own name. */
const ID_OF_SEGMENT: Record<string, string> = { files: 'materials' };

type App = ReturnType<typeof createApp>;

/** Three accounts on one hosted app (Alice shares with her coach Carol; Bob is a stranger), and every kind of record Alice owns. */
export interface RouteFixtures {
  store: Store;
  /** Hosted mode, where sessions matter. */
  app: App;
  /** Personal mode on the same database, for its own origin rules. */
  personal: App;
  /** Session tokens. */
  alice: string;
  bob: string;
  carol: string;
  aliceId: string;
  /** One of Alice's records per kind, by the path segment that names it (`applications`, `reference-uses`…). */
  ids: Record<string, string>;
  /** A request to the hosted app as the session given (null: nobody), from its own origin. */
  call(method: string, path: string, cookie: string | null, body?: BodyInit, extra?: Record<string, string>): Response | Promise<Response>;
  /**
   * The route's path with Alice's ids in it. A path parameter without a fixture throws, so a new
   * route cannot skip the matrix by naming a parameter nobody fills.
   */
  concrete(path: string): string;
}

/** Open a fresh in-memory store, sign the three up, and create Alice's records through the API. */
export async function seedRouteFixtures(): Promise<RouteFixtures> {
  const store = await openStore({ file: ':memory:' });
  const app = createApp({ store, mode: 'hosted', version: 'test' });
  const personal = createApp({ store, mode: 'personal', version: 'test', allowedHosts: ['localhost:4870'] });
  const ids: Record<string, string> = {};
  function call(method: string, path: string, cookie: string | null, body?: BodyInit, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = { Origin: 'http://localhost', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...extra };
    if (cookie) headers.Cookie = `sr_session=${cookie}`;
    return app.request(`http://localhost${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  }
  async function signup(email: string): Promise<string> {
    const res = await call('POST', '/api/auth/signup', null, JSON.stringify({ email, password: 'correct horse battery' }));
    expect(res.status).toBe(201);
    return /sr_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
  }
  const alice = await signup('alice@example.com');
  const bob = await signup('bob@example.com');
  const carol = await signup('carol@example.com');
  const aliceId = ((await (await call('GET', '/api/auth/me', alice)).json()) as { id: string }).id;
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
  function concrete(path: string): string {
    return path.replace(/([\w-]+)\/\{(\w+)\}/g, (_m, segment: string, param: string) => {
      if (param === 'personId') return `${segment}/${aliceId}`;
      // The calendar feed's secret: any token that is not one answers the same.
      if (param === 'token') return `${segment}/not-a-feed-token`;
      const id = param === 'id' ? ids[ID_OF_SEGMENT[segment] ?? segment] : undefined;
      if (!id) throw new Error(`${path}: no fixture for {${param}} after /${segment}/; add one in seedRouteFixtures`);
      return `${segment}/${id}`;
    });
  }
  return { store, app, personal, alice, bob, carol, aliceId, ids, call, concrete };
}
