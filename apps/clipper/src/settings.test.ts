import { describe, expect, it } from 'vitest';
import { normalizeServerUrl } from './settings';

describe('normalizeServerUrl', () => {
  it('takes the address as people type it', () => {
    expect(normalizeServerUrl('127.0.0.1:4870')).toBe('http://127.0.0.1:4870');
    expect(normalizeServerUrl(' http://127.0.0.1:4870/ ')).toBe('http://127.0.0.1:4870');
    expect(normalizeServerUrl('https://Jobs.Example.org/app/')).toBe('https://jobs.example.org/app');
  });

  it('refuses what is not an http(s) address', () => {
    expect(normalizeServerUrl('')).toBeNull();
    expect(normalizeServerUrl('ftp://example.org')).toBeNull();
    expect(normalizeServerUrl('http://')).toBeNull();
  });
});
