import type { ClipInput } from '@secondround/core';
import type { Pairing } from './settings';

export interface ClippedApplication {
  id: string;
  role: string;
  company: string;
  location: string | null;
  listingUrl: string;
}

export type ServerAnswer<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

async function call<T>(pairing: Pairing, path: string, init: RequestInit = {}): Promise<ServerAnswer<T>> {
  let res: Response;
  try {
    res = await fetch(`${pairing.serverUrl}/api/clipper${path}`, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${pairing.token}` } });
  } catch {
    return { ok: false, status: 0, message: `cannot reach the server at ${pairing.serverUrl}: is it running, and is the address right?` };
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!res.ok || body === null) return { ok: false, status: res.status, message: body?.error?.message ?? `the server answered ${res.status}` };
  return { ok: true, value: body };
}

/** The application saved from this page before, if any. */
export function findClip(pairing: Pairing, url: string): Promise<ServerAnswer<{ application: ClippedApplication | null }>> {
  return call(pairing, `/clips?url=${encodeURIComponent(url)}`);
}

/** Save the page; `created: false` when it was saved before. */
export function saveClip(pairing: Pairing, clip: ClipInput): Promise<ServerAnswer<{ created: boolean; application: ClippedApplication; warnings: string[] }>> {
  return call(pairing, '/clips', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(clip) });
}

/** Where the app shows an application. */
export function applicationUrl(pairing: Pairing, id: string): string {
  return `${pairing.serverUrl}/applications/${encodeURIComponent(id)}`;
}
