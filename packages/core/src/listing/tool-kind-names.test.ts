import { describe, expect, it } from 'vitest';
import { toolsFromContext } from './tool-context';

const ctx = (language: string) => ({ language, notTools: [] as string[] });

describe('a product named with the kind of product it is', () => {
  it('reads a name before the kind, after a determiner or joined by a hyphen', () => {
    expect(toolsFromContext('- Record every inspection in the Vantrix system', [], ctx('en'))).toEqual(['Vantrix']);
    expect(toolsFromContext('- Bookings come through the Quellio app on your phone', [], ctx('en'))).toEqual(['Quellio']);
    expect(toolsFromContext('- Check the readings on our Maravel 3 platform each morning', [], ctx('en'))).toEqual(['Maravel 3']);
    expect(toolsFromContext('- Je registreert elke wasbeurt in de Borvo-app', [], ctx('nl'))).toEqual(['Borvo']);
    expect(toolsFromContext('- Beregening sturen via het Klavix-systeem', [], ctx('nl'))).toEqual(['Klavix']);
    expect(toolsFromContext('- Deine Schichten planst du in der Dienstrix-App', [], ctx('de'))).toEqual(['Dienstrix']);
  });
  it('reads a name after an app, a program or a system, in French, Spanish and Dutch', () => {
    expect(toolsFromContext("- Les comptes rendus se font sur l'appli Relevio.", [], ctx('fr'))).toEqual(['Relevio']);
    expect(toolsFromContext('- Registro de cada visita en la app Plagix', [], ctx('es'))).toEqual(['Plagix']);
    expect(toolsFromContext('- Controlar el stock en el sistema Gestrix', [], ctx('es'))).toEqual(['Gestrix']);
    expect(toolsFromContext('- Je voert de dossiers in ons programma Dossio in.', [], ctx('nl'))).toEqual(['Dossio']);
  });
  it('leaves a kind of system, a body and ordinary words alone', () => {
    expect(toolsFromContext('You will learn the booking system quickly.', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Register patients with the NHS app', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Je werkt dagelijks met het ERP-systeem', [], ctx('nl'))).toEqual([]);
    expect(toolsFromContext('- Pflege der Daten im Kassen-System', [], ctx('de'))).toEqual([]);
    expect(toolsFromContext("- Télécharger l'appli de la station", [], ctx('fr'))).toEqual([]);
    expect(toolsFromContext('- Descargar la app de la empresa', [], ctx('es'))).toEqual([]);
    expect(toolsFromContext('- Our Android app and the Web app share one backend', [], ctx('en'))).toEqual([]);
    expect(toolsFromContext('- Rückverfolgung in unserer Bäckerei-Software', [], ctx('de'))).toEqual([]);
    expect(toolsFromContext('Beschikbaar in de App Store en Google Play', [], ctx('nl'))).toEqual([]);
  });
});
