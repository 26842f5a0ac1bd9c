import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { openStore } from '@secondround/store';
import { isLoopbackHost, keepAliveTimeoutFromEnv, startServer } from './serve';

/** GET `url` through `agent`; the status and whether it went out on a socket kept from before. */
function get(agent: http.Agent, url: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

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

  // Node's default closes a connection idle for 5 s; a proxy that keeps it longer sends its next request into a closing socket.
  it('answers on a keep-alive connection left idle for longer than 5 s', async () => {
    const store = await openStore({ file: ':memory:' });
    const running = await startServer({ store, port: 0, host: '127.0.0.1', reminders: false });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(agent, `${running.url}/api/health`)).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6000));
      expect(await get(agent, `${running.url}/api/health`)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
      await running.close();
      await store.close();
    }
  }, 20_000);

  it('reads the keep-alive timeout from SECONDROUND_KEEP_ALIVE_SECONDS, refusing nonsense', () => {
    expect(keepAliveTimeoutFromEnv(undefined)).toBe(75_000);
    expect(keepAliveTimeoutFromEnv('120')).toBe(120_000);
    for (const bad of ['0', '-5', '1.5', 'soon', '3601']) expect(() => keepAliveTimeoutFromEnv(bad)).toThrow(`SECONDROUND_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to 3600 (got "${bad}")`);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'example.com', '127.0.0.1.evil.example'].some(isLoopbackHost)).toBe(false);
  });
});
