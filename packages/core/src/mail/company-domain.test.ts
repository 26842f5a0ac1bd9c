// The stem of a sender's domain: the organisation's own label, before a country's second level and
// past a name reserved for documentation and tests (RFC 2606), which no organisation owns.
import { describe, expect, it } from 'vitest';
import { stem } from './company-domain';
import { companyFromSender } from './company';

describe('the stem of a domain', () => {
  it.each([
    ['jobs.kestrelmill.de', 'kestrelmill'],
    ['kestrelmill.co.uk', 'kestrelmill'],
    ['mail.harbourtrust.org.au', 'harbourtrust'],
    ['kestrelmill.example.de', 'kestrelmill'],
    ['hr.kestrelmill.example.co.uk', 'kestrelmill'],
    ['werving.dijkland.test.nl', 'dijkland'],
    ['stellen-portal.example', 'stellen-portal'],
    ['example.net', 'example'],
  ])('%s → %s', (domain, want) => expect(stem(domain)).toBe(want));
});

describe('a reserved name in the domain is never the employer', () => {
  it.each([
    ['Marta Ruiz', 'marta@bodegasalcaraz.example.es', 'Hola Alex:\n\nGracias por tu candidatura. Te escribiremos pronto.\n\nMarta Ruiz\nBodegas Alcaraz\n', 'Bodegas Alcaraz'],
    ['Jens Olsen', 'jens@kestrelmill.example.co.uk', 'Dear Alex,\n\nThank you for applying.\n\nJens Olsen\nKestrel Mill\n', 'Kestrel Mill'],
  ])('%s <%s>', (name, address, text, want) => expect(companyFromSender(name, address, text)).toBe(want));
});
