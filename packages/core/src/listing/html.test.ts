import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';

describe('htmlToText', () => {
  it('keeps links written side by side apart, and a link inside a sentence in it', () => {
    const menu = '<div><h4>Standorte</h4><a href="/l">Leipzig</a><a href="/d">Dresden</a><a href="/e">Erfurt</a></div>';
    expect(htmlToText(menu).text).toBe('Standorte\n\nLeipzig · Dresden · Erfurt');
    expect(htmlToText('<p>Apply <a href="/j">here</a> or by e-mail: see <a href="/a">our page</a>.</p>').text).toBe('Apply here or by e-mail: see our page.');
    expect(htmlToText('<p><b>Ja</b>va and <a href="/x">Sp</a>ring</p>').text).toBe('Java and Spring');
  });
});
