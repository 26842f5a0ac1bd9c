import { describe, expect, it } from 'vitest';
import { toolsFromContext } from './tool-context';
import { isToolCandidate } from './tool-words';

const ctx = (language: string) => ({ language, notTools: [] as string[] });

describe('toolsFromContext: the makers of workshop machines, vehicles and kilns', () => {
  it('reads a maker before looms, routers, kilns, welders, motors, temperers and material handlers', () => {
    expect(toolsFromContext('We run 20 Varnolt rapier looms on two shifts.', [], ctx('en'))).toEqual(['Varnolt']);
    expect(toolsFromContext('- Plan jobs on the Korrex and BTXA routers', [], ctx('en'))).toEqual(['Korrex', 'BTXA']);
    expect(toolsFromContext('- Fire the pieces in our Brennwell electric kilns', [], ctx('en'))).toEqual(['Brennwell']);
    expect(toolsFromContext('- Weld clasps on our Lumatig laser welder and finish on the Pollard motors', [], ctx('en'))).toEqual(['Lumatig', 'Pollard']);
    expect(toolsFromContext('- Keep the Hartig & Sohne mixers clean', [], ctx('en'))).toEqual(['Hartig & Sohne']);
  });
  it('names one maker for two of its models', () => {
    expect(toolsFromContext('- Run our Tempra Plus XL and Tempra Mini temperers', [], ctx('en'))).toEqual(['Tempra']);
  });
  it('reads the maker after a temperer, a truck or an aerial platform in French, Spanish and Dutch', () => {
    expect(toolsFromContext('- le tempérage en machine (tempéreuse Dorval Fréaux)', [], ctx('fr'))).toEqual(['Dorval Fréaux']);
    expect(toolsFromContext('Vous conduisez notre camion nacelle Hexlift chaque jour.', [], ctx('fr'))).toEqual(['Hexlift']);
    expect(toolsFromContext('- Temperado con la temperadora Cacao Maestro', [], ctx('es'))).toEqual(['Cacao Maestro']);
    expect(toolsFromContext('- je werkt vaak met onze hoogtewerker (Liftmaxx)', [], ctx('nl'))).toEqual(['Liftmaxx']);
  });
});

describe('toolsFromContext: a maker beside a noun of equipment', () => {
  it('reads the makers before engines, clippers, stretchers, changers and projectors, a word of use between', () => {
    expect(toolsFromContext('- Service our Kestrel and Morvane outboard engines every spring', [], ctx('en'))).toEqual(['Kestrel', 'Morvane']);
    expect(toolsFromContext('We groom with Brisca clippers and Tovell dryers.', [], ctx('en'))).toEqual(['Brisca', 'Tovell']);
    expect(toolsFromContext('- Patients are moved on Medvane stretchers and carry chairs', [], ctx('en'))).toEqual(['Medvane']);
    expect(toolsFromContext('- look after the kit: Pellaro tyre changers and balancers', [], ctx('en'))).toEqual(['Pellaro']);
    expect(toolsFromContext('- Set up the AV: Lumora projectors, Vexlo radio mics', [], ctx('en'))).toEqual(['Lumora', 'Vexlo']);
  });
  it('reads the maker after the noun of an engine, a stretcher, a clipper or a lift in the other four languages', () => {
    expect(toolsFromContext('- Entretien des moteurs Vantrel et des coques', [], ctx('fr'))).toEqual(['Vantrel']);
    expect(toolsFromContext('- Mantenimiento de motores Kelvara en la flota', [], ctx('es'))).toEqual(['Kelvara']);
    expect(toolsFromContext('- Movilización con camillas Ferval y silla oruga', [], ctx('es'))).toEqual(['Ferval']);
    expect(toolsFromContext('- Je werkt met hefbruggen van Kordam', [], ctx('nl'))).toEqual(['Kordam']);
    expect(toolsFromContext('- Je knipt met tondeuses Brisca', [], ctx('nl'))).toEqual(['Brisca']);
    expect(toolsFromContext('- Wartung der Motoren von Brakstad und der Getriebe', [], ctx('de'))).toEqual(['Brakstad']);
  });
  it('takes no name before a machine noun that qualifies another noun, nor before one boiler', () => {
    expect(toolsFromContext('- Keep the Halvern engine bay clean and logged', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('You will book Tarrow crane hire for each lift.', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Walk the Dunmore boiler house at the start of each shift', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Check the Kelvane boiler and log its pressure', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Keep the Halvern engine running and the Tarrow crane serviced', [], ctx('en'))).toEqual(['Halvern', 'Tarrow']);
    expect(toolsFromContext('- Service Veltra and Morcombe boilers across the estate', [], ctx('en'))).toEqual(['Morcombe']);
    expect(toolsFromContext('Experience with Veltra and Morcombe boilers is a plus.', [], ctx('en'))).toEqual(['Veltra', 'Morcombe']);
  });
  it('takes no verb that opens a duty and no kind of kit for a maker', () => {
    expect(toolsFromContext('- Check tyre changers daily', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Watch sorter performance and no-reads', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('Service forklifts weekly. Inspect loaders before use.', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Keep the First Aid kit stocked', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Restock the vans before the morning engines start', [], ctx('en'))).toEqual([]);
  });
});

describe('isToolCandidate: a count before a name', () => {
  it('takes a number before a capitalised word for a count or an area, in five languages', () => {
    for (const [l, n] of [['en', '3 Valleys'], ['fr', '4 Vallées'], ['de', '5 Seen'], ['es', '7 Picos'], ['nl', '12 Dorpen']] as const) {
      expect(isToolCandidate(n, `- Lift pass for ${n}, Excel`, new Set(['excel']), ctx(l), false)).toBe(false);
    }
  });
  it('keeps a product written with its number after it', () => {
    expect(isToolCandidate('Sage 50', '- Sage 50, Excel', new Set(['excel']), ctx('en'), false)).toBe(true);
  });
});

describe('toolsFromContext: a person one talks with', () => {
  it('takes the name after a conversation or an interview "with" for a person, in five languages', () => {
    expect(toolsFromContext("If it suits you, I'll set up an interview with Martin.", [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('Second round: a technical conversation with Maeve and an engineer.', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('Danach folgt ein kurzes Gespräch mit Jonas.', [], ctx('de'))).toEqual([]);
    expect(toolsFromContext('Ensuite, un entretien avec Claire.', [], ctx('fr'))).toEqual([]);
    expect(toolsFromContext('Después tendrás una entrevista con Lucía.', [], ctx('es'))).toEqual([]);
    expect(toolsFromContext('Daarna volgt een gesprek met Sanne.', [], ctx('nl'))).toEqual([]);
  });
  it('still reads the system a task is done in', () => {
    expect(toolsFromContext('You will log every defect in Fleetwave.', [], ctx('en'))).toEqual(['Fleetwave']);
    expect(toolsFromContext('Je plant de diensten in Rosterly.', [], ctx('nl'))).toEqual(['Rosterly']);
  });
});
