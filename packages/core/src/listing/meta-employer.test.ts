import { describe, expect, it } from 'vitest';
import { stripSegmentKind } from './title-shape';
import { dropEmployerBusiness } from './title-business';

// A segment after a dash, a bar or a comma that names the employer or its kind of business goes;
// one that says what the person does stays.
describe('the employer or its business after the title', () => {
  it("goes when every word of it is in the employer's name, in the five languages", () => {
    expect(dropEmployerBusiness('Customer Service Team Leader – Energy', 'Brightwave Energy Ltd', '')).toBe('Customer Service Team Leader');
    expect(dropEmployerBusiness('Kfz-Mechatroniker – Autohaus Brenner', 'Autohaus Brenner GmbH', '')).toBe('Kfz-Mechatroniker');
    expect(dropEmployerBusiness('Conseiller clientèle – Assurances', 'Mutuelle Bretonne Assurances', '')).toBe('Conseiller clientèle');
    expect(dropEmployerBusiness('Recepcionista | Clinica Dental', 'Clínica Dental Sonrisa S.L.', '')).toBe('Recepcionista');
    expect(dropEmployerBusiness('Teamleider Klantenservice – Energie', 'Windkracht Energie', '')).toBe('Teamleider Klantenservice');
  });

  it('goes when the listing describes the employer as one, in the five languages', () => {
    expect(dropEmployerBusiness('FURNACE MANAGER – CONTAINER GLASS', 'Halden Technical Recruitment', 'We are working with a leading container glass manufacturer on a key appointment.')).toBe('FURNACE MANAGER');
    expect(dropEmployerBusiness('Disponent – Logistik', 'Brandt & Söhne', 'Wir sind ein inhabergeführtes Logistik-Unternehmen aus Kassel.')).toBe('Disponent');
    expect(dropEmployerBusiness('Chef de quai – Transport frigorifique', 'Groupe Morel', 'Morel est une entreprise de transport frigorifique de 400 salariés.')).toBe('Chef de quai');
    expect(dropEmployerBusiness('Jefe de turno - Envases de vidrio', 'Vidriera del Sur S.A.', 'Somos un fabricante de envases de vidrio con tres plantas en Andalucía.')).toBe('Jefe de turno');
    expect(dropEmployerBusiness('Planner – Zuivel', 'Coöperatie NoordMelk U.A.', 'NoordMelk is een producent van zuivel uit Friesland.')).toBe('Planner');
  });

  it('stays when it says what the person does', () => {
    expect(dropEmployerBusiness('Account Manager – Hospitality Linen', 'Fairwash Linen Services', 'Fairwash rents, washes and delivers table linen to 600 hotels.')).toBe('Account Manager – Hospitality Linen');
    expect(dropEmployerBusiness('Claims Team Manager – Motor', 'Halden Mutual Insurance', 'Halden is a mutual insurance company. You lead our motor claims team.')).toBe('Claims Team Manager – Motor');
    expect(dropEmployerBusiness('Kfz-Mechatroniker – Nutzfahrzeuge', 'Autohaus Brenner GmbH', 'Das Autohaus Brenner ist ein Händler für Pkw und Nutzfahrzeuge.')).toBe('Kfz-Mechatroniker – Nutzfahrzeuge');
    expect(dropEmployerBusiness('Teamleiter – Schichtleitung Lager', 'Lager Nord GmbH', '')).toBe('Teamleiter – Schichtleitung Lager');
  });
});

describe('a place after the title written in capitals', () => {
  it('goes like one written as the place list writes it', () => {
    expect(stripSegmentKind('DIRECTOR/A DE TANATORIO – JAÉN')).toBe('DIRECTOR/A DE TANATORIO');
    expect(stripSegmentKind('STORE MANAGER – BRISTOL')).toBe('STORE MANAGER');
    expect(stripSegmentKind('TEAM LEAD – PAYMENTS')).toBe('TEAM LEAD – PAYMENTS');
  });
});

