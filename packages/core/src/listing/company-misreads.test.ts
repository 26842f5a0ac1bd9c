import { describe, expect, it } from 'vitest';
import { isLinkLabel } from './chrome';
import { companyFromCopyright, companyFromLine, companyFromProse } from './company';
import { chooseCompany, siteNames } from './company-choice';
import { tradeNameWithForm, withoutBranchTown } from './company-words';

// Names the company's readers see that are never the employer by what they are (a button on the
// advert, a careers link's words, a sentence's impersonal subject), and a firm's name whose last
// word is its trade, which is still a name when its legal form follows.
describe('a button that acts on the advert is a link, not a name', () => {
  it('reports, saves, shares or prints the advert, in the five languages', () => {
    for (const label of ['Report this job', 'Save job', 'Share listing', 'Signaler cette offre', "Enregistrer l'annonce", 'Denunciar anuncio', 'Compartir esta oferta', 'Stellenanzeige melden', 'Diese Stelle merken', 'Job teilen', 'Vacature melden', 'Deze vacature bewaren', 'Deel deze vacature']) {
      expect(isLinkLabel(label)).toBe(true);
    }
  });

  it('leaves a reporting line, a firm and a heading that speak of the advert', () => {
    for (const name of ['Reports to the Head of Finance', 'Print Shop Ltd', 'Anzeigenblatt Nord', 'Offre de stage', 'Oferta Hogar', 'Vacature Brouwer', 'Deel Vacaturegroep']) {
      expect(isLinkLabel(name)).toBe(false);
    }
  });

  it('is set aside so the next name is chosen, and so are a careers link\'s words alone', () => {
    expect(chooseCompany([{ name: 'Flag this job', source: 'aboveTitle' }, { name: 'Kestrel Plastics', source: 'underTitle' }], '')).toBe('Kestrel Plastics');
    expect(chooseCompany([{ name: 'Anzeige melden', source: 'aboveTitle' }, { name: 'Hafenbäckerei Lüders', source: 'underTitle' }], '')).toBe('Hafenbäckerei Lüders');
    expect(chooseCompany([{ name: 'Partager l’offre', source: 'aboveTitle' }, { name: 'Fromagerie Bréval', source: 'prose' }], '')).toBe('Fromagerie Bréval');
    expect(chooseCompany([{ name: 'Guardar oferta', source: 'aboveTitle' }, { name: 'Ciclos Norte', source: 'prose' }], '')).toBe('Ciclos Norte');
    expect(chooseCompany([{ name: 'Werken bij', source: 'crumb' }, { name: 'Gemeente Oosterlaan', source: 'aboveTitle' }], '')).toBe('Gemeente Oosterlaan');
    expect(chooseCompany([{ name: 'Karriere bei', source: 'crumb' }, { name: 'Stadtwerke Uelzen', source: 'aboveTitle' }], '')).toBe('Stadtwerke Uelzen');
    // A careers link with the name after it is still that name's.
    expect(chooseCompany([{ name: 'Werken bij Polderwerk', source: 'crumb' }], '')).toBe('Werken bij Polderwerk');
  });
});

describe("a sentence's impersonal subject is no name", () => {
  it('is not taken from a hiring sentence, in the five languages', () => {
    expect(companyFromProse('Se busca mecánico de bicicletas para taller en Huesca.')).toBeNull();
    expect(companyFromProse('Man sucht eine Fachkraft für die Backstube in Celle.')).toBeNull();
    expect(companyFromProse('On recherche un boulanger pour une boutique à Vannes.')).toBeNull();
    expect(companyFromProse('Men zoekt een bakker voor de nachtploeg in Tiel.')).toBeNull();
    expect(companyFromProse('One seeks a baker for a family bakery in Ludlow.')).toBeNull();
  });

  it('leaves a name that opens a hiring sentence', () => {
    expect(companyFromProse('Ciclos Norte busca mecánico de bicicletas para su taller.')).toBe('Ciclos Norte');
    expect(companyFromProse('Hafenbäckerei Lüders sucht eine Fachkraft für die Backstube.')).toBe('Hafenbäckerei Lüders');
    expect(companyFromProse('MAN is a maker of trucks and buses.')).toBe('MAN');
  });
});

