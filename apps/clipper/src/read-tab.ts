import type { ClipInput } from '@secondround/core';
import type { ExtensionApi } from './browser-api';

/** Chromium's refusal to run a script in a page the extension holds no access to. */
const NO_ACCESS = /Cannot access contents of (the page|url)/i;

/** Waits before the second, third and fourth try of the injection: under two seconds in all. */
export const INJECT_RETRY_MS = [150, 400, 1000] as const;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What reading a tab gave: the page (null when the reader found nothing) and how many injections it took. */
export interface TabRead {
  page: ClipInput | null;
  /** 1 when the first injection was allowed; more when a refusal was tried again. */
  injectTries: number;
}

/**
 * Reads the page of a tab: injects the reader (`extract.js`, with the access the toolbar click
 * grants to that tab) and calls it. Now and then the injection is refused right after a page has
 * loaded, on the very tab the click was for, active and complete: seen in a clean-clone run under a
 * load of about 39, on the small career page of the clipper's browser test (not on a large one). The
 * click's grant and the injection reach the page by different ways. So a refusal is tried again a
 * few times before it is reported; a page the extension really may not read ends in the same error,
 * under two seconds later. Any other error is reported at once. The number of tries is returned, so
 * a run's log can show whether the retry was needed.
 */
export async function readTab(api: Pick<ExtensionApi, 'scripting'>, tabId: number, wait: (ms: number) => Promise<void> = sleep): Promise<TabRead> {
  let attempt = 0;
  for (; ; attempt++) {
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
  return { page: frame?.result ?? null, injectTries: attempt + 1 };
}
