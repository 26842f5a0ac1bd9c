import type { Backup } from '../backup/backup';

/*
 * The demo's references and work-style profile (issue 10). The story they tell: the person wants a
 * steady, structured, rather remote job and no on-call duty, and several of the first rounds that
 * stalled were at fast-paced teams with an on-call rotation; one reference, a client who barely
 * knows the work and was never briefed, was checked before most of the rejections.
 */

const FAST_TEAM = '\n\nAbout the team: a fast-paced, high-growth environment; analysts share an on-call rotation for the morning reports.';

/**
 * Add the work-style profile, three references and where each was given to a demo backup.
 * Deterministic: it reads only the backup it is given.
 * @example addPeopleDemo(backup, now); backup.references?.length // 3
 */
export function addPeopleDemo(b: Backup, now: Date): void {
  const nowIso = now.toISOString();
  const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
  const today = nowIso.slice(0, 10);
  const cap = (d: string) => (d > today ? today : d);
  b.workProfiles = [{ id: 'local', data: JSON.stringify({ place: -1, team: 0, social: -1, structure: -1, pace: -2, wontDo: ['on_call'], wontDoOther: [] }), updatedAt: new Date(now.getTime() - 100 * 86_400_000).toISOString() }];

  const stagesOf = new Map<string, Map<string, string>>();
  for (const e of b.stageEvents) {
    const m = stagesOf.get(e.applicationId) ?? new Map<string, string>();
    m.set(e.stage, e.date);
    stagesOf.set(e.applicationId, m);
  }
  const stalledFirst = b.applications.filter((a) => {
    const s = stagesOf.get(a.id);
    return s?.has('round1') && !s.has('round2') && (s.has('rejected') || s.has('no_answer'));
  });
  const advanced = b.applications.filter((a) => stagesOf.get(a.id)?.has('round2'));
  // Two in three stalled first rounds were at fast-paced teams with on-call duty; one that advanced too.
  stalledFirst.forEach((a, i) => {
    if (i % 3 !== 2 && a.listingText) a.listingText += FAST_TEAM;
  });
  if (advanced[0]?.listingText) advanced[0].listingText += FAST_TEAM;

  const story = (s: string) => `demo-story-${s}`;
  const known = new Set((b.stories ?? []).map((s) => s.id));
  const witnessed = (ids: string[]) => JSON.stringify(ids.map(story).filter((id) => known.has(id)).slice(0, 2));
  const made = new Date(now.getTime() - 110 * 86_400_000).toISOString();
  const firstStory = (b.stories ?? []).map((s) => s.id.replace(/^demo-story-/, ''));
  b.references = [
    { id: 'demo-ref-dana', name: 'Dana Whitfield', relationship: 'manager', context: 'My manager at Lakeside Health, 2020–2024', knowsWork: 5, email: 'dana.whitfield@example.com', phone: null, witnessedStoryIds: witnessed(firstStory.slice(0, 2)), lastContactOn: day(today, -20), notes: 'Prefers a call before each reference check.', createdAt: made, updatedAt: made },
    { id: 'demo-ref-marcus', name: 'Marcus Oyelaran', relationship: 'colleague', context: 'Fellow analyst at Lakeside Health', knowsWork: 4, email: 'marcus.o@example.com', phone: null, witnessedStoryIds: witnessed(firstStory.slice(2, 3)), lastContactOn: day(today, -45), notes: null, createdAt: made, updatedAt: made },
    { id: 'demo-ref-priya', name: 'Priya Natarajan', relationship: 'client', context: 'Client contact on one project, 2023', knowsWork: 2, email: null, phone: '+1 312 555 0147', witnessedStoryIds: '[]', lastContactOn: null, notes: null, createdAt: made, updatedAt: made },
  ];
  b.referenceUses = [];
  const give = (refId: string, appId: string, after: string, briefed: boolean) => {
    const givenOn = cap(day(after, 1));
    const checkedOn = cap(day(after, 4));
    b.referenceUses!.push({ id: `demo-refuse-${refId.slice(9)}-${appId.slice(9)}`, applicationId: appId, referenceId: refId, givenOn, briefedOn: briefed ? cap(day(after, 2)) : null, checkedOn, notes: null, createdAt: nowIso, updatedAt: nowIso });
  };
  const r1 = (id: string) => stagesOf.get(id)!.get('round1')!;
  stalledFirst.slice(0, 3).forEach((a) => give('demo-ref-priya', a.id, r1(a.id), false));
  stalledFirst.slice(3, 5).forEach((a) => give('demo-ref-marcus', a.id, r1(a.id), true));
  stalledFirst.slice(5, 6).forEach((a) => give('demo-ref-dana', a.id, r1(a.id), true));
  advanced.slice(0, 2).forEach((a) => give('demo-ref-dana', a.id, r1(a.id), true));
}
