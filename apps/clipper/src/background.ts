import type { ClipInput } from '@secondround/core';
import { extensionApi, type Tab } from './browser-api';
import { readTab } from './read-tab';
import { applicationUrl, findClip, saveClip } from './server';
import { readPairing } from './settings';

const api = extensionApi();

/** What the last click did, for the extension's own tests and timing (read through the service worker). */
export interface ClipOutcome {
  state: 'saved' | 'opened' | 'unpaired' | 'error';
  message: string;
  applicationId?: string;
  warnings?: string[];
  ms: number;
  /** Milliseconds spent reading the page (in the page) and saving it (the server's answer). */
  readMs?: number;
  saveMs?: number;
  /** Injections of the page reader it took (more than 1 when a refusal was tried again). */
  injectTries?: number;
}

async function badge(tabId: number | undefined, text: string, color: string, title: string): Promise<void> {
  await Promise.all([api.action.setBadgeText({ text, tabId }), api.action.setBadgeBackgroundColor({ color, tabId }), api.action.setTitle({ title, tabId })]).catch(() => undefined);
}

async function openOptions(problem: string): Promise<void> {
  await api.tabs.create({ url: `${api.runtime.getURL('options.html')}?problem=${encodeURIComponent(problem)}` });
}

/**
 * The toolbar button: the listing saved from this page before is opened in the app; otherwise
 * the page is read (in the page, with Readability) and saved as a saved application.
 */
export async function clipTab(tab: Tab): Promise<ClipOutcome> {
  const started = performance.now();
  const done = (o: Omit<ClipOutcome, 'ms'>): ClipOutcome => ({ ...o, ms: Math.round(performance.now() - started) });
  const pairing = await readPairing(api);
  if (!pairing) {
    await openOptions('Pair the extension first: paste your server’s address and a pairing token from the app’s Settings → Browser clipper.');
    return done({ state: 'unpaired', message: 'not paired' });
  }
  if (tab.id === undefined || !tab.url || !/^https?:/i.test(tab.url)) {
    await badge(tab.id, '!', '#c92a2a', 'Only web pages can be saved');
    return done({ state: 'error', message: 'only web pages can be saved' });
  }
  await badge(tab.id, '…', '#868e96', 'Saving…');
  // Ask the server and read the page at once: a click on a page saved before then costs one
  // round trip, and a new page does not wait for the answer before it is read.
  const tabId = tab.id;
  const reading = (async () => {
    const t = performance.now();
    const read = await readTab(api, tabId);
    return { ...read, ms: Math.round(performance.now() - t) };
  })();
  reading.catch(() => undefined);
  const before = await findClip(pairing, tab.url);
  if (before.ok && before.value.application) {
    await api.tabs.create({ url: applicationUrl(pairing, before.value.application.id) });
    await badge(tab.id, '✓', '#2b8a3e', `Saved before: ${before.value.application.role} at ${before.value.application.company}`);
    return done({ state: 'opened', message: 'opened the application saved before', applicationId: before.value.application.id });
  }
  let answer = before.ok ? null : before;
  if (!answer) {
    let page: ClipInput | null = null;
    let readMs = 0;
    let injectTries = 0;
    try {
      ({ page, ms: readMs, injectTries } = await reading);
    } catch (e) {
      await badge(tab.id, '!', '#c92a2a', `Cannot read this page: ${(e as Error).message}`);
      return done({ state: 'error', message: `cannot read this page: ${(e as Error).message}` });
    }
    if (!page) return done({ state: 'error', message: 'the page gave nothing to read', injectTries });
    const t = performance.now();
    const saved = await saveClip(pairing, page);
    const saveMs = Math.round(performance.now() - t);
    if (saved.ok) {
      const { application, warnings, created } = saved.value;
      if (!created) await api.tabs.create({ url: applicationUrl(pairing, application.id) });
      const title = `${created ? 'Saved' : 'Saved before'}: ${application.role} at ${application.company}${warnings.length ? ` (${warnings.join('; ')})` : ''}`;
      await badge(tab.id, warnings.length ? '!' : '✓', warnings.length ? '#e67700' : '#2b8a3e', title);
      return done({ state: created ? 'saved' : 'opened', message: title, applicationId: application.id, warnings, readMs, saveMs, injectTries });
    }
    answer = saved;
  }
  if (answer.status === 401) {
    await badge(tab.id, '!', '#c92a2a', 'Pair the extension again');
    await openOptions(answer.message);
    return done({ state: 'unpaired', message: answer.message });
  }
  await badge(tab.id, '!', '#c92a2a', answer.message);
  return done({ state: 'error', message: answer.message });
}

const outcomes: ClipOutcome[] = [];
(globalThis as { secondroundClips?: ClipOutcome[] }).secondroundClips = outcomes;

api.action.onClicked.addListener((tab) => {
  void clipTab(tab).then((o) => outcomes.push(o));
});
