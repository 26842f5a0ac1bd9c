import { expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Pairing tokens and the lookup by listing address, on every backend. */
export function clipperStoreCases(current: () => Store): void {
  it('keeps only a hash of a pairing token, finds its owner, and forgets it once revoked', async () => {
    const store = current();
    const { token, record } = await store.clipper.createToken(LOCAL_OWNER_ID, 'Firefox at home');
    expect(token).toMatch(/^srclip_[\w-]{43}$/);
    const stored = await store.db.selectFrom('clipperTokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await store.clipper.ownerForToken(token)).toBe(LOCAL_OWNER_ID);
    expect(await store.clipper.ownerForToken(`${token}x`)).toBeNull();
    expect((await store.clipper.listTokens(LOCAL_OWNER_ID)).map((t) => [t.id, t.name, t.lastUsedAt !== null])).toEqual([[record.id, 'Firefox at home', true]]);
    const other = await store.users.create('eve@example.com', 'hash');
    expect(await store.clipper.revokeToken(other!.id, record.id)).toBe(false);
    expect(await store.clipper.revokeToken(LOCAL_OWNER_ID, record.id)).toBe(true);
    expect(await store.clipper.revokeToken(LOCAL_OWNER_ID, record.id)).toBe(false);
    expect(await store.clipper.ownerForToken(token)).toBeNull();
    expect(await store.clipper.listTokens(LOCAL_OWNER_ID)).toEqual([]);
  });

  it('refuses the token of a disabled account', async () => {
    const store = current();
    const user = await store.users.create('gone@example.com', 'hash');
    const { token } = await store.clipper.createToken(user!.id, 'Chrome');
    await store.users.setDisabled(user!.id, true);
    expect(await store.clipper.ownerForToken(token)).toBeNull();
  });

  it('finds an owner’s application by its listing address, and only the owner’s', async () => {
    const store = current();
    const url = 'https://jobs.example.com/1';
    const a = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst', listingUrl: url }));
    expect(await store.clipper.applicationForUrl(LOCAL_OWNER_ID, url)).toEqual({ id: a.id, company: 'Acme', role: 'Analyst' });
    const other = await store.users.create('mallory@example.com', 'hash');
    expect(await store.clipper.applicationForUrl(other!.id, url)).toBeNull();
    expect(await store.clipper.applicationForUrl(LOCAL_OWNER_ID, 'https://jobs.example.com/2')).toBeNull();
  });
}
