import type { ExtensionApi } from './browser-api';

export interface Pairing {
  serverUrl: string;
  token: string;
}

/** The server's address as typed ("127.0.0.1:4870/", "https://jobs.example.org/app") to its origin and path, without a trailing slash. */
export function normalizeServerUrl(input: string): string | null {
  const raw = input.trim();
  if (!raw || (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^https?:\/\//i.test(raw))) return null;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export async function readPairing(api: ExtensionApi): Promise<Pairing | null> {
  const got = await api.storage.local.get(['serverUrl', 'token']);
  const serverUrl = typeof got.serverUrl === 'string' ? got.serverUrl : '';
  const token = typeof got.token === 'string' ? got.token : '';
  return serverUrl && token ? { serverUrl, token } : null;
}

export function savePairing(api: ExtensionApi, pairing: Pairing): Promise<void> {
  return api.storage.local.set({ serverUrl: pairing.serverUrl, token: pairing.token });
}
