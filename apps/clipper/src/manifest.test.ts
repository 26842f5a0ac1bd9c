// The built extension's manifest against the rules Firefox documents for Manifest V3 (MDN,
// "manifest.json" reference: browser_specific_settings, background, permissions, version; and the
// Extension Workshop's "Firefox built-in consent for data collection and transmission"), so the
// folder that loads unpacked in Chromium also loads in Firefox. Firefox itself cannot run here
// (Playwright drives only its own patched Firefox build), so the shape is what is checked.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildClipper } from '../scripts/build.mjs';
import { extensionApi } from './browser-api';

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  background: { service_worker?: string; scripts?: string[]; page?: string; type?: string };
  permissions?: string[];
  host_permissions?: string[];
  options_ui?: { page: string };
  action?: object;
  browser_action?: object;
  page_action?: object;
  browser_specific_settings: { gecko: { id: string; strict_min_version?: string; data_collection_permissions?: { required: string[]; optional?: string[] } } };
}

// MDN: an add-on ID is a GUID in braces or an e-mail-like string, at most 80 characters.
const GECKO_ID = /^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9-._]*@[a-z0-9-._]+)$/i;
// MDN "version": one to four numbers separated by dots, each at most 9 digits, without leading zeros.
const VERSION = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;
// API permissions Firefox accepts in Manifest V3 that the clipper may ask for; match patterns belong in host_permissions.
const FIREFOX_MV3_PERMISSIONS = new Set(['activeTab', 'alarms', 'contextMenus', 'menus', 'notifications', 'scripting', 'storage', 'tabs', 'unlimitedStorage']);
// Extension Workshop: the personal data types of the built-in consent, or "none" alone.
const DATA_TYPES = new Set(['authenticationInfo', 'bookmarksInfo', 'browsingActivity', 'financialAndPaymentInfo', 'healthInfo', 'locationInfo', 'personalCommunications', 'personallyIdentifyingInfo', 'searchTerms', 'websiteActivity', 'websiteContent']);

let dist: string;
let manifest: Manifest;
beforeAll(async () => {
  dist = await buildClipper(mkdtempSync(join(tmpdir(), 'secondround-clipper-')));
  manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
}, 60_000);

describe('the built manifest, as Firefox reads Manifest V3', () => {
  it('is Manifest V3 with an action, not the MV2 browser or page action', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action).toBeTypeOf('object');
    expect(manifest.browser_action).toBeUndefined();
    expect(manifest.page_action).toBeUndefined();
    expect(manifest.version).toMatch(VERSION);
    expect(manifest.version).toBe((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });

  it('names a Firefox add-on ID (needed to sign a Manifest V3 extension) and a minimum version', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(GECKO_ID);
    expect(gecko.id.length).toBeLessThanOrEqual(80);
    expect(gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
  });

  it('gives Firefox background scripts (it runs no extension service worker) and Chromium the same file as its service worker', () => {
    const { scripts, service_worker: worker, page, type } = manifest.background;
    expect(page).toBeUndefined();
    expect(type).toBeUndefined(); // a classic script: the bundle is an IIFE, not a module
    expect(scripts).toEqual([worker]);
    for (const file of scripts!) expect(existsSync(join(dist, file)), file).toBe(true);
    // Firefox accepts service_worker beside scripts (and uses scripts) from version 121; earlier ones refuse the manifest.
    expect(Number(manifest.browser_specific_settings.gecko.strict_min_version!.split('.')[0])).toBeGreaterThanOrEqual(121);
  });

  it('asks only for API permissions Firefox knows in Manifest V3, no host patterns among them', () => {
    for (const p of manifest.permissions ?? []) expect(FIREFOX_MV3_PERMISSIONS.has(p), p).toBe(true);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('states the data it sends to the server, as new Firefox add-ons must: the page read and its address', () => {
    const data = manifest.browser_specific_settings.gecko.data_collection_permissions;
    expect(data).toBeDefined();
    for (const kind of data!.required) expect(DATA_TYPES.has(kind), kind).toBe(true);
    expect(data!.required).toEqual(expect.arrayContaining(['websiteContent', 'browsingActivity']));
    expect(data!.required).not.toContain('none');
  });

  it('ships every file the manifest names', () => {
    expect(existsSync(join(dist, manifest.options_ui!.page))).toBe(true);
    expect(existsSync(join(dist, 'extract.js'))).toBe(true);
  });
});

describe('the extension API', () => {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  afterEach(() => {
    delete g.browser;
    delete g.chrome;
  });

  it('uses Firefox\'s browser.* where it exists, else Chromium\'s chrome.*', () => {
    const firefox = { name: 'browser' };
    const chromium = { name: 'chrome' };
    g.chrome = chromium;
    expect(extensionApi()).toBe(chromium);
    g.browser = firefox;
    expect(extensionApi()).toBe(firefox);
  });

  it('says so outside a browser extension', () => {
    expect(() => extensionApi()).toThrow('not running as a browser extension');
  });
});
