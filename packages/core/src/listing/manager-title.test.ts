import { describe, expect, it } from 'vitest';
import { callManagerRole } from './manager';

const is = (title: string, body: string): boolean => callManagerRole(title, body).isManagerRole;

describe('callManagerRole: role nouns that name the supervisor of a crew, a shift or a shop', () => {
  it('reads the supervising noun of the title in five languages, with a quiet body', () => {
    expect(is('Encargada de sala', 'Restaurante de cocina vasca en el casco viejo.')).toBe(true);
    expect(is('Gobernanta', 'Hotel de playa con 200 habitaciones.')).toBe(true);
    expect(is('Ploegleider productie', 'Wij maken verpakkingen voor de voedingsindustrie.')).toBe(true);
    expect(is('Vorarbeiter Tiefbau', 'Wir bauen Kanäle und Straßen in der Region.')).toBe(true);
    expect(is('Chef de quai', 'Plateforme logistique frigorifique ouverte 6 jours sur 7.')).toBe(true);
    expect(is('Gouvernante générale', 'Résidence hôtelière de 90 chambres.')).toBe(true);
    expect(is('Head Housekeeper', 'A 60-room country house hotel.')).toBe(true);
  });
  it('needs the unit where the bare noun is also a hands-on title', () => {
    expect(is('Encargado de mantenimiento', 'Reparas calderas y bombas del edificio.')).toBe(false);
    expect(is('Chef de projet digital', 'Vous pilotez les refontes de sites.')).toBe(false);
  });
  it('does not read a contracted denial as people reporting to the role', () => {
    expect(is('Account Manager', "You won't have anyone reporting to you; you report to the Head of Sales.")).toBe(false);
    expect(is('Office Coordinator', "Nobody's line is yours, and you don't have anyone reporting to you.")).toBe(false);
    expect(is('Analyst', 'Four engineers report to you from day one.')).toBe(true);
  });
});

describe('callManagerRole: a support or care role named like a leader', () => {
  it('reads the noun a German compound ends in, not the letters "leiter" inside it', () => {
    expect(is('Schulbegleiter/in (Integrationshelfer/in)', 'Du begleitest ein Kind im Unterricht und in den Pausen.')).toBe(false);
    expect(is('Schulbegleitung (m/w/d)', 'Du begleitest ein Kind im Unterricht.')).toBe(false);
    expect(is('Praxisanleiter (m/w/d) Pflege', 'Du leitest unsere Auszubildenden auf der Station praktisch an.')).toBe(false);
    expect(is('Prozessingenieur Halbleiter', 'Sie optimieren die Prozesse der Fertigung.')).toBe(false);
    expect(is('Werkstattleiter/in', 'Sie führen die Werkstatt.')).toBe(true);
    expect(is('Marketingleiter', 'Sie verantworten das Marketing.')).toBe(true);
  });
  it('does not read accompanying a group as leading it, in any language', () => {
    expect(is('Woonbegeleider', 'Je begeleidt een groep van 8 jongeren in hun dagelijks leven.')).toBe(false);
    expect(is('Accompagnant éducatif et social', 'Vous accompagnez un groupe de 6 résidents au quotidien.')).toBe(false);
    expect(is('Acompañante de transporte escolar', 'Acompañas a un grupo de 20 niños en la ruta.')).toBe(false);
    expect(is('Support Worker', 'You support a group of 5 residents in their daily lives.')).toBe(false);
  });
  it('reads a coordinator of a place and a gender slash form as the title of a leader', () => {
    expect(is('Coordinador/a de Escuela Infantil', 'Escuela de 7 aulas en Palma.')).toBe(true);
    expect(is('Encargado/a de tienda', 'Tienda de deportes en Jaén.')).toBe(true);
  });
});

describe('callManagerRole: the noun a title is headed by', () => {
  it('does not read a leader the title\'s head noun serves', () => {
    expect(is('Assistenz der Geschäftsleitung', 'Sie unterstützen die Geschäftsleitung.')).toBe(false);
    expect(is('Executive Assistant to the CEO', 'You keep the diary and prepare board papers.')).toBe(false);
    expect(is('Secretaresse van de directeur', 'Je beheert de agenda.')).toBe(false);
    expect(is('Asistente de la gerente (m/f)', 'Gestionarás la agenda.')).toBe(false);
  });

  it('reads a deputy and a leader that heads the title', () => {
    expect(is('Stellvertretung der Filialleitung', 'Du vertrittst die Filialleitung.')).toBe(true);
    expect(is('Leiter der Abteilung Finanzen', 'Sie verantworten den Abschluss.')).toBe(true);
    expect(is('Director of Engineering', 'You own the roadmap.')).toBe(true);
  });

  it('reads a German "-leitung" that is a line or a pipe, or another verb\'s noun, as no leader', () => {
    expect(is('Fachkraft Rohrleitung (m/w/d)', 'Sie montieren Rohrleitungen in Industrieanlagen.')).toBe(false);
    expect(is('Elektroniker Freileitung', 'Sie bauen Freileitungen und Hochspannungsleitungen.')).toBe(false);
    expect(is('Mitarbeiter Umleitung und Weiterleitung Post', 'Sie sortieren Post.')).toBe(false);
    expect(is('Filialleiterin', 'Du verantwortest den Umsatz.')).toBe(true);
    expect(is('Kaufhausleiter (m/w/d)', 'Sie verantworten den Betrieb.')).toBe(true);
  });
});
