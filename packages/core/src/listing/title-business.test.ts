import { describe, expect, it } from 'vitest';
import { dropEmployerBusiness } from './title-business';

describe("the employer's kind of business after a title's dash", () => {
  it("drops one word that shares a long stem with a word of the employer's name", () => {
    expect(dropEmployerBusiness('Verkäufer – Fleischerei', 'Fleischermeister Hauke Brandt', '')).toBe('Verkäufer');
    expect(dropEmployerBusiness('Responsable qualité – Fromagerie', 'Fromages des Causses SAS', '')).toBe('Responsable qualité');
    expect(dropEmployerBusiness('Operario/a – Conservera', 'Conservas del Cantábrico S.L.', '')).toBe('Operario/a');
  });
  it('keeps a short shared start and a word that only looks alike', () => {
    expect(dropEmployerBusiness('Planner – Parts', 'Partners in Freight Ltd', '')).toBe('Planner – Parts');
    expect(dropEmployerBusiness('Analyst – Pricing', 'Priory Foods Ltd', '')).toBe('Analyst – Pricing');
  });
  it("keeps the team's part of the trade after a team or shift lead's title", () => {
    expect(dropEmployerBusiness("Chef d'équipe – Fromagerie", 'Fromages des Causses SAS', '')).toBe("Chef d'équipe – Fromagerie");
    expect(dropEmployerBusiness('Ploegleider – Brouwerij', 'De Zwaan Bieren', 'Je werkt in onze brouwerij in Gent.')).toBe('Ploegleider – Brouwerij');
  });
  it('drops a noun with its adjective after it when the listing says the employer is that noun', () => {
    expect(dropEmployerBusiness('Ayudante – Carpintería familiar', 'Hermanos Solana', 'Hermanos Solana es una carpintería de Teruel.')).toBe('Ayudante');
    expect(dropEmployerBusiness('Vendeur – Librairie indépendante', 'Le Bel Aujourd’hui', 'Le Bel Aujourd’hui est une librairie du centre-ville.')).toBe('Vendeur');
  });
  it('keeps such a pair when the listing says nothing of the kind', () => {
    expect(dropEmployerBusiness('Técnico/a – Climatización industrial', 'Frío Norte S.L.', 'Instalamos equipos en naves.')).toBe('Técnico/a – Climatización industrial');
  });
});
