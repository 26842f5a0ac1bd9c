import type { ClipInput } from '@secondround/core';
import type { ExtensionApi } from './browser-api';

/** Chromium's refusal to run a script in a page the extension holds no access to. */
const NO_ACCESS = /Cannot access contents of (the page|url)/i;

/** Waits before the second, third and fourth try of the injection: under two seconds in all. */
export const INJECT_RETRY_MS = [150, 400, 1000] as const;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Reads the page of a tab: injects the reader (`extract.js`, with the access the toolbar click
 * grants to that tab) and calls it. The injection is refused now and then right after a very large
 * page has loaded, on the very tab the click was for, active and complete (seen on a 20 MB page on
 * a loaded machine): the click's grant and the injection reach the page by different ways. So a
 * refusal is tried again a few times before it is reported; a page the extension really may not
 * read ends in the same error, under two seconds later. Any other error is reported at once.
 */
export async function readTab(api: Pick<ExtensionApi, 'scripting'>, tabId: number, wait: (ms: number) => Promise<void> = sleep): Promise<ClipInput | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await api.scripting.executeScript({ target: { tabId }, files: ['extract.js'] });
      break;
    } catch (e) {
      const delay = INJECT_RETRY_MS[attempt];
      if (delay === undefined || !NO_ACCESS.test((e as Error).message)) throw e;
      await wait(delay);
    }
  }
  const [frame] = await api.scripting.executeScript({ target: { tabId }, func: () => (globalThis as { secondroundReadPage?: () => unknown }).secondroundReadPage?.() as ClipInput });
  return frame?.result ?? null;
}
