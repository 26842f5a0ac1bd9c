import { describe, expect, it } from 'vitest';
import { ledBySomeoneElse } from './leading';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: who is the subject of the verb of leading', () => {
  it('does not read a team that someone else leads, in five languages', () => {
    expect(is('Backend Engineer', 'Our CTO leads a team of 8 engineers, which you will join.')).toBe(false);
    expect(is('Data Analyst', 'Maria, our Head of Data, manages a team of six analysts; you will be one of them.')).toBe(false);
    expect(is('Software Engineer', 'She leads a team of 5 engineers and you will report to her.')).toBe(false);
    expect(is('Softwareentwickler', 'Unsere Teamleiterin führt ein Team von 8 Entwicklern, das du verstärkst.')).toBe(false);
    expect(is('Buchhalter (m/w/d)', 'Frau Meier leitet ein Team von 5 Mitarbeitenden, in das Sie sich einbringen.')).toBe(false);
    expect(is('Pflegefachkraft', 'Sie führt ein Team von 12 Pflegekräften, zu dem Sie gehören.')).toBe(false);
    expect(is('Desarrollador backend', 'Nuestra CTO dirige un equipo de 8 personas al que te incorporarás.')).toBe(false);
    expect(is('Contable', 'Ana, nuestra responsable financiera, lidera un equipo de 5 personas.')).toBe(false);
    expect(is('Developer', 'Onze CTO leidt een team van 8 developers waar jij bij komt.')).toBe(false);
    expect(is('Medewerker administratie', 'Onze teamleider stuurt een team van 6 medewerkers aan, waar jij deel van uitmaakt.')).toBe(false);
    expect(is('Développeur', 'Notre CTO encadre une équipe de 8 développeurs que vous rejoindrez.')).toBe(false);
  });

  it('still reads the role as the subject, said to the reader or in the third person', () => {
    expect(is('Operations Supervisor', 'The Operations Supervisor leads a team of 12 pickers.')).toBe(true);
    expect(is('Teamkoordinator', 'Du führst ein Team von 8 Mitarbeitenden.')).toBe(true);
    expect(is('Koordinator', 'Sie führen ein Team von 8 Mitarbeitenden.')).toBe(true);
    expect(is('Koordinator', 'Die Stelleninhaberin führt ein Team von 8 Mitarbeitenden.')).toBe(true);
    expect(is('Coordinador', 'La persona seleccionada dirige un equipo de 8 personas.')).toBe(true);
    expect(is('Coördinator', 'Onze nieuwe collega leidt een team van 8 medewerkers.')).toBe(true);
    expect(is('Coördinator', 'Je leidt een team van 8 medewerkers.')).toBe(true);
    expect(is('Coordinator', 'In this role you lead a team of 8 people.')).toBe(true);
    expect(is('Senior Groundsman', 'Two assistant groundsmen and our seasonal staff will report to you.')).toBe(true);
  });

  it('reads the employer\'s leadership the role serves as no charge of its own, in four languages', () => {
    expect(is('Sachbearbeiter (m/w/d)', 'Sie unterstützen die Leitung des Teams bei der Planung.')).toBe(false);
    expect(is('Sachbearbeiterin', 'Sie arbeiten eng mit der Leitung des Teams zusammen.')).toBe(false);
    expect(is('Asistente', 'Darás soporte a la dirección del equipo de 10 personas.')).toBe(false);
    expect(is('Assistent', 'Je ondersteunt de leiding van het team van 10 medewerkers.')).toBe(false);
    expect(is('Assistant', "Vous assistez la direction de l'équipe de 10 personnes.")).toBe(false);
    expect(is('Koordinator', 'Sie übernehmen die Leitung des Teams und seiner 6 Beschäftigten.')).toBe(true);
  });

  it('tells the cases apart by the clause before the phrase', () => {
    expect(ledBySomeoneElse('Our CTO ', 'leads a team of 8 engineers')).toBe(true);
    expect(ledBySomeoneElse('In this role you ', 'lead a team of 8 engineers')).toBe(false);
    expect(ledBySomeoneElse('Your tasks include ', 'managing a team of 8')).toBe(false);
    expect(ledBySomeoneElse('Unser Filialteam ', 'führst du mit Herz')).toBe(false);
    expect(ledBySomeoneElse('Sie unterstützen die ', 'Leitung des Teams')).toBe(true);
    expect(ledBySomeoneElse('Sie übernehmen die ', 'Leitung des Teams')).toBe(false);
  });
});

describe('callManagerRole: leading held by someone else', () => {
  it('does not read line management that sits with another person as the role', () => {
    expect(is('Senior Ecologist', 'You will mentor two graduate ecologists on site, though line management sits with our Principal Ecologist.')).toBe(false);
    expect(is('Senior Entwickler', 'Die disziplinarische Führung liegt bei der Bereichsleitung.')).toBe(false);
    expect(is('Team Leader', 'Line management of the four advisers is part of the job.')).toBe(true);
  });
});
