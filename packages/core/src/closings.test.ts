import { describe, expect, it } from 'vitest';
import { SALUTATION } from './listing/chrome';
import { isPlaceName } from './listing/place-name';
import { isPlaceName as isPlaceNameOfTools } from './listing/tool-place';
import { noteLayout } from './notes/layout';

// One list of closing words, read by the listing's chrome and by a note's layout: a closing either
// reader knew is known to both.
describe('the shared closing words', () => {
  it('a line that is only a closing is chrome to the listing reader, in every language the list has', () => {
    for (const line of ['Kind regards,', 'Mit freundlichen Grüßen', 'Met vriendelijke groet', 'Bien cordialement,', 'Un saludo', 'Warmly,', 'Take care', 'Amicalement,', 'Mit freundlichen Gruessen', 'Saluti']) {
      expect(SALUTATION.test(line), line).toBe(true);
    }
    for (const line of ['Senior Account Manager', 'Regards Analyst', 'Sales Director, EMEA']) expect(SALUTATION.test(line), line).toBe(false);
  });

  it("a note's sign-off starts at any closing of the list, in every language", () => {
    for (const closing of ['Best regards,', 'Atentamente,', 'Met vriendelijke groet,', 'Cordialmente,', 'Mit besten Grüßen', 'Muchas gracias,']) {
      const text = `Dear Ana,\n\nThank you for the conversation on Tuesday about the pricing work.\n\n${closing}\nKit Quarrendon\n`;
      const layout = noteLayout(text);
      expect(text.slice(layout.signatureStart), closing).toBe(`${closing}\nKit Quarrendon\n`);
    }
  });
});

describe('isPlaceName in its own module', () => {
  it('answers as the tools reader does, which reads the same function', () => {
    expect(isPlaceNameOfTools).toBe(isPlaceName);
    expect(isPlaceName('Amersfoort')).toBe(true);
    expect(isPlaceName('Rüsselsheim', 'de')).toBe(true);
    expect(isPlaceName('Kubernetes')).toBe(false);
  });
});
