import { createApp } from '@secondround/server';
import type { Store } from '@secondround/store';
import type { ApiCall } from './api-types';

/**
 * The assistant's way into the records: the very app the web client talks to, called in process
 * (no socket), in personal mode, so every write passes the same zod schemas, bounds, date limits
 * and record caps as a request from the browser. An assistant can do nothing the API forbids.
 */
export function inProcessApi(store: Store, version: string): ApiCall {
  const app = createApp({ store, mode: 'personal', version });
  return async (method, path, body) => {
    const res = await app.request(`/api${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  };
}
