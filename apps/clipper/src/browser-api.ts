/**
 * The few WebExtension APIs the clipper uses, typed here rather than through a types package.
 * Chromium exposes them as `chrome.*`, Firefox as `browser.*` (and as `chrome.*`); in Manifest V3
 * both return promises.
 */
export interface Tab {
  id?: number;
  url?: string;
  title?: string;
}

export interface ExtensionApi {
  action: {
    onClicked: { addListener(cb: (tab: Tab) => void): void };
    setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
    setTitle(details: { title: string; tabId?: number }): Promise<void>;
  };
  scripting: {
    executeScript<T>(details: { target: { tabId: number }; files?: string[]; func?: () => T }): Promise<Array<{ result?: T }>>;
  };
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  tabs: { create(details: { url: string }): Promise<Tab> };
  runtime: { getURL(path: string): string; openOptionsPage(): Promise<void> };
}

declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi | undefined;

/** The extension API of the browser this runs in. */
export function extensionApi(): ExtensionApi {
  if (typeof browser !== 'undefined' && browser) return browser;
  if (typeof chrome !== 'undefined' && chrome) return chrome;
  throw new Error('not running as a browser extension');
}
