// Sentences written for these tests, in the five languages: rejections said in ways no labelled set
// has (in the passive, the decision in a subordinate clause, the post going to someone whose profile
// fits better) and closed positions said by the post no longer open or the employer's needs changed.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll } = kindsCase({ name: 'Hofstede Werkplaats', address: 'hr@hofstede.example' });

describe('rejections said in ways no set has', () => {
  it('reads the decision in the passive or in a subordinate clause as a rejection', () => {
    expectAll([
      'Hola Jo, su candidatura no será tenida en cuenta en esta ocasión.',
      'Hola Jo, lamentablemente no podremos tenerte en cuenta para el puesto de almacén.',
      'Sehr geehrte Jo, wir möchten Ihnen mitteilen, dass wir uns nach reiflicher Überlegung entschlossen haben, Ihre Bewerbung nicht weiter zu verfolgen.',
    ], 'rejection');
  });
  it('reads the post going to someone whose profile fits better as a rejection', () => {
    expectAll([
      'Hallo Jo, die Stelle geht an eine Bewerberin, deren Profil besser zu unseren Anforderungen passt.',
      'Bonjour Jo, le poste revient à une candidate dont le profil correspond mieux à nos besoins.',
      'Hola Jo, el puesto se lo llevará una persona cuyo perfil encaja mejor con lo que buscamos.',
      'Beste Jo, de functie gaat naar een kandidaat wiens profiel beter aansluit bij wat we zoeken.',
      'Hi Jo, the role is going to a candidate whose profile fits the brief more closely.',
    ], 'rejection');
  });
});

describe('closed positions said by the post no longer open or needs changed', () => {
  it('reads the post no longer open, or the employer\'s needs changed, as closed', () => {
    expectAll([
      'Bonjour Jo, notre besoin a évolué et le poste de chef d\'équipe n\'est plus ouvert.',
      'Bonjour Jo, nos besoins ont évolué depuis l\'été ; nous vous remercions de votre patience.',
      'Hola Jo, nuestras necesidades han cambiado y el puesto ya no está abierto.',
      'Beste Jo, onze behoefte is veranderd, waardoor de functie niet meer openstaat.',
      'Hallo Jo, unser Bedarf hat sich geändert, die Stelle ist nicht mehr offen.',
    ], 'position_closed');
  });
});
