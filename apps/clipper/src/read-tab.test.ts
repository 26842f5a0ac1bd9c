import { describe, expect, it } from 'vitest';
import { INJECT_RETRY_MS, readTab } from './read-tab';

const REFUSED = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

/** A browser whose injection of the reader is refused `refusals` times (or fails with `other`), then allowed. */
function browser(refusals: number, other?: string) {
  const calls: string[] = [];
  const api = {
    scripting: {
      async executeScript(details: { target: { tabId: number }; files?: string[]; func?: () => unknown }) {
        calls.push(details.files ? `inject ${details.target.tabId}` : `read ${details.target.tabId}`);
        if (details.files && other) throw new Error(other);
        if (details.files && calls.length <= refusals) throw new Error(REFUSED);
        return details.files ? [{}] : [{ result: { url: 'https://jobs.example/1', title: 'Nurse', text: 'Registered Nurse' } }];
      },
    },
  };
  return { api: api as never, calls };
}

describe('reading the page of the clicked tab', () => {
  it('injects the reader, then reads the page', async () => {
    const { api, calls } = browser(0);
    expect(await readTab(api, 7, async () => undefined)).toMatchObject({ page: { title: 'Nurse' }, injectTries: 1 });
    expect(calls).toEqual(['inject 7', 'read 7']);
  });

  it('tries the injection again when the page refuses it at first, waiting a little longer each time', async () => {
    const { api, calls } = browser(2);
    const waits: number[] = [];
    expect(await readTab(api, 7, async (ms) => void waits.push(ms))).toMatchObject({ page: { text: 'Registered Nurse' }, injectTries: 3 });
    expect(calls).toEqual(['inject 7', 'inject 7', 'inject 7', 'read 7']);
    expect(waits).toEqual([INJECT_RETRY_MS[0], INJECT_RETRY_MS[1]]);
  });

  it('reports a refusal that lasts, after a bounded number of tries and under two seconds of waiting', async () => {
    const { api, calls } = browser(99);
    const waits: number[] = [];
    await expect(readTab(api, 7, async (ms) => void waits.push(ms))).rejects.toThrow(/Cannot access contents of the page/);
    expect(calls).toEqual(['inject 7', 'inject 7', 'inject 7', 'inject 7']);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(2000);
  });

  it('reports any other error at once', async () => {
    const { api, calls } = browser(0, 'No tab with id: 7.');
    await expect(readTab(api, 7, async () => undefined)).rejects.toThrow('No tab with id: 7.');
    expect(calls).toEqual(['inject 7']);
  });
});
