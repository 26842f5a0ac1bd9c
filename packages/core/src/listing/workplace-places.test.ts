import { describe, expect, it } from 'vitest';
import { detectWorkplace } from './workplace';

describe('detectWorkplace: the lorry a driver drives is where the work happens', () => {
  it('reads a driving job as on site, in five languages', () => {
    expect(detectWorkplace('CDL-A Regional Truck Driver\n\nHome weekends! Haul dry van freight across the Southeast.')).toBe('onsite');
    expect(detectWorkplace('LKW-Fahrer (m/w/d) im Nahverkehr\n\nDu fährst Touren mit dem Sattelzug.')).toBe('onsite');
    expect(detectWorkplace('Chauffeur poids lourd\n\nVous livrez nos clients avec un semi-remorque.')).toBe('onsite');
    expect(detectWorkplace('Conductor de camión\n\nRealizarás rutas nacionales con tráiler.')).toBe('onsite');
    expect(detectWorkplace('Vrachtwagenchauffeur\n\nJe rijdt dagelijks met de vrachtwagen door de Benelux.')).toBe('onsite');
  });
});

describe('detectWorkplace: a week that combines home and the office, said in one sentence', () => {
  it('reads combining or alternating both places as hybrid, in four languages', () => {
    expect(detectWorkplace('Du arbeitest teils im Homeoffice, teils bei uns im Büro in Köln.')).toBe('hybrid');
    expect(detectWorkplace('Combinarás teletrabajo con días en nuestra oficina de Madrid.')).toBe('hybrid');
    expect(detectWorkplace('Vous alternez télétravail et présence au bureau.')).toBe('hybrid');
    expect(detectWorkplace('You get a mix of home and office working.')).toBe('hybrid');
  });

  it('still reads remote offered instead of the office as remote', () => {
    expect(detectWorkplace('Remote within Germany or at our Berlin office.')).toBe('remote');
  });
});
