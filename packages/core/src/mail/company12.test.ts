// Sentences written for these tests (none from bench/data/mail): a trading name whose first noun
// (a winery, a bureau) is not in the sender's domain.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

describe('the employer named around the domain', () => {
  it('keeps the organisation noun before the name the domain spells', () => {
    expect(companyFromSender('Rosa Lagos', 'rlagos@altomaipo.cl', 'Hola Alex,\n\nTe esperamos.\n\nRosa Lagos\nViña Alto Maipo')).toBe('Viña Alto Maipo');
    expect(companyFromSender('Joris Veld', 'joris@veldlicht.nl', 'Hoi Alex,\n\nSucces!\n\nJoris\nBureau Veldlicht')).toBe('Bureau Veldlicht');
    expect(companyFromSender('Anna Roth', 'a.roth@rothberg.de', 'Hallo Alex,\n\nbis bald!\n\nAnna Roth\nWeingut Rothberg')).toBe('Weingut Rothberg');
  });
});