describe("a firm's name whose last word is its trade, with its legal form", () => {
  it('is a name under the title, in the five languages', () => {
    for (const line of ['Pulso Consultora S.R.L.', 'Minas del Norte Operadora, S.A. de C.V.', 'Nordlicht Berater GmbH', 'Atelier Lumière Architectes SARL', 'Brandwacht Noord Monteurs B.V.', 'Kestrel Engineers Ltd']) {
      expect(tradeNameWithForm(line)).toBe(true);
      expect(companyFromLine(line, line)).toEqual({ name: line, strong: true });
    }
  });

  it('leaves a title before a name, one joined by a preposition, and a trade word without a legal form', () => {
    for (const line of ['Software Engineer Acme GmbH', 'Consultor para Acme S.L.', 'Senior Consultant Kestrel Ltd', 'Monteur bei Nordlicht GmbH', 'Technicien chez Lumière SARL', 'Pulso Consultora']) {
      expect(tradeNameWithForm(line)).toBe(false);
    }
    expect(companyFromLine('Software Engineer Acme GmbH', '')).toBeNull();
  });
});

describe("the site around a listing is no employer", () => {
  it('is named by its account menu, in the five languages', () => {
    expect(siteNames('Find jobs | My Jobhaven | Sign in')).toEqual(['Jobhaven']);
    expect(siteNames('Stellensuche | Merkliste | Mein Amtsportal | Hilfe')).toEqual(['Amtsportal']);
    expect(siteNames('Offres   Mon Emploi Ouest   Aide')).toEqual(['Emploi Ouest']);
    expect(siteNames('Ofertas · Mi Trabajo Sur · Ayuda')).toEqual(['Trabajo Sur']);
    expect(siteNames('Vacatures | Mijn Werkplein | Inloggen')).toEqual(['Werkplein']);
    const portal = 'Stellensuche | Mein Amtsportal | Hilfe\nBewerben Sie sich über Amtsportal.';
    expect(chooseCompany([{ name: 'Amtsportal', source: 'prose' }, { name: 'Stadtwerke Uelzen', source: 'legalLine' }], portal)).toBe('Stadtwerke Uelzen');
  });

  it('leaves a menu item in lower case and a sentence that opens with the word', () => {
    expect(siteNames('Jobs | Mon espace | Mein Konto')).toEqual(['Konto']);
    expect(siteNames('My Little Bakery is a family bakery in Ludlow.\nMi Casa Verde cultiva tomates.\nMijn Bakker bakt elke nacht.')).toEqual([]);
  });

  it("reads a footer's copyright owner up to the wide gap before its links", () => {
    expect(companyFromCopyright('© 2026 Jobhaven   Accessibility at Jobhaven   Terms')).toBe('Jobhaven');
    expect(companyFromCopyright('© 2026 Kestrel Plastics Ltd · Halesfield')).toBe('Kestrel Plastics Ltd');
    expect(companyFromCopyright('© 2026 Fromagerie Bréval\tMentions légales')).toBe('Fromagerie Bréval');
  });
});

describe("a brand's name with its branch's town", () => {
  it('is the brand, in the five languages', () => {
    expect(withoutBranchTown('JumpZone Eindhoven')).toBe('JumpZone');
    expect(withoutBranchTown('KFC Utrecht')).toBe('KFC');
    expect(withoutBranchTown('BrewDog Manchester')).toBe('BrewDog');
    expect(withoutBranchTown('FitX Hamburg')).toBe('FitX');
    expect(withoutBranchTown('Fit4Life Sevilla')).toBe('Fit4Life');
    expect(withoutBranchTown('IKEA Lyon')).toBe('IKEA');
  });

  it("leaves a name of ordinary words with its town, a name with a legal form, a subsidiary's country and a name without a town", () => {
    expect(withoutBranchTown('Stadtwerke Uelzen')).toBe('Stadtwerke Uelzen');
    expect(withoutBranchTown('Gemeente Heerveld')).toBe('Gemeente Heerveld');
    expect(withoutBranchTown('Pharmacie Lyon')).toBe('Pharmacie Lyon');
    expect(withoutBranchTown('Taller Sevilla')).toBe('Taller Sevilla');
    expect(withoutBranchTown('DHL Supply')).toBe('DHL Supply');
    expect(withoutBranchTown('BASF SE')).toBe('BASF SE');
    expect(withoutBranchTown('ParcelXpress Nederland')).toBe('ParcelXpress Nederland');
    expect(withoutBranchTown('IKEA Deutschland')).toBe('IKEA Deutschland');
    expect(withoutBranchTown('KFC España')).toBe('KFC España');
  });
});