describe("the employer's site or business in brackets, after 'im', or as the listing says it is", () => {
  it("goes in brackets when it is a word of the employer's name, and the hours before it go too", () => {
    expect(dropEmployerBusiness('Ploegleider Inpak (Bakkerij)', 'Bakkerij De Korenschoof B.V.', '')).toBe('Ploegleider Inpak');
    expect(dropEmployerBusiness('Schichtleiter Versand (Nachtschicht) – Großwäscherei', 'Wäscherei Hansa GmbH', 'Wir sind eine Großwäscherei für Kliniken und Hotels.')).toBe('Schichtleiter Versand');
    expect(dropEmployerBusiness('Responsable de production (Scierie)', 'Scierie du Haut-Doubs', '')).toBe('Responsable de production');
  });

  it('goes when the listing says the employer is one, runs one, or works in its own one, in the five languages', () => {
    expect(dropEmployerBusiness('Maintenance Fitter (Brickworks)', 'Ashdown Clay Products Ltd', 'Ashdown is one of the oldest family-owned brickworks in Sussex.')).toBe('Maintenance Fitter');
    expect(dropEmployerBusiness('Schichtführer – Kompostwerk', 'Grünkreis Entsorgung GmbH', 'Grünkreis betreibt das Kompostwerk des Landkreises seit 1998.')).toBe('Schichtführer');
    expect(dropEmployerBusiness('Chef de quai – Plateforme logistique', 'Transports Morel', 'Vous travaillerez dans notre plateforme logistique de Rennes.')).toBe('Chef de quai');
    expect(dropEmployerBusiness('Jefe/a de turno – Almazara', 'Olivares del Sur S.C.A.', 'Somos una almazara de Jaén con 900 socios.')).toBe('Jefe/a de turno');
    expect(dropEmployerBusiness('Ploegleider – Slachterij', 'Van Dijk Vlees B.V.', 'Wij zijn een slachterij in het oosten van het land.')).toBe('Ploegleider');
    expect(dropEmployerBusiness('Bürovorsteher (m/w/d) im Notariat', 'Dr. Albers & Kollegen', 'Wir sind ein Notariat mit zwei Notaren.')).toBe('Bürovorsteher (m/w/d)');
  });

  it("goes as a compound ending in a word of the employer's name", () => {
    expect(dropEmployerBusiness('Imker in der Erwerbsimkerei', 'Imkerei Sonnenhang eG', '')).toBe('Imker');
  });

  it('stays when it is a unit, a specialty or a service of the role, or the listing only names it in passing', () => {
    expect(dropEmployerBusiness('Ward Manager - Acute Medical Unit', 'Northfield NHS Trust', 'You will lead our busy 32-bedded Acute Medical Unit (AMU).')).toBe('Ward Manager - Acute Medical Unit');
    expect(dropEmployerBusiness('Tierpfleger – Raubtiere', 'Zoo Lindenau', 'Du versorgst unsere Raubtiere.')).toBe('Tierpfleger – Raubtiere');
    expect(dropEmployerBusiness('Justizvollzugsbeamter im allgemeinen Vollzugsdienst', 'Justizvollzugsanstalt Kaltenbach', 'Die JVA Kaltenbach ist eine Anstalt des geschlossenen Vollzugs.')).toBe('Justizvollzugsbeamter im allgemeinen Vollzugsdienst');
    expect(dropEmployerBusiness('Soigneur animalier – Secteur Carnivores', 'Parc zoologique de Lunaret', 'Le parc est un zoo municipal.')).toBe('Soigneur animalier – Secteur Carnivores');
    expect(dropEmployerBusiness('Backend Developer (Python)', 'Acme', 'We are a Python shop.')).toBe('Backend Developer (Python)');
    expect(dropEmployerBusiness('Verpleegkundige (Nachtdienst)', 'Zorggroep Oost', '')).toBe('Verpleegkundige (Nachtdienst)');
    expect(dropEmployerBusiness('Kfz-Mechatroniker – Nutzfahrzeuge', 'Autohaus Brenner GmbH', 'Das Autohaus Brenner ist ein Händler für Pkw und Nutzfahrzeuge.')).toBe('Kfz-Mechatroniker – Nutzfahrzeuge');
  });
});
