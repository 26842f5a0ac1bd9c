import { describe, expect, it } from 'vitest';
import { dropEmployerBusiness, stripSegmentKind } from './title-shape';

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
