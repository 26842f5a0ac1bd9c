/** Seeding shared by the scale benches: copies of the demo search under one account each. */
import { generateDemo, type Backup } from '@secondround/core';
import type { Store } from '@secondround/store';

export type Person = { cookie: string; ids: string[]; userId: string };

/** The demo search with its ids made unique, so many copies can live in one database. */
function demoCopy(tag: string, now: Date): Backup {
  return JSON.parse(JSON.stringify(generateDemo(now)).replaceAll('demo-', `${tag}-`)) as Backup;
}

/** A person with `copies` demo searches (about 40 applications each) and a session token. */
export async function seedPerson(store: Store, email: string, copies: number, now: Date): Promise<Person> {
  const user = (await store.users.create(email, null))!;
  const parts = Array.from({ length: copies }, (_, k) => demoCopy(`${email.split('@')[0]}-${k}`, now));
  const backup = { ...parts[0]!, ...Object.fromEntries(Object.keys(parts[0]!).filter((k) => Array.isArray((parts[0] as Record<string, unknown>)[k])).map((k) => [k, parts.flatMap((p) => (p as unknown as Record<string, unknown[]>)[k] ?? [])])) } as Backup;
  // Rows keyed by the owner or one per platform would clash between copies; the loads here never read them.
  backup.workProfiles = [];
  backup.socialPresence = [];
  // One settings row per owner, keyed by the owner.
  backup.settings = [{ id: user.id, data: JSON.stringify({ timeZone: 'America/Chicago' }), updatedAt: now.toISOString() }] as Backup['settings'];
  await store.transaction((tx) => tx.backup.restore(user.id, backup, { replace: true }));
  const { token } = await store.users.createSession(user.id);
  return { cookie: `sr_session=${token}`, ids: backup.applications.map((a) => a.id), userId: user.id };
}

/** A person an earlier run seeded (a kept database), with a new session token. */
export async function seededPerson(store: Store, email: string): Promise<Person> {
  const user = await store.users.findByEmail(email);
  if (!user) throw new Error(`${email} is not in this database: seed it with SCALE_KEEP=1 first`);
  const { token } = await store.users.createSession(user.id);
  return { cookie: `sr_session=${token}`, ids: (await store.applications.list(user.id)).map((a) => a.id).sort(), userId: user.id };
}
