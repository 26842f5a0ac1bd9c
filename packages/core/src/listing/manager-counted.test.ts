import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const leads = (body: string, title = 'Werkstattmitarbeiter'): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: a German compound of a group and "-führer"', () => {
  it('reads a group led before "-führer" as a leader’s title, with any prefix', () => {
    expect(leads('', 'Vermessungstruppführer (m/w/d)')).toBe(true);
    expect(leads('', 'Kolonnenführerin Tiefbau')).toBe(true);
    expect(leads('', 'Bauführer Hochbau (m/w/d)')).toBe(true);
    expect(leads('', 'Teamführer Logistik')).toBe(true);
  });

  it('leaves a machine or a vehicle driven, and someone who reports to such a leader', () => {
    expect(leads('', 'Kranführer (m/w/d)')).toBe(false);
    expect(leads('', 'Staplerführerin im Wareneingang')).toBe(false);
    expect(leads('', 'Fahrzeugführer Klasse CE')).toBe(false);
    expect(leads('', 'Maschinenführer Spritzguss')).toBe(false);
    expect(leads('Sie berichten an den Kolonnenführer und arbeiten im Gleisbau mit.', 'Gleisbauer (m/w/d)')).toBe(false);
  });
});

describe('callManagerRole: the superior of counted people', () => {
  it('reads the role named superior of counted people, in either order, in four languages', () => {
    expect(leads('Sie sind die direkte Vorgesetzte von drei Köchinnen und einem Lehrling.')).toBe(true);
    expect(leads('Du bist für die vier Monteure der unmittelbare Vorgesetzte.')).toBe(true);
    expect(leads('You will be the line manager of two fitters and an apprentice.')).toBe(true);
    expect(leads('Je bent de directe leidinggevende van vijf schilders.')).toBe(true);
    expect(leads('Vous serez le supérieur hiérarchique de six agents.')).toBe(true);
  });

  it('leaves a superior of things, and the reader’s own superior', () => {
    expect(leads('Sie sind die Vorgesetzte von drei Standorten.')).toBe(false);
    expect(leads('Your line manager looks after two teams.')).toBe(false);
    expect(leads('You will be reporting to the supervisor of two crews.')).toBe(false);
  });
});

describe('callManagerRole: a unit run with counted people', () => {
  it('reads a verb of leading, a unit, and the counted people it has', () => {
    expect(leads('Als Meisterin leiten Sie die Bäckerei mit sechs Gesellen und zwei Azubis.')).toBe(true);
    expect(leads('Sie leiten einen Trupp mit einem bis zwei Helfern.')).toBe(true);
    expect(leads('You will manage the dairy with five milkers.')).toBe(true);
    expect(leads('Je leidt de keuken met vier koks.')).toBe(true);
  });

  it('leaves a unit counted in things, and a class, a course or a tour with its pupils or guests', () => {
    expect(leads('Sie leiten die Station mit 24 Betten fachlich mit.', 'Pflegefachkraft')).toBe(false);
    expect(leads('You will manage the workshop with two machines.', 'Joiner')).toBe(false);
    expect(leads('Du leitest den Yogakurs mit zwölf Teilnehmenden.', 'Yogalehrerin')).toBe(false);
    expect(leads('You will lead the walking tour with twenty guests.', 'Guide')).toBe(false);
  });
});

describe('callManagerRole: a separable verb round counted people', () => {
  it('reads Dutch and German verbs whose parts hold counted people', () => {
    expect(leads('In de bakkerij stuur je drie bakkers en een stagiair aan.')).toBe(true);
    expect(leads('Je stuurt op de bouwplaats vier timmerlieden aan.')).toBe(true);
    expect(leads('In der Werkstatt leitest du zwei Gesellen und einen Azubi an.')).toBe(true);
  });

  it('leaves a verb that steers things', () => {
    expect(leads('Je stuurt op de bouwplaats twee kranen aan.', 'Timmerman')).toBe(false);
  });
});

describe('callManagerRole: a line counting the team and its members', () => {
  it('reads a line that counts the team and goes on to count who is in it', () => {
    expect(leads('Headline\n- Team of 9: three cooks, four porters and two drivers', 'Kitchen role')).toBe(true);
  });

  it('leaves a team counted without its members, and a count of things', () => {
    expect(leads('Headline\n- Team of 9, friendly and busy', 'Cook')).toBe(false);
    expect(leads('Headline\n- Team of 9: 3 days a week in the office', 'Cook')).toBe(false);
  });
});

describe('callManagerRole: a manager title for someone who works alone', () => {
  it('reads working alone against a title alone, in the five languages', () => {
    expect(leads('You would work alone on most days; the owners cover weekends.', 'Stable Yard Manager')).toBe(false);
    expect(leads('You will work alone with support from the team lead.', 'Site Manager')).toBe(false);
    expect(leads('Sie arbeiten meist allein auf dem Hof.', 'Hofmanager (m/w/d)')).toBe(false);
    expect(leads('Je werkt alleen, de eigenaar komt in het weekend.', 'Campingmanager')).toBe(false);
  });

  it('still reads a manager whose body leads people, and "alleen" meaning "only"', () => {
    expect(leads('You will lead a team of 6 grooms, and at night you work alone.', 'Yard Manager')).toBe(true);
    expect(leads('Je werkt alleen op maandag op kantoor.', 'Vestigingsmanager')).toBe(true);
  });
});
