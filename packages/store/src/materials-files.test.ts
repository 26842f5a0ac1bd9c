import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import { openStore } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

it('keeps the bytes under the data folder, once per SHA-256, in personal mode', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'secondround-materials-'));
  const store = await openStore({ file: join(dir, 'secondround.db') });
  try {
    const app = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Dev' }));
    const bytes = new TextEncoder().encode('hello file');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const file = { itemId: null, fileName: 'a.txt', sha256: sha, mime: 'text/plain', format: 'txt' as const, textReadable: null };
    const a = await store.materials.addFile(LOCAL_OWNER_ID, app.id, file, bytes);
    await store.materials.addFile(LOCAL_OWNER_ID, app.id, { ...file, fileName: 'b.txt' }, bytes);
    expect(await readdir(join(dir, 'files', sha.slice(0, 2)))).toEqual([sha]);
    expect(await store.materials.countBlobs(LOCAL_OWNER_ID)).toBe(0);
    expect(Buffer.from((await store.materials.readFile(LOCAL_OWNER_ID, a!.id))!.bytes!).toString()).toBe('hello file');
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});
