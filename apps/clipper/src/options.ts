import { extensionApi } from './browser-api';
import { findClip } from './server';
import { normalizeServerUrl, readPairing, savePairing } from './settings';

const api = extensionApi();
const form = document.getElementById('pairing') as HTMLFormElement;
const server = document.getElementById('server') as HTMLInputElement;
const token = document.getElementById('token') as HTMLInputElement;
const problem = document.getElementById('problem') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function show(el: HTMLElement, text: string | null, kind?: string): void {
  el.hidden = !text;
  el.textContent = text ?? '';
  if (kind) el.className = kind;
}

const asked = new URLSearchParams(location.search).get('problem');
show(problem, asked);

void readPairing(api).then((p) => {
  if (p) server.value = p.serverUrl;
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void (async () => {
    show(status, null);
    const serverUrl = normalizeServerUrl(server.value);
    if (!serverUrl) return show(status, 'The server address is not an http(s) address.', 'problem');
    const pairing = { serverUrl, token: token.value.trim() };
    // Any address will do: the server answers "not saved yet" when the token is good, 401 when not.
    const check = await findClip(pairing, 'https://example.com/');
    if (!check.ok) return show(status, `Not paired: ${check.message}`, 'problem');
    await savePairing(api, pairing);
    show(problem, null);
    token.value = '';
    show(status, `Paired with ${serverUrl}. Open a job listing and click the secondround button.`, 'ok');
  })();
});
