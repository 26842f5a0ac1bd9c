import { describe, expect, it } from 'vitest';
import { openStore } from '@secondround/store';
import { isLoopbackHost, startServer } from './serve';

describe('startServer', () => {
  it('refuses a network address in personal mode unless asked, with the reason', async () => {
    const store = await openStore({ file: ':memory:' });
    try {
      await expect(startServer({ store, port: 0, host: '0.0.0.0' })).rejects.toThrow(/personal mode has no accounts: anyone who can reach 0\.0\.0\.0 could read and change this search.*--allow-network/);
      const running = await startServer({ store, port: 0, host: '0.0.0.0', allowNetwork: true });
      const port = new URL(running.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      await running.close();
      const hosted = await startServer({ store, port: 0, host: '0.0.0.0', mode: 'hosted' });
      await hosted.close();
    } finally {
      await store.close();
    }
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'example.com', '127.0.0.1.evil.example'].some(isLoopbackHost)).toBe(false);
  });
});
