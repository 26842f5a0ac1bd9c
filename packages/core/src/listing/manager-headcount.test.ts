import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const leads = (body: string): boolean => callManagerRole('Werkstattmitarbeiter', body).isManagerRole;

describe('callManagerRole: the people led, named with their headcount in brackets', () => {
  it('reads a verb of leading whose object is people counted in brackets, maybe rounded, in five languages', () => {
    expect(leads('Sie führen die Monteur:innen der Frühschicht (ca. 10–14 Personen) an.')).toBe(true);
    expect(leads('Du leitest die Fahrer*innen im Nahverkehr (etwa 9 Beschäftigte).')).toBe(true);
    expect(leads('You will lead the porters on the night shift (about 8 people).')).toBe(true);
    expect(leads('Vous dirigez les caristes du quai (env. 10 personnes).')).toBe(true);
    expect(leads('Dirigirás a los camareros de sala (unos 6 empleados).')).toBe(true);
    expect(leads('Je geeft leiding aan de monteurs van de buitendienst (ong. 9 man).')).toBe(true);
  });

  it('leaves people worked beside, a count of things, and someone else’s staff alone', () => {
    expect(leads('Sie arbeiten mit den Monteur:innen der Frühschicht (ca. 10–14 Personen) zusammen.')).toBe(false);
    expect(leads('You will support the porters on the night shift (about 8 people).')).toBe(false);
    expect(leads('Vous gérez les commandes du quai (env. 10 palettes).')).toBe(false);
    expect(leads('Trabajarás con los camareros de sala (unos 6 empleados).')).toBe(false);
    expect(leads('Je werkt samen met de monteurs van de buitendienst (ong. 9 man).')).toBe(false);
  });
});
