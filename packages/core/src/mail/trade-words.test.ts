import { describe, expect, it } from 'vitest';
import { withTradeWords } from './company-name';

// The trade's words before a name are read from the lines that can write the name; the rest are
// passed over unread, which must change no answer.
describe('trade words before a name', () => {
  it('reads them from a signature line that holds the longer name alone', () => {
    const text = 'Hallo Sam,\n\nwir melden uns nächste Woche.\n\nViele Grüße\nJo Brandt\nSeilerei Hanfwerk\nHafenstraße 4';
    expect(withTradeWords('Hanfwerk', text, 'Jo Brandt')).toBe('Seilerei Hanfwerk');
  });

  it('reads them where quotation marks sit inside the name on its line', () => {
    const text = 'Thanks for applying.\n\nKind regards,\nPat\nTaxidermie "Blue"Heron\n';
    expect(withTradeWords('BlueHeron', text, 'Pat')).toBe('Taxidermie BlueHeron');
  });

  it('reads them with a town after the name on the line, apart by a dash', () => {
    const text = 'Merci pour votre candidature.\n\nCordialement,\nCamille\nSavonnerie Lavande Bleue – Grenoble';
    expect(withTradeWords('Lavande Bleue', text, 'Camille')).toBe('Savonnerie Lavande Bleue');
  });

  it('reads them in running text after an article', () => {
    const text = 'Vielen Dank für Ihr Interesse an der Schwarzwälder Uhrenmanufaktur Kienle und Ihre Unterlagen.';
    expect(withTradeWords('Kienle', text, '')).toBe('Schwarzwälder Uhrenmanufaktur Kienle');
  });

  it('keeps the name as it is where the text never writes it', () => {
    const text = 'Gracias por tu candidatura.\n\nUn saludo,\nLucía\nEquipo de selección';
    expect(withTradeWords('Olivar Del Sur', text, 'Lucía')).toBe('Olivar Del Sur');
    expect(withTradeWords('Olivar', 'Nothing here but a long line without it, and a comma - and a dash | and a bar', '')).toBe('Olivar');
  });
});
