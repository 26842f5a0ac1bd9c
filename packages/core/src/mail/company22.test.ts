// Sentences written for these tests (none from bench/data/mail): a go-between (a job board, a
// reference service, an alert service) writing in its own name about an application to another
// organisation, in the five languages, and a domain with its country glued on.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

describe('the employer behind a go-between’s notice', () => {
  it('is the organisation that acted on the application', () => {
    expect(companyFromSender('Refwise', 'notify@refwise.io', 'Hello Sam,\n\nHarlow Fabrication has asked Refwise to gather two references for your application.\n\nThe Refwise team')).toBe('Harlow Fabrication');
    expect(companyFromSender('Stellenfuchs', 'info@stellenfuchs.de', 'Hallo Sam,\n\nKessler Maschinenbau hat Ihre Bewerbung angesehen.\n\nIhr Stellenfuchs-Team')).toBe('Kessler Maschinenbau');
    expect(companyFromSender('Emploi Flash', 'alertes@emploiflash.fr', 'Bonjour Sam,\n\nBoulangerie Marchal a consulté votre candidature.\n\nEmploi Flash')).toBe('Boulangerie Marchal');
    expect(companyFromSender('Portal Curro', 'avisos@portalcurro.es', 'Hola Sam:\n\nLa empresa Transportes Ibarra ha actualizado el estado de tu candidatura.\n\nPortal Curro')).toBe('Transportes Ibarra');
    expect(companyFromSender('Vacaturewijzer', 'meldingen@vacaturewijzer.nl', 'Hoi Sam,\n\nBouwbedrijf Kuipers heeft je sollicitatie bekeken.\n\nVacaturewijzer')).toBe('Bouwbedrijf Kuipers');
  });

  it('is where the application went, as the notice says it', () => {
    expect(companyFromSender('Jobpilotin', 'service@jobpilotin.de', 'Hallo Sam,\n\nIhre Bewerbung als Elektroniker (m/w/d) bei Lindner Haustechnik wurde gelesen.\n\nIhr Jobpilotin-Team')).toBe('Lindner Haustechnik');
  });

  it('leaves an employer writing about an application to itself as the sender', () => {
    expect(companyFromSender('Harlow Fabrication', 'jobs@harlowfab.co.uk', 'Hello Sam,\n\nThank you for your application for Welder at Harlow Fabrication Ltd.\n\nHarlow Fabrication')).toBe('Harlow Fabrication');
  });
});

describe('a domain with its country glued on', () => {
  it('spells the name the text writes without the country', () => {
    expect(companyFromSender('Careers', 'careers@kestrelwaterau.org', 'Hi Sam,\n\nThanks for applying.\n\nRecruitment\nKestrel Water | Perth')).toBe('Kestrel Water');
  });
});
