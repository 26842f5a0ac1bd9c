import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from './upload';

describe('safeFileName', () => {
  it('keeps an ordinary name and the last segment of a path', () => {
    expect(safeFileName('twitter-2024-01-01-abc.zip')).toBe('twitter-2024-01-01-abc.zip');
    expect(safeFileName('../../etc/tweets.js')).toBe('tweets.js');
    expect(safeFileName('C:\\Users\\me\\Shares.csv')).toBe('Shares.csv');
    expect(safeFileName('..')).toBe('upload.bin');
    expect(safeFileName(undefined, 'export.zip')).toBe('export.zip');
    expect(safeFileName(`${'a'.repeat(300)}.zip`)).toMatch(/^a{116}\.zip$/);
  });

  it('never gives a name that leaves the folder, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (name) => {
        const out = safeFileName(name);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThanOrEqual(120);
        expect(out).not.toMatch(/[\\/\u0000]/);
        expect(['.', '..']).not.toContain(out);
      }),
    );
  });
});
